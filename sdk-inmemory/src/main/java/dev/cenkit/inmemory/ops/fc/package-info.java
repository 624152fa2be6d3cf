/** Internal: the handlers of the Function Compute actions. */
@NullMarked
package dev.cenkit.inmemory.ops.fc;

import org.jspecify.annotations.NullMarked;
