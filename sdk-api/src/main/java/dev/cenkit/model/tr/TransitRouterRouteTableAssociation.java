package dev.cenkit.model.tr;

import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * An association ("associated forwarding", {@code AssociateTransitRouterAttachmentWithRouteTable}): traffic
 * arriving on the connection is looked up in this table only; at most one per connection and router (E8).
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouterRouteTableAssociation {
  /** The router of the table (for an inter-region connection, the end this association is on). */
  @Value.Parameter
  TransitRouterId transitRouterId();

  /** {@code TransitRouterRouteTableId}. */
  @Value.Parameter
  TransitRouterRouteTableId routeTableId();

  /** {@code TransitRouterAttachmentId}. */
  @Value.Parameter
  TransitRouterAttachmentId attachmentId();

  /** The value. */
  static TransitRouterRouteTableAssociation of(
      TransitRouterId router, TransitRouterRouteTableId table, TransitRouterAttachmentId attachment) {
    return ImmutableTransitRouterRouteTableAssociation.of(router, table, attachment);
  }
}
