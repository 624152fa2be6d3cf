package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteTransitRouterRouteEntry}: removes a static or blackhole entry.
 */
@Value.Immutable
@CenkitStyle
public interface DeleteTransitRouterRouteEntryRequest extends Operation<TransitRouterRouteEntry> {
  /** {@code TransitRouterRouteEntryId}. */
  TransitRouterRouteEntryId transitRouterRouteEntryId();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "DeleteTransitRouterRouteEntry";
  }

  @Override
  default String summary() {
    return transitRouterRouteEntryId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteTransitRouterRouteEntryRequest}. */
  class Builder extends ImmutableDeleteTransitRouterRouteEntryRequest.Builder {}
}
