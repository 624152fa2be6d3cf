/** The {@code cenkit} command line ({@link dev.cenkit.cli.CenkitCommand}). */
@NullMarked
package dev.cenkit.cli;

import org.jspecify.annotations.NullMarked;
