/**
 * Internal access to the in-memory cloud's state for cenkit's own testkit, benchmarks and tools; not API.
 */
@NullMarked
package dev.cenkit.inmemory.internal;

import org.jspecify.annotations.NullMarked;
