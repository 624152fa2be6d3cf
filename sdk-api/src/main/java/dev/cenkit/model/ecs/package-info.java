/**
 * ECS instances and security groups (Ecs 2014-05-26), reduced to what networking needs: instances with a
 * primary private IP in a vSwitch, and the stateful security groups that filter their traffic.
 */
@NullMarked
package dev.cenkit.model.ecs;

import org.jspecify.annotations.NullMarked;
