package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateTransitRouter}: the Enterprise router of a CEN in a region (E1), with its system route table.
 */
@Value.Immutable
@CenkitStyle
public interface CreateTransitRouterRequest extends Operation<TransitRouter> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code RegionId}. */
  RegionId regionId();

  /** {@code TransitRouterName}. */
  Optional<String> transitRouterName();

  /** {@code TransitRouterDescription}. */
  Optional<String> transitRouterDescription();

  /** {@code SupportMulticast} (recorded only). */
  @Value.Default
  default boolean supportMulticast() {
    return false;
  }

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Value.Check
  default void check() {
    transitRouterName().ifPresent(n -> Checks.name(n, "transit router"));
    transitRouterDescription().ifPresent(d -> Checks.description(d, "transit router"));
  }

  @Override
  default String action() {
    return "CreateTransitRouter";
  }

  @Override
  default String summary() {
    return cenId() + ", " + regionId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateTransitRouterRequest}. */
  class Builder extends ImmutableCreateTransitRouterRequest.Builder {}
}
