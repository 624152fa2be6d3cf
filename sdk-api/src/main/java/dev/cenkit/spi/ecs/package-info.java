/** Requests of the ECS actions ({@code Ecs} 2014-05-26) cenkit models: security groups and instances. */
@NullMarked
package dev.cenkit.spi.ecs;

import org.jspecify.annotations.NullMarked;
