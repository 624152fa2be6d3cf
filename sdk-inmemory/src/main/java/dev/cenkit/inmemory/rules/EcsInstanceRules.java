package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.EcsInstanceStatus;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ECS instance rules of {@code security-groups.md}: vSwitch and groups of a new instance (SG47a-l, SD12),
 * private IPs (SG47e-h, SG48), memberships (SG47m-p, SG43b-d) and deletion (SG47r, SD13). Each check names
 * its rule.
 */
public final class EcsInstanceRules {
  /** Addresses a vSwitch reserves at its start (the network address) and at its end (SG48). */
  public static final int RESERVED_AT_START = 1;

  /** Addresses a vSwitch reserves at its end (SG48). */
  public static final int RESERVED_AT_END = 3;

  private EcsInstanceRules() {}

  /** SG47q: the instance exists, else {@code InvalidInstanceId.NotFound}. */
  public static EcsInstance sg47qInstance(Snapshot s, EcsInstanceId id) {
    return s.ecs().instance(id).orElseThrow(
        () -> ErrorCode.ECS_INSTANCE_NOT_FOUND.exception(RuleId.SG47Q, "ECS instance " + id + " does not exist", id));
  }

  /** SG47l, SG47d: a VPC instance names an existing vSwitch. */
  public static VSwitch sg47lVSwitch(Snapshot s, Optional<VSwitchId> id) {
    VSwitchId vswId = id.orElseThrow(() -> ErrorCode.ECS_VSWITCH_NECESSARY.exception(
        RuleId.SG47L, "RunInstances needs a VSwitchId: cenkit models VPC instances only", "VSwitchId"));
    VSwitch vsw = s.vpc().vSwitches().get(vswId);
    if (vsw == null) {
      throw ErrorCode.INVALID_VSWITCH_ID_NOT_FOUND.exception(RuleId.SG47D, "vSwitch " + vswId + " does not exist", vswId);
    }
    return vsw;
  }

  /**
   * SG47j, SD12, SG47i, SG43b, SG47d, SG47a, SG47k: the groups of a new instance — one form of the parameter, at
   * least one group, none twice, at most the quota, all existing, in the vSwitch's VPC and of one type.
   */
  public static List<SecurityGroup> sg47Groups(
      Snapshot s, VSwitch vsw, Optional<SecurityGroupId> single, List<SecurityGroupId> many, int quota) {
    if (single.isPresent() && !many.isEmpty()) {
      throw ErrorCode.ECS_SINGLE_AND_MULTI_GROUP_ID.exception(
          RuleId.SG47J, "give SecurityGroupId or SecurityGroupIds.N, not both", single.get());
    }
    List<SecurityGroupId> ids = single.map(List::of).orElse(many);
    if (ids.isEmpty()) {
      throw ErrorCode.MISSING_PARAMETER.exception(
          RuleId.SD12, "RunInstances needs at least one security group (SecurityGroupId); none is created by default", "SecurityGroupId");
    }
    Set<SecurityGroupId> seen = new HashSet<>();
    for (SecurityGroupId id : ids) {
      if (!seen.add(id)) {
        throw ErrorCode.ECS_SECURITY_GROUP_ID_REPEATED.exception(RuleId.SG47I, "security group " + id + " is named twice", id);
      }
    }
    if (ids.size() > quota) {
      throw ErrorCode.SG_JOINED_GROUP_LIMIT.exception(
          RuleId.SG43B, ids.size() + " security groups named; an instance may be in at most " + quota, ids.size());
    }
    List<SecurityGroup> groups = new ArrayList<>();
    for (SecurityGroupId id : ids) {
      SecurityGroup g = s.ecs().securityGroups().get(id);
      if (g == null) {
        throw ErrorCode.SG_NOT_FOUND.exception(RuleId.SG47D, "security group " + id + " does not exist", id);
      }
      if (!g.vpcId().equals(vsw.vpcId())) {
        throw ErrorCode.ECS_GROUP_VSWITCH_MISMATCH.exception(
            RuleId.SG47A, "security group " + id + " (in " + g.vpcId() + ") and vSwitch " + vsw.id() + " (in " + vsw.vpcId()
                + ") are not in the same VPC", id, vsw.id());
      }
      if (!groups.isEmpty() && groups.get(0).type() != g.type()) {
        throw ErrorCode.ECS_GROUP_TYPE_MISMATCH.exception(
            RuleId.SG47K, "security groups " + groups.get(0).id() + " (" + groups.get(0).type() + ") and " + id + " (" + g.type()
                + ") cannot be mixed on one instance (SG19, SD19; emulator code)", groups.get(0).id(), id);
      }
      groups.add(g);
    }
    return groups;
  }

  /** SG43c, SG43d: a basic group holds at most its instance quota, an advanced one its interface quota. */
  public static void sg43cCapacity(Snapshot s, SecurityGroup g, int adding, Quotas quotas) {
    int members = s.ecs().memberCount(g.id());
    if (g.type() == SecurityGroupType.NORMAL && members + adding > quotas.instancesPerBasicSecurityGroup()) {
      throw ErrorCode.SG_GROUP_INSTANCE_LIMIT.exception(
          RuleId.SG43C, "basic security group " + g.id() + " has " + members + " instances; the quota is "
              + quotas.instancesPerBasicSecurityGroup(), g.id());
    }
    if (g.type() == SecurityGroupType.ENTERPRISE && members + adding > quotas.interfacesPerAdvancedSecurityGroup()) {
      throw ErrorCode.SG_ENI_COUNT_EXCEEDED.exception(
          RuleId.SG43D, "advanced security group " + g.id() + " has " + members + " network interfaces; the quota is "
              + quotas.interfacesPerAdvancedSecurityGroup(), g.id());
    }
  }

  /** SG47f: a private IP is a well-formed IPv4 address. */
  public static Ipv4Address sg47fAddress(String text) {
    try {
      return Ipv4Address.of(text);
    } catch (dev.cenkit.error.CenkitException e) {
      throw ErrorCode.ECS_PRIVATE_IP_MALFORMED.exception(
          RuleId.SG47F, "PrivateIpAddress '" + text + "' is not an IPv4 address", text);
    }
  }

  /** SG47e, SG48: the address is a usable address of the vSwitch's block (not the first or the last three). */
  public static void sg47eInVSwitch(VSwitch vsw, Ipv4Address ip) {
    if (!vsw.cidrBlock().contains(ip)) {
      throw ErrorCode.ECS_PRIVATE_IP_NOT_IN_VSWITCH.exception(
          RuleId.SG47E, "private IP " + ip + " is not in the CIDR block " + vsw.cidrBlock() + " of vSwitch " + vsw.id(), ip, vsw.id());
    }
    long offset = ip.toLong() - vsw.cidrBlock().network().toLong();
    if (offset < RESERVED_AT_START || offset >= vsw.cidrBlock().size() - RESERVED_AT_END) {
      throw ErrorCode.ECS_PRIVATE_IP_NOT_IN_VSWITCH.exception(
          RuleId.SG48, "private IP " + ip + " is reserved by vSwitch " + vsw.id() + " (the first and the last three addresses of "
              + vsw.cidrBlock() + ")", ip, vsw.id());
    }
  }

  /** SG47g: the address is not used by another instance of the VPC. */
  public static void sg47gUnused(Snapshot s, VSwitch vsw, Ipv4Address ip) {
    s.ecs().instanceAt(vsw.vpcId(), ip).ifPresent(other -> {
      throw ErrorCode.ECS_PRIVATE_IP_DUPLICATED.exception(
          RuleId.SG47G, "private IP " + ip + " is already used by " + other.id(), ip, other.id());
    });
  }

  /** SG47h: the first free usable address of the vSwitch, else {@code QuotaExceeded.PrivateIpAddress}. */
  public static Ipv4Address sg47hFreeAddress(Snapshot s, VSwitch vsw, Set<Ipv4Address> taken) {
    long usable = vsw.cidrBlock().size() - RESERVED_AT_END;
    for (long n = RESERVED_AT_START; n < usable; n++) {
      Ipv4Address ip = vsw.cidrBlock().address(n);
      if (!taken.contains(ip) && s.ecs().instanceAt(vsw.vpcId(), ip).isEmpty()) {
        return ip;
      }
    }
    throw ErrorCode.ECS_NO_FREE_PRIVATE_IP.exception(
        RuleId.SG47H, "vSwitch " + vsw.id() + " (" + vsw.cidrBlock() + ") has no free private IP", vsw.id());
  }

  /** SG47n: Join and Leave need a Running or Stopped instance. */
  public static void sg47nSettled(EcsInstance i) {
    if (i.status() != EcsInstanceStatus.RUNNING && i.status() != EcsInstanceStatus.STOPPED) {
      throw ErrorCode.ECS_INCORRECT_INSTANCE_STATUS.exception(
          RuleId.SG47N, "ECS instance " + i.id() + " is " + i.status() + "; it must be Running or Stopped", i.id());
    }
  }

  /** SG47m, SG47b, SG47k, SG43b: an instance joins a group it is not in, of its VPC and type, within its quota. */
  public static void sg47mJoinable(Snapshot s, EcsInstance i, SecurityGroup g, int quota) {
    if (i.securityGroupIds().contains(g.id())) {
      throw ErrorCode.ECS_ALREADY_IN_GROUP.exception(
          RuleId.SG47M, "ECS instance " + i.id() + " is already in security group " + g.id(), i.id(), g.id());
    }
    if (!g.vpcId().equals(i.vpcId())) {
      throw ErrorCode.ECS_INSTANCE_GROUP_MISMATCH.exception(
          RuleId.SG47B, "ECS instance " + i.id() + " (in " + i.vpcId() + ") and security group " + g.id() + " (in " + g.vpcId()
              + ") are not in the same VPC", i.id(), g.id());
    }
    SecurityGroup first = s.ecs().securityGroups().get(i.securityGroupIds().get(0));
    if (first.type() != g.type()) {
      throw ErrorCode.ECS_GROUP_TYPE_MISMATCH.exception(
          RuleId.SG47K, "ECS instance " + i.id() + " is in " + first.type() + " group " + first.id() + "; it cannot join "
              + g.type() + " group " + g.id() + " (SG19, SD19; emulator code)", i.id(), g.id());
    }
    if (i.securityGroupIds().size() >= quota) {
      throw ErrorCode.SG_INSTANCE_GROUP_LIMIT.exception(
          RuleId.SG43B, "ECS instance " + i.id() + " is already in " + i.securityGroupIds().size() + " security groups; the quota is " + quota,
          i.id());
    }
  }

  /** SG47p, SG47o: an instance leaves a group it is in, and not its last. */
  public static void sg47pLeavable(EcsInstance i, SecurityGroupId g) {
    if (!i.securityGroupIds().contains(g)) {
      throw ErrorCode.ECS_NOT_IN_GROUP.exception(
          RuleId.SG47P, "ECS instance " + i.id() + " is not in security group " + g, i.id(), g);
    }
    if (i.securityGroupIds().size() == 1) {
      throw ErrorCode.ECS_LAST_SECURITY_GROUP.exception(
          RuleId.SG47O, "security group " + g + " is the last group of ECS instance " + i.id() + "; join another first", i.id(), g);
    }
  }

  /** SG47r, SD13: a Running instance is deleted only with Force. */
  public static void sg47rDeletable(EcsInstance i, boolean force) {
    if (i.status() == EcsInstanceStatus.RUNNING && !force) {
      throw ErrorCode.ECS_INCORRECT_INSTANCE_STATUS.exception(
          RuleId.SG47R, "ECS instance " + i.id() + " is Running; stop it first or delete with Force (SD13)", i.id());
    }
  }

  /** Start and stop change only a Stopped or a Running instance respectively. */
  public static void statusIs(EcsInstance i, EcsInstanceStatus expected, String action) {
    if (i.status() != expected) {
      throw ErrorCode.ECS_INCORRECT_INSTANCE_STATUS.exception(
          null, action + " needs a " + expected + " instance; " + i.id() + " is " + i.status(), i.id());
    }
  }
}
