package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code ModifyIntranetDomainPolicy}: enables or disables the group's VPC second-level domain (R58, D7). */
@Value.Immutable
@CenkitStyle
public interface ModifyIntranetDomainPolicyRequest extends Operation<ApiGroup> {

  /** {@code GroupId}. */
  ApiGroupId groupId();

  /** {@code VpcIntranetEnable}. */
  boolean vpcIntranetEnable();

  @Override
  default String action() {
    return "ModifyIntranetDomainPolicy";
  }

  @Override
  default String summary() {
    return groupId() + ", VpcIntranetEnable=" + vpcIntranetEnable();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifyIntranetDomainPolicyRequest}. */
  class Builder extends ImmutableModifyIntranetDomainPolicyRequest.Builder {}
}
