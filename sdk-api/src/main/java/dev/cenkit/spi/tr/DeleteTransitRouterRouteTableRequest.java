package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteTransitRouterRouteTable}: a custom table without associations, propagations and entries (E20).
 */
@Value.Immutable
@CenkitStyle
public interface DeleteTransitRouterRouteTableRequest extends Operation<TransitRouterRouteTable> {
  /** {@code TransitRouterRouteTableId}. */
  TransitRouterRouteTableId transitRouterRouteTableId();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "DeleteTransitRouterRouteTable";
  }

  @Override
  default String summary() {
    return transitRouterRouteTableId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteTransitRouterRouteTableRequest}. */
  class Builder extends ImmutableDeleteTransitRouterRouteTableRequest.Builder {}
}
