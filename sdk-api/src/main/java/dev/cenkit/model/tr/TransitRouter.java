package dev.cenkit.model.tr;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A transit router ({@code CreateTransitRouter}): the router of one CEN in one region (E1), created with its
 * system route table.
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouter {
  /** {@code TransitRouterId}. */
  TransitRouterId id();

  /** {@code CenId}. */
  CenId cenId();

  /** {@code RegionId}. */
  RegionId region();

  /** {@code Type}. */
  @Value.Default
  default TransitRouterType type() {
    return TransitRouterType.ENTERPRISE;
  }

  /** The system route table, created with the router. */
  TransitRouterRouteTableId systemRouteTableId();

  /** {@code TransitRouterName}. */
  Optional<String> name();

  /** {@code TransitRouterDescription}. */
  Optional<String> description();

  /** {@code SupportMulticast} (recorded; multicast is not modelled). */
  @Value.Default
  default boolean supportMulticast() {
    return false;
  }

  /** {@code Status}. */
  @Value.Default
  default TransitRouterStatus status() {
    return TransitRouterStatus.ACTIVE;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "transit router"));
    description().ifPresent(d -> Checks.description(d, "transit router"));
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link TransitRouter}. */
  class Builder extends ImmutableTransitRouter.Builder {}
}
