package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryStatus;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchStatus;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.model.vpc.VpcStatus;
import java.util.List;

/** The CEN instance and attachment rules. Each method enforces one rule and names it. */
public final class CenRules {
  private CenRules() {}

  /** R1: the region given when attaching is the child's own. */
  public static void r1ChildRegion(NetworkInstanceId child, RegionId actual, RegionId given) {
    if (!actual.equals(given)) {
      throw ErrorCode.CHILD_INSTANCE_REGION_ILLEGAL.exception(
          RuleId.R1, child.value() + " is in " + actual + ", not in " + given, child.value(), given);
    }
  }

  /** R6: a network instance is attached to at most one CEN. */
  public static void r6NotAttached(Snapshot s, NetworkInstanceId child, CenId target) {
    CenAttachment existing = s.cen().attachmentOf(child).orElse(null);
    if (existing != null) {
      String where = existing.cenId().equals(target) ? "this CEN" : "another CEN, " + existing.cenId();
      throw ErrorCode.CHILD_INSTANCE_ALREADY_ATTACHED.exception(
          RuleId.R6, child.value() + " is already attached to " + where, child.value(), existing.cenId());
    }
  }

  /**
   * R5: the child type (derived from the id, as the real API does) is one cenkit models. CCN is a valid type
   * but not modelled.
   */
  public static void r5ChildTypeModeled(NetworkInstanceId child) {
    if (child.childInstanceType() == ChildInstanceType.CCN) {
      throw ErrorCode.NOT_MODELED.exception(
          RuleId.R5, "child instance type CCN (" + child.value() + ") is valid but not modelled by cenkit", child.value());
    }
  }

  /**
   * R41: a VPC whose status, vSwitches or route entries are in a transitional state cannot be attached to or
   * detached from a CEN. cenkit completes transitions at once, so through the API this never fires; it guards
   * states built directly (and future asynchronous models). Other child types pass.
   */
  public static void r41ChildNotChanging(Snapshot s, NetworkInstanceId child) {
    if (!(child instanceof VpcId)) {
      return;
    }
    Vpc vpc = s.vpc().vpcOrNull((VpcId) child);
    if (vpc == null) {
      return;
    }
    if (vpc.status() != VpcStatus.AVAILABLE) {
      throw ErrorCode.INVALID_VPC_STATUS_FOR_CEN.exception(
          RuleId.R41, vpc.id() + " is " + vpc.status() + ", not AVAILABLE", vpc.id());
    }
    if (s.vpc().everyChildAvailable()) {
      return; // no vSwitch or route entry of any VPC is changing: nothing of this VPC's to read
    }
    for (VSwitch vsw : s.vpc().vSwitchMapOf(vpc.id()).values()) {
      if (vsw.status() != VSwitchStatus.AVAILABLE) {
        throw ErrorCode.VPC_SWITCH_INCORRECT_STATUS.exception(
            RuleId.R41, "vSwitch " + vsw.id() + " of " + vpc.id() + " is " + vsw.status(), vpc.id(), vsw.id());
      }
    }
    for (RouteEntry e : s.vpc().routeEntryMapOfVpc(vpc.id()).values()) {
      if (e.status() != RouteEntryStatus.AVAILABLE) {
        throw ErrorCode.VPC_ROUTE_TABLE_INCORRECT_STATUS.exception(
            RuleId.R41, "route entry " + e.id() + " of " + vpc.id() + " is " + e.status(), vpc.id(), e.id());
      }
    }
  }

  /** D2: at most {@code quota} network instances of one region in one CEN. */
  public static void d2ChildInstancesPerRegion(Snapshot s, CenId cenId, RegionId region, int quota) {
    long count = s.cen().attachedCountIn(cenId, region);
    if (count >= quota) {
      throw ErrorCode.CHILD_INSTANCE_COUNT_EXCEEDED.exception(
          RuleId.D2, cenId + " already has " + count + " instances in " + region + "; the quota is " + quota, cenId, region);
    }
  }

  /** D2: at most {@code quota} regions with attached instances in one CEN. */
  public static void d2RegionsPerCen(Snapshot s, CenId cenId, RegionId region, int quota) {
    java.util.Set<RegionId> spanned = s.cen().attachedRegions(cenId);
    if (spanned.size() >= quota && !spanned.contains(region)) {
      List<RegionId> regions = List.copyOf(spanned);
      throw ErrorCode.CEN_REGION_COUNT_EXCEEDED.exception(
          RuleId.D2, cenId + " already spans " + regions.size() + " regions " + regions + "; the quota is " + quota, cenId, region);
    }
  }

  /** R78: at most {@code quota} CEN instances in the account. */
  public static void r78CenCount(Snapshot s, int quota) {
    int count = s.cen().cens().size();
    if (count >= quota) {
      throw ErrorCode.CEN_COUNT_EXCEEDED.exception(
          RuleId.R78, "the account already has " + count + " CEN instances; the quota is " + quota);
    }
  }

  /** R75: a CEN can be deleted only with no attached instances and no associated bandwidth plan. */
  public static void r75CenDeletable(Snapshot s, CenId cenId) {
    java.util.Collection<CenAttachment> inOrder = s.cen().attachmentsInOrder(cenId);
    if (!inOrder.isEmpty()) {
      CenAttachment first = inOrder.iterator().next();
      throw ErrorCode.ATTACHED_CHILD_INSTANCE_EXIST.exception(
          RuleId.R75, cenId + " still has " + inOrder.size() + " attached instance(s), e.g. " + first.childInstanceId().value(),
          cenId, first.childInstanceId().value());
    }
    List<BandwidthPlan> plans = s.cen().bandwidthPlansOf(cenId);
    if (!plans.isEmpty()) {
      throw ErrorCode.CEN_BANDWIDTH_PACKAGE_ASSOCIATED.exception(
          RuleId.R75, cenId + " still has the associated bandwidth plan " + plans.get(0).id(), cenId, plans.get(0).id());
    }
  }
}
