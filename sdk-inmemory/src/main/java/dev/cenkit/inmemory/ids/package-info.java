/** Internal: how the in-memory cloud draws resource ids that look like the real cloud's, deterministically from a seed. */
@NullMarked
package dev.cenkit.inmemory.ids;

import org.jspecify.annotations.NullMarked;
