package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteRouteEntry}: removes a custom route entry. Answers the deleted resource. */
@Value.Immutable
@CenkitStyle
public interface DeleteRouteEntryRequest extends Operation<RouteEntry> {
  /** {@code RouteEntryId}. */
  RouteEntryId routeEntryId();

  @Override
  default String action() {
    return "DeleteRouteEntry";
  }

  @Override
  default String summary() {
    return routeEntryId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteRouteEntryRequest}. */
  class Builder extends ImmutableDeleteRouteEntryRequest.Builder {}
}
