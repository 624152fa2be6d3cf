package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code RunInstances}, reduced to what networking needs: instances in a vSwitch with a private IP and security groups. They start Running. Answers the new instances. */
@Value.Immutable
@CenkitStyle
public interface RunInstancesRequest extends Operation<List<EcsInstance>> {

  /** {@code RegionId}. */
  RegionId region();

  /** {@code VSwitchId}: required for VPC instances (SG47l). */
  Optional<VSwitchId> vSwitchId();

  /** {@code PrivateIpAddress}: the primary private IP; chosen from the vSwitch when absent. */
  Optional<String> privateIpAddress();

  /** {@code SecurityGroupId}: one group (not together with {@link #securityGroupIds()}, SG47j). */
  Optional<SecurityGroupId> securityGroupId();

  /** {@code SecurityGroupIds.N}: the groups. */
  List<SecurityGroupId> securityGroupIds();

  /** {@code InstanceName}. */
  Optional<String> instanceName();

  /** {@code Amount}: how many instances, 1 to 100; a private IP allows only one. */
  @Value.Default
  default int amount() {
    return 1;
  }

  @Override
  default String action() {
    return "RunInstances";
  }

  @Override
  default String summary() {
    return region() + vSwitchId().map(v -> ", " + v).orElse("") + privateIpAddress().map(ip -> ", " + ip).orElse("") + instanceName().map(n -> ", " + n).orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RunInstancesRequest}. */
  class Builder extends ImmutableRunInstancesRequest.Builder {}
}
