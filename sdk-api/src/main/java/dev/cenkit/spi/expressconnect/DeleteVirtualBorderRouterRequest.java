package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteVirtualBorderRouter}: deletes a VBR that has no router interfaces, is not attached to a CEN, and is unconfirmed, active or terminated (R46); answers the deleted VBR. */
@Value.Immutable
@CenkitStyle
public interface DeleteVirtualBorderRouterRequest extends Operation<Vbr> {
  /** {@code VbrId}. */
  VbrId vbrId();

  @Override
  default String action() {
    return "DeleteVirtualBorderRouter";
  }

  @Override
  default String summary() {
    return vbrId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteVirtualBorderRouterRequest}. */
  class Builder extends ImmutableDeleteVirtualBorderRouterRequest.Builder {}
}
