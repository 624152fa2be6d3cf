package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteSecurityGroup}: deletes a group and its rules once no instance is in it and no other group's rule names it (SG44). Answers the deleted group. */
@Value.Immutable
@CenkitStyle
public interface DeleteSecurityGroupRequest extends Operation<SecurityGroup> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  @Override
  default String action() {
    return "DeleteSecurityGroup";
  }

  @Override
  default String summary() {
    return securityGroupId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteSecurityGroupRequest}. */
  class Builder extends ImmutableDeleteSecurityGroupRequest.Builder {}
}
