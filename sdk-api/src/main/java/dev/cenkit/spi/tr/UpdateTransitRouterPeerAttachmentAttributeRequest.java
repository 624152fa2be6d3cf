package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code UpdateTransitRouterPeerAttachmentAttribute}: changes the bandwidth, its type or plan (E14, E28, E29).
 */
@Value.Immutable
@CenkitStyle
public interface UpdateTransitRouterPeerAttachmentAttributeRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code BandwidthType}. */
  Optional<PeerBandwidthType> bandwidthType();

  /** {@code Bandwidth} in Mbit/s; 0 releases it (test bandwidth only, E27). */
  Optional<Long> bandwidth();

  /** {@code CenBandwidthPackageId}. */
  Optional<BandwidthPackageId> cenBandwidthPackageId();

  /** {@code AutoPublishRouteEnabled}. */
  Optional<Boolean> autoPublishRouteEnabled();

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> transitRouterAttachmentName();

  @Override
  default String action() {
    return "UpdateTransitRouterPeerAttachmentAttribute";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + bandwidth().map(b -> ", " + b + " Mbit/s").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link UpdateTransitRouterPeerAttachmentAttributeRequest}. */
  class Builder extends ImmutableUpdateTransitRouterPeerAttachmentAttributeRequest.Builder {}
}
