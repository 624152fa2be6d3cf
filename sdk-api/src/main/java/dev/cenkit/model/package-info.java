/** Value types shared by every product: regions and areas, CIDR blocks, bandwidth, typed ids. */
@NullMarked
package dev.cenkit.model;

import org.jspecify.annotations.NullMarked;
