/** Internal: the handlers of the VPC actions (VPCs, vSwitches, route entries). */
@NullMarked
package dev.cenkit.inmemory.ops.vpc;

import org.jspecify.annotations.NullMarked;
