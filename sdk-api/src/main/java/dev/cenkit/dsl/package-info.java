/** Fluent builders that produce specs: ordered lists of operations a provider applies all or nothing. */
@NullMarked
package dev.cenkit.dsl;

import org.jspecify.annotations.NullMarked;
