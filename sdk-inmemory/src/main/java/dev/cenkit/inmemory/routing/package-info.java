/**
 * Route tables derived from a snapshot: pure functions of the state on prefix tries ({@link
 * dev.cenkit.inmemory.routing.PrefixTable}), derived per route domain on first use and reused by the next
 * snapshot's engine for every domain a change did not touch.
 */
@NullMarked
package dev.cenkit.inmemory.routing;

import org.jspecify.annotations.NullMarked;
