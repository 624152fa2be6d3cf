package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code JoinSecurityGroup}: adds an instance to a group of its VPC and type (SG47b, SG47k, SG47m). Answers the instance after the change. */
@Value.Immutable
@CenkitStyle
public interface JoinSecurityGroupRequest extends Operation<EcsInstance> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  /** {@code InstanceId}. */
  EcsInstanceId instanceId();

  @Override
  default String action() {
    return "JoinSecurityGroup";
  }

  @Override
  default String summary() {
    return instanceId() + ", " + securityGroupId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link JoinSecurityGroupRequest}. */
  class Builder extends ImmutableJoinSecurityGroupRequest.Builder {}
}
