package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code AssociateTransitRouterAttachmentWithRouteTable}: traffic arriving on the connection is looked up in the
 * table (E8); a connection has at most one association per router (DE8).
 */
@Value.Immutable
@CenkitStyle
public interface AssociateTransitRouterAttachmentWithRouteTableRequest extends Operation<TransitRouterRouteTableAssociation> {
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
    return "AssociateTransitRouterAttachmentWithRouteTable";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + ", " + transitRouterRouteTableId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AssociateTransitRouterAttachmentWithRouteTableRequest}. */
  class Builder extends ImmutableAssociateTransitRouterAttachmentWithRouteTableRequest.Builder {}
}
