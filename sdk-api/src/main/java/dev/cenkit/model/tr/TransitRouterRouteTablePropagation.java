package dev.cenkit.model.tr;

import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * A propagation ("route learning", {@code EnableTransitRouterRouteTablePropagation}): the connection's
 * routes are installed in the table (E9, E26); a connection may propagate into several tables.
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouterRouteTablePropagation {
  /** The router of the table (for an inter-region connection, the end this propagation is on). */
  @Value.Parameter
  TransitRouterId transitRouterId();

  /** {@code TransitRouterRouteTableId}. */
  @Value.Parameter
  TransitRouterRouteTableId routeTableId();

  /** {@code TransitRouterAttachmentId}. */
  @Value.Parameter
  TransitRouterAttachmentId attachmentId();

  /** The value. */
  static TransitRouterRouteTablePropagation of(
      TransitRouterId router, TransitRouterRouteTableId table, TransitRouterAttachmentId attachment) {
    return ImmutableTransitRouterRouteTablePropagation.of(router, table, attachment);
  }
}
