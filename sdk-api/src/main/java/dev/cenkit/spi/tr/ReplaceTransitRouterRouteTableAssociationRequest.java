package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code ReplaceTransitRouterRouteTableAssociation}: moves the connection's association to another table (E8).
 */
@Value.Immutable
@CenkitStyle
public interface ReplaceTransitRouterRouteTableAssociationRequest extends Operation<TransitRouterRouteTableAssociation> {
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
    return "ReplaceTransitRouterRouteTableAssociation";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + ", " + transitRouterRouteTableId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ReplaceTransitRouterRouteTableAssociationRequest}. */
  class Builder extends ImmutableReplaceTransitRouterRouteTableAssociationRequest.Builder {}
}
