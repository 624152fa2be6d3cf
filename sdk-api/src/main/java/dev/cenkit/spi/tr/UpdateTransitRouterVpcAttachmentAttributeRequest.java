package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code UpdateTransitRouterVpcAttachmentAttribute}: turns auto-publish on or off (E16, DE7) or renames.
 */
@Value.Immutable
@CenkitStyle
public interface UpdateTransitRouterVpcAttachmentAttributeRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code AutoPublishRouteEnabled}. */
  Optional<Boolean> autoPublishRouteEnabled();

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> transitRouterAttachmentName();

  @Override
  default String action() {
    return "UpdateTransitRouterVpcAttachmentAttribute";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + autoPublishRouteEnabled().map(a -> ", autoPublish=" + a).orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link UpdateTransitRouterVpcAttachmentAttributeRequest}. */
  class Builder extends ImmutableUpdateTransitRouterVpcAttachmentAttributeRequest.Builder {}
}
