package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteTransitRouter}: only without connections and custom tables (E21).
 */
@Value.Immutable
@CenkitStyle
public interface DeleteTransitRouterRequest extends Operation<TransitRouter> {
  /** {@code TransitRouterId}. */
  TransitRouterId transitRouterId();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "DeleteTransitRouter";
  }

  @Override
  default String summary() {
    return transitRouterId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteTransitRouterRequest}. */
  class Builder extends ImmutableDeleteTransitRouterRequest.Builder {}
}
