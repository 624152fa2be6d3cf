package dev.cenkit.model.tr;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of a transit router route table: a static or blackhole entry the user wrote
 * ({@code CreateTransitRouterRouteEntry}, E11) or a route learned from a propagating connection (E9). A
 * blackhole entry drops what it matches; of equal destinations one is active and the others stand by (E12, DE6).
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouterRouteEntry {
  /** {@code TransitRouterRouteEntryId}; only static and blackhole entries have one. */
  Optional<TransitRouterRouteEntryId> id();

  /** {@code TransitRouterRouteTableId}. */
  TransitRouterRouteTableId routeTableId();

  /** {@code TransitRouterRouteEntryDestinationCidrBlock}. */
  Cidr destinationCidrBlock();

  /** {@code TransitRouterRouteEntryNextHopType}. */
  TransitRouterNextHopType nextHopType();

  /** {@code TransitRouterRouteEntryNextHopId}: the connection, absent for a blackhole. */
  Optional<TransitRouterAttachmentId> nextHopId();

  /** {@code TransitRouterRouteEntryType}. */
  @Value.Default
  default TransitRouterRouteEntryType type() {
    return TransitRouterRouteEntryType.STATIC;
  }

  /** The resource a propagated route was learned from ({@code OriginResourceId}): a VPC, VBR or router id. */
  Optional<String> originResourceId();

  /** {@code TransitRouterRouteEntryStatus}. */
  @Value.Default
  default TransitRouterRouteEntryStatus status() {
    return TransitRouterRouteEntryStatus.ACTIVE;
  }

  /** {@code TransitRouterRouteEntryName}. */
  Optional<String> name();

  /** The order the entry was installed in (the first installed wins ties, DE6). */
  long order();

  /** Whether the entry drops what it matches. */
  default boolean isBlackhole() {
    return nextHopType() == TransitRouterNextHopType.BLACK_HOLE;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "transit router route entry"));
    if (isBlackhole() && nextHopId().isPresent()) {
      throw ErrorCode.TR_NEXT_HOP_BLACKHOLE_AND_ID.exception(
          RuleId.E11, "a BlackHole entry takes no next hop, got " + nextHopId().get(), nextHopId().get());
    }
    if (!isBlackhole() && nextHopId().isEmpty()) {
      throw ErrorCode.TR_NEXT_HOP_ID_MISSING.exception(
          RuleId.E11, "an Attachment entry to " + destinationCidrBlock() + " needs a next hop connection",
          destinationCidrBlock());
    }
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link TransitRouterRouteEntry}. */
  class Builder extends ImmutableTransitRouterRouteEntry.Builder {}
}
