package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateTransitRouterRouteEntry}: a static entry to a connection of the table's router, or a blackhole
 * entry (E11).
 */
@Value.Immutable
@CenkitStyle
public interface CreateTransitRouterRouteEntryRequest extends Operation<TransitRouterRouteEntry> {
  /** {@code TransitRouterRouteTableId}. */
  TransitRouterRouteTableId transitRouterRouteTableId();

  /** {@code TransitRouterRouteEntryDestinationCidrBlock}. */
  String transitRouterRouteEntryDestinationCidrBlock();

  /** {@code TransitRouterRouteEntryNextHopType}. */
  TransitRouterNextHopType transitRouterRouteEntryNextHopType();

  /** {@code TransitRouterRouteEntryNextHopId}. */
  Optional<TransitRouterAttachmentId> transitRouterRouteEntryNextHopId();

  /** {@code TransitRouterRouteEntryName}. */
  Optional<String> transitRouterRouteEntryName();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Value.Check
  default void check() {
    transitRouterRouteEntryName().ifPresent(n -> Checks.name(n, "transit router route entry"));
  }

  @Override
  default String action() {
    return "CreateTransitRouterRouteEntry";
  }

  @Override
  default String summary() {
    return transitRouterRouteTableId() + ", " + transitRouterRouteEntryDestinationCidrBlock() + " -> " + transitRouterRouteEntryNextHopId().map(Object::toString).orElse(transitRouterRouteEntryNextHopType().toString());
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateTransitRouterRouteEntryRequest}. */
  class Builder extends ImmutableCreateTransitRouterRouteEntryRequest.Builder {}
}
