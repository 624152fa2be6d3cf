package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code EnableTransitRouterRouteTablePropagation}: the connection's routes are learned by the table (E9, E26).
 */
@Value.Immutable
@CenkitStyle
public interface EnableTransitRouterRouteTablePropagationRequest extends Operation<TransitRouterRouteTablePropagation> {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code TransitRouterRouteTableId}. */
  TransitRouterRouteTableId transitRouterRouteTableId();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "EnableTransitRouterRouteTablePropagation";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + ", " + transitRouterRouteTableId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link EnableTransitRouterRouteTablePropagationRequest}. */
  class Builder extends ImmutableEnableTransitRouterRouteTablePropagationRequest.Builder {}
}
