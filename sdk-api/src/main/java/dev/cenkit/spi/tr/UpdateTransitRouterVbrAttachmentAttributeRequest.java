package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code UpdateTransitRouterVbrAttachmentAttribute}: turns advertisement to the VBR on or off (E31) or renames.
 */
@Value.Immutable
@CenkitStyle
public interface UpdateTransitRouterVbrAttachmentAttributeRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code AutoPublishRouteEnabled}. */
  Optional<Boolean> autoPublishRouteEnabled();

  /** {@code TransitRouterAttachmentName}. */
  Optional<String> transitRouterAttachmentName();

  @Override
  default String action() {
    return "UpdateTransitRouterVbrAttachmentAttribute";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + autoPublishRouteEnabled().map(a -> ", autoPublish=" + a).orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link UpdateTransitRouterVbrAttachmentAttributeRequest}. */
  class Builder extends ImmutableUpdateTransitRouterVbrAttachmentAttributeRequest.Builder {}
}
