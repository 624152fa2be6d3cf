/** The requests of the Enterprise Edition transit-router actions ({@code Cbn} 2017-09-12). */
@NullMarked
package dev.cenkit.spi.tr;

import org.jspecify.annotations.NullMarked;
