package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** A static route in a VBR's route table: towards the data center (next hop: the VBR's physical connection, destination inside the data center's prefixes, D10) or towards a VPC (next hop: a router interface of the VBR). The real action is {@code CreateRouteEntry} with the VBR's route table id; cenkit names it {@code cenkit:CreateVbrRouteEntry} so that the VPC's {@code CreateRouteEntry} handler keeps the real name, and a real provider maps it back. */
@Value.Immutable
@CenkitStyle
public interface CreateVbrRouteEntryRequest extends Operation<Vbr> {
  /** The VBR. */
  VbrId vbrId();

  /** {@code DestinationCidrBlock}. */
  Cidr destination();

  /** {@code NextHopType}. */
  VbrNextHopType nextHopType();

  /** {@code NextHopId}: a {@code pc-} or {@code ri-} id. */
  String nextHopId();

  @Value.Check
  default void check() {
    Checks.required(nextHopId(), "next hop id");
  }

  @Override
  default String action() {
    return "cenkit:CreateVbrRouteEntry";
  }

  @Override
  default String summary() {
    return vbrId() + ", " + destination() + " -> " + nextHopId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateVbrRouteEntryRequest}. */
  class Builder extends ImmutableCreateVbrRouteEntryRequest.Builder {}
}
