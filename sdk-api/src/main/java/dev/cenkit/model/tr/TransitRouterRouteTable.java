package dev.cenkit.model.tr;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route table of a transit router: the system table or a custom one ({@code CreateTransitRouterRouteTable}).
 * Tables are isolated from each other; a connection looks up only in the table it is associated with (E8).
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouterRouteTable {
  /** {@code TransitRouterRouteTableId}. */
  TransitRouterRouteTableId id();

  /** {@code TransitRouterId}. */
  TransitRouterId transitRouterId();

  /** {@code TransitRouterRouteTableType}. */
  TransitRouterRouteTableType type();

  /** {@code TransitRouterRouteTableName}. */
  Optional<String> name();

  /** {@code TransitRouterRouteTableDescription}. */
  Optional<String> description();

  /** {@code RouteTableOptions.MultiRegionECMP}: {@code true} for {@code enable}. */
  @Value.Default
  default boolean multiRegionEcmp() {
    return false;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "transit router route table"));
    description().ifPresent(d -> Checks.description(d, "transit router route table"));
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link TransitRouterRouteTable}. */
  class Builder extends ImmutableTransitRouterRouteTable.Builder {}
}
