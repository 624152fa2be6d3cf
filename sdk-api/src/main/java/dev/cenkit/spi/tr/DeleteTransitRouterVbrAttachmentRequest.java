package dev.cenkit.spi.tr;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteTransitRouterVbrAttachment}: refused while the connection is used, unless forced (E19, DE13).
 */
@Value.Immutable
@CenkitStyle
public interface DeleteTransitRouterVbrAttachmentRequest extends Operation<TransitRouterAttachment> {
  /** {@code TransitRouterAttachmentId}. */
  TransitRouterAttachmentId transitRouterAttachmentId();

  /** {@code Force}: delete the associations, propagations and routes that use the connection too (DE13). */
  @Value.Default
  default boolean force() {
    return false;
  }

  /** {@code DryRun}: check only; a passing check answers {@code DryRunOperation} (E33). */
  @Value.Default
  default boolean dryRun() {
    return false;
  }

  @Override
  default String action() {
    return "DeleteTransitRouterVbrAttachment";
  }

  @Override
  default String summary() {
    return transitRouterAttachmentId() + (force() ? ", force" : "");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteTransitRouterVbrAttachmentRequest}. */
  class Builder extends ImmutableDeleteTransitRouterVbrAttachmentRequest.Builder {}
}
