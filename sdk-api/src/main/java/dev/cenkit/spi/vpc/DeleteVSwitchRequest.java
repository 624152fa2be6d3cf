package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteVSwitch}: deletes a vSwitch that nothing uses (R40). Answers the deleted resource. */
@Value.Immutable
@CenkitStyle
public interface DeleteVSwitchRequest extends Operation<VSwitch> {
  /** {@code VSwitchId}. */
  VSwitchId vSwitchId();

  @Override
  default String action() {
    return "DeleteVSwitch";
  }

  @Override
  default String summary() {
    return vSwitchId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteVSwitchRequest}. */
  class Builder extends ImmutableDeleteVSwitchRequest.Builder {}
}
