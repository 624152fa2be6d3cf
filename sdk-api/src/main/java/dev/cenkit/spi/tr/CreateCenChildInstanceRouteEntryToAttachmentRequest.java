package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code CreateCenChildInstanceRouteEntryToAttachment}: writes a route into the connected VPC whose next hop is
 * the connection (E16, E30).
 */
@Value.Immutable
@CenkitStyle
public interface CreateCenChildInstanceRouteEntryToAttachmentRequest extends Operation<RouteEntry> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code RouteTableId} of the VPC. */
  RouteTableId routeTableId();

  /** {@code DestinationCidrBlock}. */
  Cidr destinationCidrBlock();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "CreateCenChildInstanceRouteEntryToAttachment";
  }

  @Override
  default String summary() {
    return routeTableId() + ", " + destinationCidrBlock() + " -> " + transitRouterAttachmentId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateCenChildInstanceRouteEntryToAttachmentRequest}. */
  class Builder extends ImmutableCreateCenChildInstanceRouteEntryToAttachmentRequest.Builder {}
}
