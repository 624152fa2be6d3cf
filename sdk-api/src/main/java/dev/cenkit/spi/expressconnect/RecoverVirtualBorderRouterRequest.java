package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code RecoverVirtualBorderRouter}: recovers a terminated VBR; its circuit must be {@code Enabled}. */
@Value.Immutable
@CenkitStyle
public interface RecoverVirtualBorderRouterRequest extends Operation<Vbr> {
  /** {@code VbrId}. */
  VbrId vbrId();

  @Override
  default String action() {
    return "RecoverVirtualBorderRouter";
  }

  @Override
  default String summary() {
    return vbrId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RecoverVirtualBorderRouterRequest}. */
  class Builder extends ImmutableRecoverVirtualBorderRouterRequest.Builder {}
}
