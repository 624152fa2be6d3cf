package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code RemoveVpcAccess}: removes the authorization identified by VPC, target and port (R66); accepted even if APIs use it — they then refer to a missing authorization (R70, D12). Answers the removed authorization. */
@Value.Immutable
@CenkitStyle
public interface RemoveVpcAccessRequest extends Operation<VpcAccess> {

  /** {@code VpcId}. */
  VpcId vpcId();

  /** {@code InstanceId}. */
  String instanceId();

  /** {@code Port}. */
  int port();

  @Override
  default String action() {
    return "RemoveVpcAccess";
  }

  @Override
  default String summary() {
    return vpcId() + ", " + instanceId() + ":" + port();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RemoveVpcAccessRequest}. */
  class Builder extends ImmutableRemoveVpcAccessRequest.Builder {}
}
