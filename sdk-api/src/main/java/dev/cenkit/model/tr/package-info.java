/**
 * Enterprise Edition transit routers: routers (one per CEN and region, E1), their route tables, connections
 * (VPC, VBR and inter-region), associations, propagations and route entries (enterprise-edition.md).
 */
@NullMarked
package dev.cenkit.model.tr;

import org.jspecify.annotations.NullMarked;
