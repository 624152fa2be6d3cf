package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ECS part of a {@link CloudSnapshot}: instances and security groups, ordered by id, with the lookups the
 * rules and reachability need (members of a group, the instance at an address) answered from indexes.
 */
public interface EcsView {
  /** Every instance by id. */
  Map<EcsInstanceId, EcsInstance> instances();

  /** Every security group by id. */
  Map<SecurityGroupId, SecurityGroup> securityGroups();

  /** The instance with this id, if it exists. */
  default Optional<EcsInstance> instance(EcsInstanceId id) {
    return Optional.ofNullable(instances().get(Checks.required(id, "instance id")));
  }

  /** The security group with this id, if it exists. */
  default Optional<SecurityGroup> securityGroup(SecurityGroupId id) {
    return Optional.ofNullable(securityGroups().get(Checks.required(id, "security group id")));
  }

  /** The instances in a group, ordered by id. */
  List<EcsInstanceId> membersOf(SecurityGroupId group);

  /** The groups of a VPC, ordered by id. */
  List<SecurityGroupId> securityGroupsOf(VpcId vpc);

  /** The instances of a VPC, ordered by id. */
  List<EcsInstanceId> instancesOf(VpcId vpc);

  /** The instances of a vSwitch, ordered by id. */
  List<EcsInstanceId> instancesIn(VSwitchId vSwitch);

  /** The instance whose primary private IP in {@code vpc} is {@code address}, if there is one. */
  Optional<EcsInstance> instanceAt(VpcId vpc, Ipv4Address address);

  /** The groups whose rules name {@code group} as their peer, ordered by id. */
  List<SecurityGroupId> groupsReferencing(SecurityGroupId group);

  /**
   * The ECS instance with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several instances share the name
   */
  default Optional<EcsInstance> instanceNamed(String name) {
    return ByName.unique(instances().values(), EcsInstance::name, name, "ECS instance");
  }

  /**
   * The security group with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several groups share the name
   */
  default Optional<SecurityGroup> securityGroupNamed(String name) {
    return ByName.unique(securityGroups().values(), SecurityGroup::name, name, "security group");
  }
}
