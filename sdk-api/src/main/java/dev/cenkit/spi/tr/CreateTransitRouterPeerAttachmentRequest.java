package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateTransitRouterPeerAttachment}: an inter-region connection from a router to the router of another
 * region of the same CEN (E13), with bandwidth from a plan, pay-by-data-transfer, or none (test only, E14, E27).
 */
@Value.Immutable
@CenkitStyle
public interface CreateTransitRouterPeerAttachmentRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterId}; or give {@code CenId} and {@code RegionId} to use (or create) the CEN's router there (E5). */
  Optional<TransitRouterId> transitRouterId();

  /** {@code CenId}. */
  Optional<CenId> cenId();

  /** {@code RegionId}. */
  Optional<RegionId> regionId();

  /** {@code PeerTransitRouterId}. */
  TransitRouterId peerTransitRouterId();

  /** {@code PeerTransitRouterRegionId}. */
  Optional<RegionId> peerTransitRouterRegionId();

  /** {@code BandwidthType}. */
  Optional<PeerBandwidthType> bandwidthType();

  /** {@code Bandwidth} in Mbit/s. */
  Optional<Long> bandwidth();

  /** {@code CenBandwidthPackageId}. */
  Optional<BandwidthPackageId> cenBandwidthPackageId();

  /** {@code AutoPublishRouteEnabled}; false by default (E7). */
  @Value.Default
  default boolean autoPublishRouteEnabled() {
    return false;
  }

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> transitRouterAttachmentName();

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Value.Check
  default void check() {
    transitRouterAttachmentName().ifPresent(n -> Checks.name(n, "transit router connection"));
  }

  @Override
  default String action() {
    return "CreateTransitRouterPeerAttachment";
  }

  @Override
  default String summary() {
    return transitRouterId().map(Object::toString).orElse(cenId().map(Object::toString).orElse("?") + " in " + regionId().map(Object::toString).orElse("?")) + " <-> " + peerTransitRouterId() + bandwidth().map(b -> ", " + b + " Mbit/s").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateTransitRouterPeerAttachmentRequest}. */
  class Builder extends ImmutableCreateTransitRouterPeerAttachmentRequest.Builder {}
}
