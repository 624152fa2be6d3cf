/**
 * The in-memory reference provider: {@link dev.cenkit.inmemory.InMemoryCloud} applies specs and operations all or
 * nothing, each accepted change swapping in a new immutable snapshot.
 */
@NullMarked
package dev.cenkit.inmemory;

import org.jspecify.annotations.NullMarked;
