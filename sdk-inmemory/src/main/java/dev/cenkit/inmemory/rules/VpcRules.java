package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.inmemory.state.VpcState;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VSwitchStatus;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.model.vpc.VpcStatus;
import java.util.List;

/** The VPC rules: R36-R40 and the VPC quota (D2). Each method enforces one rule and names it. */
public final class VpcRules {
  /** Ranges a VPC or vSwitch block may not lie in (R36). */
  public static final List<Cidr> RESERVED =
      List.of(Cidr.CLOUD_SERVICES, Cidr.of("224.0.0.0/4"), Cidr.of("127.0.0.0/8"), Cidr.of("169.254.0.0/16"));

  private VpcRules() {}

  /** R36, D9: a VPC's primary block has a mask of /8 to /28 and avoids the reserved ranges. */
  public static void r36VpcCidr(Cidr cidr) {
    if (cidr.prefixLength() < 8 || cidr.prefixLength() > 28) {
      throw ErrorCode.INVALID_CIDR_BLOCK_MASK.exception(
          RuleId.R36, "VPC CIDR block " + cidr + " has mask /" + cidr.prefixLength() + "; it must be /8 to /28", cidr);
    }
    reserved(cidr, RuleId.R36, "VPC");
  }

  private static void reserved(Cidr cidr, RuleId rule, String what) {
    for (Cidr r : RESERVED) {
      if (r.overlaps(cidr)) {
        throw ErrorCode.INVALID_CIDR_BLOCK_RESERVED.exception(
            rule, what + " CIDR block " + cidr + " overlaps the reserved range " + r, cidr);
      }
    }
  }

  /** D2: at most {@code vpcsPerRegion} VPCs in a region. */
  public static void vpcQuota(Snapshot s, RegionId region, int quota) {
    long count = s.vpc().vpcCountIn(region);
    if (count >= quota) {
      throw ErrorCode.VPC_QUOTA_EXCEEDED.exception(
          RuleId.D2, "region " + region + " already has " + count + " VPCs; the quota is " + quota, region);
    }
  }

  /**
   * R37: a vSwitch block has a mask of /16 to /29, lies inside the VPC's block, is not reserved, overlaps no
   * other vSwitch of the VPC, does not equal a custom route's destination (it may lie inside one), and the VPC
   * has fewer than {@code quota} vSwitches.
   */
  public static void r37VSwitchCidr(Snapshot s, Vpc vpc, Cidr cidr, int quota) {
    if (cidr.prefixLength() < VpcState.VSWITCH_SHORTEST || cidr.prefixLength() > VpcState.VSWITCH_LONGEST) {
      throw ErrorCode.INVALID_CIDR_BLOCK_MASK.exception(
          RuleId.R37, "vSwitch CIDR block " + cidr + " has mask /" + cidr.prefixLength() + "; it must be /16 to /29", cidr);
    }
    if (!vpc.cidrBlock().contains(cidr)) {
      throw ErrorCode.INVALID_CIDR_BLOCK_NOT_IN_VPC.exception(
          RuleId.R37, "vSwitch CIDR block " + cidr + " is not inside " + vpc.id() + "'s block " + vpc.cidrBlock(), cidr, vpc.id());
    }
    reserved(cidr, RuleId.R37, "vSwitch");
    List<VSwitch> existing = s.vpc().vSwitchesOf(vpc.id());
    for (VSwitch other : existing) {
      if (other.cidrBlock().overlaps(cidr)) {
        throw ErrorCode.INVALID_CIDR_BLOCK_OVERLAPPED.exception(
            RuleId.R37, "vSwitch CIDR block " + cidr + " overlaps " + other.id() + " (" + other.cidrBlock() + ")", cidr, other.id());
      }
    }
    for (RouteEntry route : s.vpc().routeEntriesOfVpc(vpc.id())) {
      if (route.destinationCidrBlock().equals(cidr)) {
        throw ErrorCode.INVALID_CIDR_BLOCK_ROUTE_DESTINATION.exception(
            RuleId.R37, "vSwitch CIDR block " + cidr + " equals the destination of route entry " + route.id(), cidr, route.id());
      }
    }
    if (existing.size() >= quota) {
      throw ErrorCode.VSWITCH_QUOTA_EXCEEDED.exception(
          RuleId.R37, vpc.id() + " already has " + existing.size() + " vSwitches; the quota is " + quota, vpc.id());
    }
  }

  /** R1: a zone belongs to the VPC's region. */
  public static void r1ZoneInRegion(Vpc vpc, String zoneId) {
    if (!vpc.region().hasZone(zoneId)) {
      throw ErrorCode.INVALID_ZONE_ID.exception(
          RuleId.R1, "zone '" + zoneId + "' is not a zone of " + vpc.region() + ", the region of " + vpc.id(), zoneId, vpc.id());
    }
  }

  /**
   * R38: a custom route's destination is not 100.64.0.0/10, does not equal or lie inside a vSwitch block of the
   * VPC (it may contain one), is unique in the table, and the table has fewer than {@code quota} custom routes.
   */
  public static void r38RouteDestination(Snapshot s, Vpc vpc, RouteTableId table, Cidr destination, int quota) {
    if (destination.equals(Cidr.CLOUD_SERVICES)) {
      throw ErrorCode.INVALID_DESTINATION_CLOUD_SERVICE.exception(
          RuleId.R38, "a route destination may not be " + Cidr.CLOUD_SERVICES + ", reserved for cloud services", destination);
    }
    for (VSwitch vsw : s.vpc().vSwitchesOf(vpc.id())) {
      if (vsw.cidrBlock().contains(destination)) {
        throw ErrorCode.INVALID_DESTINATION_INSIDE_VSWITCH.exception(
            RuleId.R38,
            "route destination " + destination + " equals or lies inside " + vsw.id() + "'s block " + vsw.cidrBlock(),
            destination, vsw.id());
      }
    }
    List<RouteEntry> entries = s.vpc().routeEntriesOf(table);
    for (RouteEntry e : entries) {
      if (e.destinationCidrBlock().equals(destination)) {
        throw ErrorCode.ROUTER_ENTRY_CONFLICT_DUPLICATED.exception(
            RuleId.R38, "route table " + table + " already has a route to " + destination + ": " + e.id(), destination, e.id());
      }
    }
    if (entries.size() >= quota) {
      throw ErrorCode.ROUTE_ENTRY_QUOTA_EXCEEDED.exception(
          RuleId.R38, "route table " + table + " already has " + entries.size() + " custom routes; the quota is " + quota, table);
    }
  }

  /**
   * R38: the next hop is in the route table's VPC. An ECS instance ({@code Instance}) is accepted as data, since
   * cenkit does not model ECS; a router interface must exist in the VPC ({@link #nextHopExists}); other next-hop
   * types are real but not modelled.
   */
  public static void r38NextHop(Snapshot s, Vpc vpc, NextHopType type, String nextHopId) {
    type.idKind().ifPresent(k -> k.check(nextHopId));
    switch (type) {
      case INSTANCE:
        return;
      case ROUTER_INTERFACE:
        if (!nextHopExists(s, vpc, type, nextHopId)) {
          throw ErrorCode.INVALID_NEXT_HOP.exception(
              RuleId.R38, "next hop " + type + " " + nextHopId + " is not in " + vpc.id(), nextHopId, vpc.id());
        }
        return;
      case ATTACHMENT:
        TransitRouterRules.e16AttachmentNextHop(s, vpc, nextHopId);
        return;
      default:
        throw ErrorCode.NOT_MODELED.exception(
            RuleId.R38,
            "next hop type " + type + " is not modelled by cenkit; use Instance, RouterInterface or Attachment",
            nextHopId);
    }
  }

  /** Whether a router interface with this id exists on the VPC (R38: the next hop is in the same VPC). */
  static boolean nextHopExists(Snapshot s, Vpc vpc, NextHopType type, String nextHopId) {
    return s.expressConnect().routerInterfacesOn(vpc.id()).stream().anyMatch(ri -> ri.id().value().equals(nextHopId));
  }

  /** R39: the VPC to delete exists, else {@code InvalidVpcID.NotFound}. */
  public static Vpc r39VpcToDelete(Snapshot s, VpcId id) {
    Vpc vpc = s.vpc().vpcs().get(id);
    if (vpc == null) {
      throw ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(RuleId.R39, "VPC " + id + " does not exist", id);
    }
    return vpc;
  }

  /** R40: the vSwitch to delete exists, else {@code InvalidVSwitchId.NotFound}. */
  public static VSwitch r40VSwitchToDelete(Snapshot s, VSwitchId id) {
    VSwitch vsw = s.vpc().vSwitches().get(id);
    if (vsw == null) {
      throw ErrorCode.INVALID_VSWITCH_ID_NOT_FOUND.exception(RuleId.R40, "vSwitch " + id + " does not exist", id);
    }
    return vsw;
  }

  /**
   * R39: a VPC can be deleted only when it is Available and has no vSwitches, no custom routes and no CEN
   * attachment.
   */
  public static void r39VpcDeletable(Snapshot s, Vpc vpc) {
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw ErrorCode.INCORRECT_VPC_STATUS.exception(RuleId.R39, vpc.id() + " is " + vpc.status() + ", not AVAILABLE", vpc.id());
    }
    TransitRouterRules.e32NoConnectionOf(s, vpc.id().value());
    List<VSwitch> vSwitches = s.vpc().vSwitchesOf(vpc.id());
    if (!vSwitches.isEmpty()) {
      throw ErrorCode.DEPENDENCY_VIOLATION_VSWITCH.exception(
          RuleId.R39, vpc.id() + " still has " + vSwitches.size() + " vSwitch(es), e.g. " + vSwitches.get(0).id(),
          vpc.id(), vSwitches.get(0).id());
    }
    if (s.ecs().hasSecurityGroups(vpc.id())) {
      java.util.List<dev.cenkit.model.ecs.SecurityGroupId> groups = s.ecs().securityGroupsOf(vpc.id());
      throw ErrorCode.DEPENDENCY_VIOLATION_SECURITY_GROUP.exception(
          RuleId.SG46, vpc.id() + " still has " + groups.size() + " security group(s), e.g. " + groups.get(0),
          vpc.id(), groups.get(0));
    }
    List<RouteEntry> routes = s.vpc().routeEntriesOfVpc(vpc.id());
    if (!routes.isEmpty()) {
      throw ErrorCode.DEPENDENCY_VIOLATION_ROUTE_ENTRY.exception(
          RuleId.R39, vpc.id() + " still has " + routes.size() + " custom route(s), e.g. " + routes.get(0).id(),
          vpc.id(), routes.get(0).id());
    }
    s.cen().attachmentOf(vpc.id()).ifPresent(a -> {
      throw ErrorCode.DEPENDENCY_VIOLATION_CEN.exception(
          RuleId.R39, vpc.id() + " is still attached to " + a.cenId(), vpc.id(), a.cenId());
    });
    s.apiGateway().vpcAccessesOf(vpc.id()).stream().findFirst().ifPresent(a -> {
      throw ErrorCode.DEPENDENCY_VIOLATION_VPC_ACCESS.exception(
          RuleId.R39, vpc.id() + " is still named by the VPC access authorization '" + a.name() + "' (" + a.id() + ")",
          vpc.id(), a.id());
    });
    if (s.expressConnect().usesRouterInterfaces(vpc.id())) {
      throw ErrorCode.DEPENDENCY_VIOLATION_ROUTER_INTERFACE.exception(
          RuleId.R39, vpc.id() + " still has router interfaces", vpc.id());
    }
  }

  /**
   * R40: a vSwitch can be deleted only when it is Available and nothing uses it: no API Gateway instance is
   * bound through it (its ingress address lives there) or connected to it ({@code vpc_connect} ENIs).
   */
  public static void r40VSwitchDeletable(Snapshot s, VSwitch vsw) {
    if (vsw.status() != VSwitchStatus.AVAILABLE) {
      throw ErrorCode.INCORRECT_VSWITCH_STATUS.exception(
          RuleId.R40, vsw.id() + " is " + vsw.status() + ", not AVAILABLE", vsw.id());
    }
    s.apiGateway().instancesUsing(vsw.id()).stream()
        .findFirst()
        .ifPresent(i -> {
          throw ErrorCode.DEPENDENCY_VIOLATION_API_GATEWAY.exception(
              RuleId.R40, vsw.id() + " holds the addresses of API Gateway instance " + i.id(), vsw.id(), i.id());
        });
    if (s.ecs().instanceCountIn(vsw.id()) > 0) {
      dev.cenkit.model.ecs.EcsInstanceId first = s.ecs().instancesIn(vsw.id()).get(0);
      throw ErrorCode.SG_DEPENDENCY_VIOLATION.exception(
          RuleId.R40, vsw.id() + " still has " + s.ecs().instanceCountIn(vsw.id()) + " ECS instance(s), e.g. " + first,
          vsw.id(), first);
    }
  }
}
