/** Requests of the Function Compute actions ({@code FC} 2023-03-30). */
@NullMarked
package dev.cenkit.spi.fc;

import org.jspecify.annotations.NullMarked;
