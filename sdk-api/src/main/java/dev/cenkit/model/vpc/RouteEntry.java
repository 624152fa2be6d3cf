package dev.cenkit.model.vpc;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A custom route entry of a VPC's route table ({@code CreateRouteEntry}): a destination block and a next hop
 * in the same VPC (R38). The next hop is kept as data: an ECS instance id is not checked against an ECS model,
 * because cenkit does not model ECS.
 */
@Value.Immutable
@CenkitStyle
public interface RouteEntry {
  /** The route entry id ({@code rte-…}). */
  RouteEntryId id();

  /** The route table it belongs to. */
  RouteTableId routeTableId();

  /** The VPC of the route table. */
  VpcId vpcId();

  /** {@code DestinationCidrBlock}. */
  Cidr destinationCidrBlock();

  /** {@code NextHopType}. */
  NextHopType nextHopType();

  /** {@code NextHopId}, e.g. {@code i-…} or {@code ri-…}. */
  String nextHopId();

  /** {@code RouteEntryName}, if one was given. */
  Optional<String> name();

  /** The description ({@code Description}), if one was given (R4). */
  Optional<String> description();

  /** The status; cenkit completes transitions at once. */
  @Value.Default
  default RouteEntryStatus status() {
    return RouteEntryStatus.AVAILABLE;
  }

  @Value.Check
  default void check() {
    Checks.required(nextHopId(), "next hop id");
    name().ifPresent(n -> Checks.name(n, "route entry"));
    description().ifPresent(d -> Checks.description(d, "route entry"));
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link RouteEntry}. */
  class Builder extends ImmutableRouteEntry.Builder {}
}
