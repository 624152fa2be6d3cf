/** Internal: the dispatch of operations to one handler per action, and the transaction a handler runs in. */
@NullMarked
package dev.cenkit.inmemory.ops;

import org.jspecify.annotations.NullMarked;
