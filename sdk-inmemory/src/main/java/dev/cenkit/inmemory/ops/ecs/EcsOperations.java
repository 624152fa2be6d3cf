package dev.cenkit.inmemory.ops.ecs;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.EcsInstanceRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.SecurityGroupRules;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.EcsInstanceStatus;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupRuleId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupRequest;
import dev.cenkit.spi.ecs.CreateSecurityGroupRequest;
import dev.cenkit.spi.ecs.DeleteInstanceRequest;
import dev.cenkit.spi.ecs.DeleteSecurityGroupRequest;
import dev.cenkit.spi.ecs.JoinSecurityGroupRequest;
import dev.cenkit.spi.ecs.LeaveSecurityGroupRequest;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import dev.cenkit.spi.ecs.RevokeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.RevokeSecurityGroupRequest;
import dev.cenkit.spi.ecs.RunInstancesRequest;
import dev.cenkit.spi.ecs.StartInstanceRequest;
import dev.cenkit.spi.ecs.StopInstanceRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The handlers of the ECS actions: security groups, their rules, instances and memberships. */
public final class EcsOperations {
  private EcsOperations() {}

  /** Registers every ECS handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateSecurityGroup", CreateSecurityGroupRequest.class, EcsOperations::createSecurityGroup)
        .register("DeleteSecurityGroup", DeleteSecurityGroupRequest.class, EcsOperations::deleteSecurityGroup)
        .register("ModifySecurityGroupPolicy", ModifySecurityGroupPolicyRequest.class, EcsOperations::modifyPolicy)
        .register("AuthorizeSecurityGroup", AuthorizeSecurityGroupRequest.class,
            (txn, r) -> authorize(txn, r.securityGroupId(), RuleDirection.INGRESS, r.permissions()))
        .register("AuthorizeSecurityGroupEgress", AuthorizeSecurityGroupEgressRequest.class,
            (txn, r) -> authorize(txn, r.securityGroupId(), RuleDirection.EGRESS, r.permissions()))
        .register("RevokeSecurityGroup", RevokeSecurityGroupRequest.class,
            (txn, r) -> revoke(txn, r.securityGroupId(), RuleDirection.INGRESS, r.permissions(), r.securityGroupRuleIds()))
        .register("RevokeSecurityGroupEgress", RevokeSecurityGroupEgressRequest.class,
            (txn, r) -> revoke(txn, r.securityGroupId(), RuleDirection.EGRESS, r.permissions(), r.securityGroupRuleIds()))
        .register("RunInstances", RunInstancesRequest.class, EcsOperations::runInstances)
        .register("DeleteInstance", DeleteInstanceRequest.class, EcsOperations::deleteInstance)
        .register("StopInstance", StopInstanceRequest.class,
            (txn, r) -> setStatus(txn, r.instanceId(), EcsInstanceStatus.RUNNING, EcsInstanceStatus.STOPPED, "StopInstance"))
        .register("StartInstance", StartInstanceRequest.class,
            (txn, r) -> setStatus(txn, r.instanceId(), EcsInstanceStatus.STOPPED, EcsInstanceStatus.RUNNING, "StartInstance"))
        .register("JoinSecurityGroup", JoinSecurityGroupRequest.class, EcsOperations::join)
        .register("LeaveSecurityGroup", LeaveSecurityGroupRequest.class, EcsOperations::leave);
  }

  static SecurityGroup createSecurityGroup(Txn txn, CreateSecurityGroupRequest r) {
    Vpc vpc = Lookups.vpc(txn.state(), r.vpcId());
    if (!vpc.region().equals(r.region())) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R1, "security group region " + r.region() + " is not the region " + vpc.region() + " of " + vpc.id(), r.region(), vpc.id());
    }
    r.securityGroupName().ifPresent(SecurityGroupRules::groupName);
    r.description().ifPresent(SecurityGroupRules::groupDescription);
    SecurityGroupRules.sg43eGroupQuota(txn.state(), r.region(), txn.quotas().securityGroupsPerRegion());
    SecurityGroup group =
        SecurityGroup.builder()
            .id(txn.newId(SecurityGroupId.KIND, SecurityGroupId::of))
            .region(r.region())
            .vpcId(vpc.id())
            .name(r.securityGroupName())
            .description(r.description())
            .type(r.securityGroupType())
            .build();
    txn.update(s -> s.withEcs(e -> e.withSecurityGroup(group)));
    return group;
  }

  static SecurityGroup deleteSecurityGroup(Txn txn, DeleteSecurityGroupRequest r) {
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), r.securityGroupId());
    SecurityGroupRules.sg44Deletable(txn.state(), group);
    txn.update(s -> s.withEcs(e -> e.withoutSecurityGroup(group.id())));
    return group;
  }

  static SecurityGroup modifyPolicy(Txn txn, ModifySecurityGroupPolicyRequest r) {
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), r.securityGroupId());
    SecurityGroupRules.sg11PolicyChangeable(group);
    if (group.innerAccessPolicy() == r.innerAccessPolicy()) {
      return group;
    }
    SecurityGroup changed = group.toBuilder().innerAccessPolicy(r.innerAccessPolicy()).build();
    txn.update(s -> s.withEcs(e -> e.withSecurityGroup(changed)));
    return changed;
  }

  /** A placeholder id for rules being checked; real ids are drawn only for the rules added. */
  private static final SecurityGroupRuleId CHECKING = SecurityGroupRuleId.of("sgr-checking");

  private static List<SecurityGroupRule> parseAll(Txn txn, SecurityGroup group, RuleDirection d, List<Permission> ps) {
    SecurityGroupRules.sg40rPermissionCount(ps.size());
    List<SecurityGroupRule> rules = new ArrayList<>();
    for (Permission p : ps) {
      rules.add(SecurityGroupRules.parse(txn.state(), group, d, p, CHECKING));
    }
    SecurityGroupRules.sg40pNoDuplicates(rules);
    return rules;
  }

  static SecurityGroup authorize(Txn txn, SecurityGroupId id, RuleDirection d, List<Permission> permissions) {
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), id);
    List<SecurityGroupRule> fresh = SecurityGroupRules.sg30NewRules(group, parseAll(txn, group, d, permissions));
    if (fresh.isEmpty()) {
      return group; // SG30, SD18: every rule exists already; nothing changes, no new version
    }
    SecurityGroupRules.sg43aQuota(group, fresh, txn.quotas().rulesPerSecurityGroup());
    List<SecurityGroupRule> rules = new ArrayList<>(group.rules());
    for (SecurityGroupRule r : fresh) {
      rules.add(r.toBuilder().id(txn.newId(SecurityGroupRuleId.KIND, SecurityGroupRuleId::of)).build());
    }
    SecurityGroup changed = group.toBuilder().rules(rules).build();
    txn.update(s -> s.withEcs(e -> e.withSecurityGroup(changed)));
    return changed;
  }

  static SecurityGroup revoke(
      Txn txn, SecurityGroupId id, RuleDirection d, List<Permission> permissions, List<SecurityGroupRuleId> ruleIds) {
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), id);
    SecurityGroupRules.sg40rPermissionCount(permissions.size() + ruleIds.size());
    Set<SecurityGroupRuleId> gone = new LinkedHashSet<>();
    for (SecurityGroupRuleId ruleId : ruleIds) {
      gone.add(SecurityGroupRules.sg45RuleById(group, d, ruleId).id());
    }
    if (!permissions.isEmpty()) {
      for (SecurityGroupRule asked : parseAll(txn, group, d, permissions)) {
        gone.add(SecurityGroupRules.sg45RuleByFields(group, asked).id());
      }
    }
    List<SecurityGroupRule> rules = new ArrayList<>();
    for (SecurityGroupRule r : group.rules()) {
      if (!gone.contains(r.id())) {
        rules.add(r);
      }
    }
    SecurityGroup changed = group.toBuilder().rules(rules).build();
    txn.update(s -> s.withEcs(e -> e.withSecurityGroup(changed)));
    return changed;
  }

  static List<EcsInstance> runInstances(Txn txn, RunInstancesRequest r) {
    if (r.amount() < 1 || r.amount() > 100) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "Amount must be 1 to 100, got " + r.amount(), r.amount());
    }
    if (r.privateIpAddress().isPresent() && r.amount() > 1) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "a PrivateIpAddress can be given for one instance only; Amount is " + r.amount(), r.amount());
    }
    VSwitch vsw = EcsInstanceRules.sg47lVSwitch(txn.state(), r.vSwitchId());
    if (!vsw.region().equals(r.region())) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R1, "instance region " + r.region() + " is not the region " + vsw.region() + " of " + vsw.id(), r.region(), vsw.id());
    }
    List<SecurityGroup> groups =
        EcsInstanceRules.sg47Groups(txn.state(), vsw, r.securityGroupId(), r.securityGroupIds(), txn.quotas().securityGroupsPerInstance());
    for (SecurityGroup g : groups) {
      EcsInstanceRules.sg43cCapacity(txn.state(), g, r.amount(), txn.quotas());
    }
    List<Ipv4Address> ips = new ArrayList<>();
    if (r.privateIpAddress().isPresent()) {
      Ipv4Address ip = EcsInstanceRules.sg47fAddress(r.privateIpAddress().get());
      EcsInstanceRules.sg47eInVSwitch(vsw, ip);
      EcsInstanceRules.sg47gUnused(txn.state(), vsw, ip);
      ips.add(ip);
    } else {
      Set<Ipv4Address> taken = new HashSet<>();
      for (int n = 0; n < r.amount(); n++) {
        Ipv4Address ip = EcsInstanceRules.sg47hFreeAddress(txn.state(), vsw, taken);
        taken.add(ip);
        ips.add(ip);
      }
    }
    List<SecurityGroupId> groupIds = groups.stream().map(SecurityGroup::id).collect(java.util.stream.Collectors.toList());
    List<EcsInstance> created = new ArrayList<>();
    for (Ipv4Address ip : ips) {
      EcsInstance instance =
          EcsInstance.builder()
              .id(txn.newId(EcsInstanceId.KIND, EcsInstanceId::of))
              .region(vsw.region())
              .zoneId(vsw.zoneId())
              .vpcId(vsw.vpcId())
              .vSwitchId(vsw.id())
              .privateIp(ip)
              .securityGroupIds(groupIds)
              .name(r.instanceName())
              .build();
      txn.update(s -> s.withEcs(e -> e.withInstance(instance)));
      created.add(instance);
    }
    return List.copyOf(created);
  }

  static EcsInstance deleteInstance(Txn txn, DeleteInstanceRequest r) {
    EcsInstance instance = EcsInstanceRules.sg47qInstance(txn.state(), r.instanceId());
    EcsInstanceRules.sg47rDeletable(instance, r.force());
    // A VPC access authorization naming the instance stays; reachability reports it (as D12 for removed ones).
    txn.update(s -> s.withEcs(e -> e.withoutInstance(instance.id())));
    return instance;
  }

  static EcsInstance setStatus(Txn txn, EcsInstanceId id, EcsInstanceStatus from, EcsInstanceStatus to, String action) {
    EcsInstance instance = EcsInstanceRules.sg47qInstance(txn.state(), id);
    EcsInstanceRules.statusIs(instance, from, action);
    EcsInstance changed = instance.toBuilder().status(to).build();
    txn.update(s -> s.withEcs(e -> e.withInstance(changed)));
    return changed;
  }

  static EcsInstance join(Txn txn, JoinSecurityGroupRequest r) {
    EcsInstance instance = EcsInstanceRules.sg47qInstance(txn.state(), r.instanceId());
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), r.securityGroupId());
    EcsInstanceRules.sg47nSettled(instance);
    EcsInstanceRules.sg47mJoinable(txn.state(), instance, group, txn.quotas().securityGroupsPerInstance());
    EcsInstanceRules.sg43cCapacity(txn.state(), group, 1, txn.quotas());
    EcsInstance changed = instance.toBuilder().addSecurityGroupIds(group.id()).build();
    txn.update(s -> s.withEcs(e -> e.withInstance(changed)));
    return changed;
  }

  static EcsInstance leave(Txn txn, LeaveSecurityGroupRequest r) {
    EcsInstance instance = EcsInstanceRules.sg47qInstance(txn.state(), r.instanceId());
    SecurityGroup group = SecurityGroupRules.sg42aGroup(txn.state(), r.securityGroupId());
    EcsInstanceRules.sg47nSettled(instance);
    EcsInstanceRules.sg47pLeavable(instance, group.id());
    List<SecurityGroupId> rest = new ArrayList<>(instance.securityGroupIds());
    rest.remove(group.id());
    EcsInstance changed = instance.toBuilder().securityGroupIds(rest).build();
    txn.update(s -> s.withEcs(e -> e.withInstance(changed)));
    return changed;
  }
}
