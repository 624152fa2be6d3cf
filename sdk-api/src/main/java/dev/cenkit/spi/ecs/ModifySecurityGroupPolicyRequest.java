package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code ModifySecurityGroupPolicy}: whether the members of a basic group reach each other (SG13). Answers the changed group. */
@Value.Immutable
@CenkitStyle
public interface ModifySecurityGroupPolicyRequest extends Operation<SecurityGroup> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  /** {@code InnerAccessPolicy}. */
  InnerAccessPolicy innerAccessPolicy();

  @Override
  default String action() {
    return "ModifySecurityGroupPolicy";
  }

  @Override
  default String summary() {
    return securityGroupId() + ", " + innerAccessPolicy();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifySecurityGroupPolicyRequest}. */
  class Builder extends ImmutableModifySecurityGroupPolicyRequest.Builder {}
}
