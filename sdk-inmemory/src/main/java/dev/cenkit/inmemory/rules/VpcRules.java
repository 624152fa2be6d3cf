package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;

/** The VPC rules: R36, R37 and the VPC quota (D2). Each method enforces one rule and names it. */
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
    long count = s.vpc().vpcs().values().stream().filter(v -> v.region().equals(region)).count();
    if (count >= quota) {
      throw ErrorCode.VPC_QUOTA_EXCEEDED.exception(
          RuleId.D2, "region " + region + " already has " + count + " VPCs; the quota is " + quota, region);
    }
  }

  /**
   * R37: a vSwitch block has a mask of /16 to /29, lies inside the VPC's block, is not reserved, overlaps no
   * other vSwitch of the VPC, and the VPC has fewer than {@code quota} vSwitches.
   */
  public static void r37VSwitchCidr(Snapshot s, Vpc vpc, Cidr cidr, int quota) {
    if (cidr.prefixLength() < 16 || cidr.prefixLength() > 29) {
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
}
