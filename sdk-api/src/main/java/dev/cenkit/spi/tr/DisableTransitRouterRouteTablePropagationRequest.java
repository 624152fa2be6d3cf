package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DisableTransitRouterRouteTablePropagation}: the table stops learning the connection's routes (E9).
 */
@Value.Immutable
@CenkitStyle
public interface DisableTransitRouterRouteTablePropagationRequest extends Operation<TransitRouterRouteTablePropagation> {
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
    return "DisableTransitRouterRouteTablePropagation";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + ", " + transitRouterRouteTableId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DisableTransitRouterRouteTablePropagationRequest}. */
  class Builder extends ImmutableDisableTransitRouterRouteTablePropagationRequest.Builder {}
}
