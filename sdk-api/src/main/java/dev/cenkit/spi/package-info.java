/** The provider SPI: one method per real Alibaba Cloud action, grouped by product, and read-only snapshot views. */
@NullMarked
package dev.cenkit.spi;

import org.jspecify.annotations.NullMarked;
