/** Internal: the reachability engine, which walks a snapshot hop by hop and explains each blocker with its rule and fix. */
@NullMarked
package dev.cenkit.inmemory.reach;

import org.jspecify.annotations.NullMarked;
