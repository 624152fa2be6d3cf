/** VPC resources: VPCs, vSwitches, route tables and route entries. */
@NullMarked
package dev.cenkit.model.vpc;

import org.jspecify.annotations.NullMarked;
