package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code LeaveSecurityGroup}: removes an instance from one of its groups, not its last (SG47o, SG47p). Answers the instance after the change. */
@Value.Immutable
@CenkitStyle
public interface LeaveSecurityGroupRequest extends Operation<EcsInstance> {

  /** {@code SecurityGroupId}. */
  SecurityGroupId securityGroupId();

  /** {@code InstanceId}. */
  EcsInstanceId instanceId();

  @Override
  default String action() {
    return "LeaveSecurityGroup";
  }

  @Override
  default String summary() {
    return instanceId() + ", " + securityGroupId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link LeaveSecurityGroupRequest}. */
  class Builder extends ImmutableLeaveSecurityGroupRequest.Builder {}
}
