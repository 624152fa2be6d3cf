/**
 * The quotas an in-memory cloud enforces. Below the operations and the cloud itself, so that both read them
 * without a package cycle.
 */
@NullMarked
package dev.cenkit.inmemory.quota;

import org.jspecify.annotations.NullMarked;
