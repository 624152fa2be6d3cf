package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code ListTransitRouterRouteTables}: the route tables of a router, optionally only those of one
 * {@code TransitRouterRouteTableType}. A read: it changes nothing. Specs use it to find a router's system table.
 */
@Value.Immutable
@CenkitStyle
public interface ListTransitRouterRouteTablesRequest extends Operation<List<TransitRouterRouteTable>> {
  /** {@code TransitRouterId}. */
  TransitRouterId transitRouterId();

  /** {@code TransitRouterRouteTableType}. */
  Optional<TransitRouterRouteTableType> transitRouterRouteTableType();

  @Override
  default String action() {
    return "ListTransitRouterRouteTables";
  }

  @Override
  default String summary() {
    return transitRouterId() + transitRouterRouteTableType().map(t -> ", " + t).orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ListTransitRouterRouteTablesRequest}. */
  class Builder extends ImmutableListTransitRouterRouteTablesRequest.Builder {}
}
