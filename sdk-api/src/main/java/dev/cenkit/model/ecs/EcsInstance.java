package dev.cenkit.model.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ECS instance, reduced to what networking needs ({@code RunInstances}): its vSwitch, its primary private IP
 * inside the vSwitch's block and unique in the VPC, and the security groups of its one primary network
 * interface (SG1), at least one, all in its VPC and of one type (SG19).
 */
@Value.Immutable
@CenkitStyle
public interface EcsInstance {
  /** The instance id ({@code i-…}). */
  EcsInstanceId id();

  /** The region, the vSwitch's. */
  RegionId region();

  /** The zone, the vSwitch's. */
  String zoneId();

  /** The VPC ({@code VpcAttributes.VpcId}). */
  VpcId vpcId();

  /** The vSwitch ({@code VpcAttributes.VSwitchId}). */
  VSwitchId vSwitchId();

  /** The primary private IP ({@code VpcAttributes.PrivateIpAddress.IpAddress[0]}). */
  Ipv4Address privateIp();

  /** The security groups ({@code SecurityGroupIds}), in the order they were joined. */
  List<SecurityGroupId> securityGroupIds();

  /** The name ({@code InstanceName}), if one was given. */
  Optional<String> name();

  /** The status; cenkit completes transitions at once, so an instance is Running or Stopped. */
  @Value.Default
  default EcsInstanceStatus status() {
    return EcsInstanceStatus.RUNNING;
  }

  /** Checks the invariants when the value is built. */
  @Value.Check
  default void check() {
    Checks.noNullElements(securityGroupIds(), "security group ids");
    if (securityGroupIds().isEmpty()) {
      throw dev.cenkit.error.ErrorCode.MISSING_PARAMETER.exception(
          null, "ECS instance " + id() + " needs at least one security group (SD12)", id());
    }
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link EcsInstance}. */
  class Builder extends ImmutableEcsInstance.Builder {}
}
