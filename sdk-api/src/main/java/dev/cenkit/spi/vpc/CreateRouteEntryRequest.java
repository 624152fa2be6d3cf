package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateRouteEntry}: a custom route in a VPC's route table (R38). The next hop id must have the form of
 * its type ({@code i-…} for {@code Instance}, {@code ri-…} for {@code RouterInterface}).
 */
@Value.Immutable
@CenkitStyle
public interface CreateRouteEntryRequest extends Operation<RouteEntry> {
  /** {@code RouteTableId}. */
  RouteTableId routeTableId();

  /** {@code DestinationCidrBlock}. */
  Cidr destinationCidrBlock();

  /** {@code NextHopType}; {@code Instance} by default, as in the API. */
  @Value.Default
  default NextHopType nextHopType() {
    return NextHopType.INSTANCE;
  }

  /** {@code NextHopId}. */
  String nextHopId();

  /** {@code RouteEntryName}. */
  Optional<String> routeEntryName();

  /** {@code Description} (R4). */
  Optional<String> description();

  @Value.Check
  default void check() {
    Checks.required(nextHopId(), "next hop id");
    nextHopType().idKind().ifPresent(k -> k.check(nextHopId()));
    routeEntryName().ifPresent(n -> Checks.name(n, "route entry"));
    description().ifPresent(d -> Checks.description(d, "route entry"));
  }

  @Override
  default String action() {
    return "CreateRouteEntry";
  }

  @Override
  default String summary() {
    return routeTableId() + ", " + destinationCidrBlock() + " -> " + nextHopType() + " " + nextHopId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateRouteEntryRequest}. */
  class Builder extends ImmutableCreateRouteEntryRequest.Builder {}
}
