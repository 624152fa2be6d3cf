package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateTransitRouterRouteTable}: a custom route table, isolated from the others.
 */
@Value.Immutable
@CenkitStyle
public interface CreateTransitRouterRouteTableRequest extends Operation<TransitRouterRouteTable> {
  /** {@code TransitRouterId}. */
  TransitRouterId transitRouterId();

  /** {@code TransitRouterRouteTableName}. */
  Optional<String> transitRouterRouteTableName();

  /** {@code TransitRouterRouteTableDescription}. */
  Optional<String> transitRouterRouteTableDescription();

  /** {@code RouteTableOptions.MultiRegionECMP} = {@code enable}. */
  @Value.Default
  default boolean multiRegionEcmp() {
    return false;
  }

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Value.Check
  default void check() {
    transitRouterRouteTableName().ifPresent(n -> Checks.name(n, "transit router route table"));
    transitRouterRouteTableDescription().ifPresent(d -> Checks.description(d, "transit router route table"));
  }

  @Override
  default String action() {
    return "CreateTransitRouterRouteTable";
  }

  @Override
  default String summary() {
    return transitRouterId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateTransitRouterRouteTableRequest}. */
  class Builder extends ImmutableCreateTransitRouterRouteTableRequest.Builder {}
}
