/** Internal: the handlers of the ECS actions (security groups, their rules, instances and memberships). */
@NullMarked
package dev.cenkit.inmemory.ops.ecs;

import org.jspecify.annotations.NullMarked;
