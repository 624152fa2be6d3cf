/** Requests of the VPC actions. */
@NullMarked
package dev.cenkit.spi.vpc;

import org.jspecify.annotations.NullMarked;
