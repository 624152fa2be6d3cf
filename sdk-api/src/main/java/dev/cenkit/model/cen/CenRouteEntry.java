package dev.cenkit.model.cen;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route in a CEN's route table (Basic Edition, D1): a destination advertised by an attached network instance
 * (R25), derived from the snapshot rather than stored. Of several sources of an identical destination only one
 * is {@link CenRouteStatus#ACTIVE}; the others are {@link CenRouteStatus#CANDIDATE} and name the winner (R28, D4).
 */
@Value.Immutable
@CenkitStyle
public interface CenRouteEntry {
  /** The CEN. */
  CenId cenId();

  /** {@code DestinationCidrBlock}. */
  Cidr destinationCidrBlock();

  /** The network instance that advertises the route: the next hop. */
  NetworkInstanceId nextHopInstanceId();

  /** The region of the advertising instance. */
  RegionId nextHopRegion();

  /** The order in which the advertising instance was attached (D4: earlier wins). */
  long attachOrder();

  /** Whether the route is in effect. */
  CenRouteStatus status();

  /** For a candidate: the source whose identical route is in effect instead (R28). */
  Optional<NetworkInstanceId> conflictsWith();

  /** Whether the route lost an identical-destination conflict (R28). */
  @Value.Derived
  @Value.Auxiliary
  default boolean inConflict() {
    return status() == CenRouteStatus.CANDIDATE;
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link CenRouteEntry}. */
  class Builder extends ImmutableCenRouteEntry.Builder {}
}
