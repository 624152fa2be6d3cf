/**
 * Route tables derived from a snapshot: pure functions of the state, recomputed per snapshot and shared by the
 * describe calls and the reachability engine.
 */
@NullMarked
package dev.cenkit.inmemory.routing;

import org.jspecify.annotations.NullMarked;
