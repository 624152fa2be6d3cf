package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteVpc}: deletes a VPC that has no vSwitches, no custom routes and no CEN attachment (R39). Answers the deleted resource. */
@Value.Immutable
@CenkitStyle
public interface DeleteVpcRequest extends Operation<Vpc> {
  /** {@code VpcId}. */
  VpcId vpcId();

  @Override
  default String action() {
    return "DeleteVpc";
  }

  @Override
  default String summary() {
    return vpcId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteVpcRequest}. */
  class Builder extends ImmutableDeleteVpcRequest.Builder {}
}
