package dev.cenkit.model.expressconnect;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * A static route in a VBR's route table: towards the data center over the physical connection (D10), or
 * towards a VPC over a router interface. Routes to the data center are advertised into the CEN the VBR is
 * attached to, always (R25, R27).
 */
@Value.Immutable
@CenkitStyle
public interface VbrRouteEntry {
  /** The destination block. */
  Cidr destination();

  /** The kind of next hop. */
  VbrNextHopType nextHopType();

  /** The next hop: a {@code pc-} or {@code ri-} id. */
  String nextHopId();

  /**
   * Whether the route qualifies for advertisement to a CEN the VBR is attached to: routes towards the data
   * center always do and cannot be withdrawn (R25, R27); routes towards a router interface never do (R26). The
   * advertisement itself (which CEN route tables learn the route, conflicts, D4) is computed by the routing
   * view from the snapshot, not stored here.
   */
  @Value.Derived
  default boolean advertisedToCen() {
    return nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION;
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VbrRouteEntry}. */
  class Builder extends ImmutableVbrRouteEntry.Builder {}
}
