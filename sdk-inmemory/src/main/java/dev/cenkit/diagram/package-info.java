/** Diagrams generated from snapshots and reachability answers (Mermaid flowchart text). */
@NullMarked
package dev.cenkit.diagram;

import org.jspecify.annotations.NullMarked;
