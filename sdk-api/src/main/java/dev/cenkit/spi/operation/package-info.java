/**
 * The one abstraction every request type of the product packages ({@code spi.cen}, {@code spi.vpc}…) implements:
 * a single real Alibaba Cloud action with its parameters. It sits below the product packages and the spec
 * types so that neither depends on the other.
 */
@NullMarked
package dev.cenkit.spi.operation;

import org.jspecify.annotations.NullMarked;
