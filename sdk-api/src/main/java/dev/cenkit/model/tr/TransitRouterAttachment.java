package dev.cenkit.model.tr;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A connection of a transit router ({@code tr-attach-…}): a VPC connection
 * ({@code CreateTransitRouterVpcAttachment}), a VBR connection ({@code CreateTransitRouterVbrAttachment}) or an
 * inter-region connection to the router of another region ({@code CreateTransitRouterPeerAttachment}). A new
 * connection is neither associated nor propagating and does not auto-publish (E7, E7b, DE4).
 */
@Value.Immutable
@CenkitStyle
public interface TransitRouterAttachment {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId id();

  /** The CEN of the router. */
  CenId cenId();

  /** {@code TransitRouterId}: the router the connection was created on. */
  TransitRouterId transitRouterId();

  /** The router's region. */
  RegionId region();

  /** What the connection connects ({@code ResourceType}). */
  TransitRouterAttachmentKind kind();

  /** {@code VpcId} of a VPC connection. */
  Optional<VpcId> vpcId();

  /** {@code ZoneMappings} of a VPC connection (E4). */
  List<ZoneMapping> zoneMappings();

  /** {@code VbrId} of a VBR connection. */
  Optional<VbrId> vbrId();

  /** {@code PeerTransitRouterId} of an inter-region connection. */
  Optional<TransitRouterId> peerTransitRouterId();

  /** {@code PeerTransitRouterRegionId} of an inter-region connection. */
  Optional<RegionId> peerRegion();

  /** {@code BandwidthType} of an inter-region connection, if one was given (E14). */
  Optional<PeerBandwidthType> bandwidthType();

  /** {@code Bandwidth} in Mbit/s of an inter-region connection; 0 when none is allocated (test bandwidth, E27). */
  @Value.Default
  default long bandwidthMbps() {
    return 0;
  }

  /** {@code CenBandwidthPackageId} of an inter-region connection drawing from a plan (E14, E28). */
  Optional<BandwidthPackageId> bandwidthPackageId();

  /** {@code AutoPublishRouteEnabled}: the router writes its routes into the VPC or VBR (E16, E31, DE7). */
  @Value.Default
  default boolean autoPublishRouteEnabled() {
    return false;
  }

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> name();

  /** {@code Status}. */
  @Value.Default
  default TransitRouterAttachmentStatus status() {
    return TransitRouterAttachmentStatus.ATTACHED;
  }

  /** The order of creation within the cloud (earlier propagated routes win ties, DE6). */
  long createOrder();

  /** Whether this is an inter-region connection. */
  default boolean isPeer() {
    return kind() == TransitRouterAttachmentKind.PEER;
  }

  /** The routers this connection belongs to: its own, and for an inter-region connection the peer too. */
  default List<TransitRouterId> routers() {
    return peerTransitRouterId().map(p -> List.of(transitRouterId(), p)).orElse(List.of(transitRouterId()));
  }

  /** The region of the connection's end on {@code router}. */
  default RegionId regionOn(TransitRouterId router) {
    return router.equals(transitRouterId()) ? region() : peerRegion().orElse(region());
  }

  /** The connected instance's id string (VPC, VBR, or the peer router). */
  default String resourceId() {
    return vpcId().map(VpcId::value)
        .or(() -> vbrId().map(VbrId::value))
        .or(() -> peerTransitRouterId().map(TransitRouterId::value))
        .orElseThrow();
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "transit router connection"));
    boolean ok;
    switch (kind()) {
      case VPC:
        ok = vpcId().isPresent() && vbrId().isEmpty() && peerTransitRouterId().isEmpty();
        break;
      case VBR:
        ok = vbrId().isPresent() && vpcId().isEmpty() && peerTransitRouterId().isEmpty();
        break;
      default:
        ok = peerTransitRouterId().isPresent() && peerRegion().isPresent() && vpcId().isEmpty() && vbrId().isEmpty();
    }
    if (!ok) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "a " + kind() + " connection " + id() + " must name exactly its " + kind() + " resource", id());
    }
    if (bandwidthMbps() < 0) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "bandwidth must not be negative, got " + bandwidthMbps(), id());
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

  /** The builder of {@link TransitRouterAttachment}. */
  class Builder extends ImmutableTransitRouterAttachment.Builder {}
}
