/** Internal: the handlers of the Express Connect actions (circuits, VBRs, router interfaces, cloud-service routes). */
@NullMarked
package dev.cenkit.inmemory.ops.expressconnect;

import org.jspecify.annotations.NullMarked;
