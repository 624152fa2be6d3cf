/** Internal: the persistent state of one snapshot, per product, with the indexes the rule checks and questions use. */
@NullMarked
package dev.cenkit.inmemory.state;

import org.jspecify.annotations.NullMarked;
