package dev.cenkit.spi.expressconnect;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code TerminateVirtualBorderRouter}: terminates an active VBR; it keeps its VLAN id (R44). */
@Value.Immutable
@CenkitStyle
public interface TerminateVirtualBorderRouterRequest extends Operation<Vbr> {
  /** {@code VbrId}. */
  VbrId vbrId();

  @Override
  default String action() {
    return "TerminateVirtualBorderRouter";
  }

  @Override
  default String summary() {
    return vbrId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link TerminateVirtualBorderRouterRequest}. */
  class Builder extends ImmutableTerminateVirtualBorderRouterRequest.Builder {}
}
