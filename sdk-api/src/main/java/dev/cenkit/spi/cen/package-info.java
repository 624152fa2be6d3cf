/** Requests of the CEN actions. */
@NullMarked
package dev.cenkit.spi.cen;

import org.jspecify.annotations.NullMarked;
