/** Runnable example programs, one per scenario of the scenario document, each also a test of what it prints. */
@NullMarked
package dev.cenkit.examples;

import org.jspecify.annotations.NullMarked;
