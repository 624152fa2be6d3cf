package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.BandwidthPackageChargeType;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.BandwidthPlanBusinessStatus;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import java.util.List;

/** The bandwidth-plan and inter-region bandwidth rules (R15-R24, N1). Each method enforces one rule and names it. */
public final class BandwidthRules {
  private BandwidthRules() {}

  /** R24: a locked plan ({@code BusinessStatus} other than {@code Normal}) cannot be associated. */
  public static void r24PlanUsable(BandwidthPlan plan) {
    if (plan.businessStatus() != BandwidthPlanBusinessStatus.NORMAL) {
      throw ErrorCode.BWP_BUSINESS_STATUS.exception(
          RuleId.R24, "bandwidth plan " + plan.id() + " is " + plan.businessStatus() + " and cannot be associated", plan.id());
    }
  }

  /** R16: a plan is associated with at most one CEN at a time. */
  public static void r16PlanNotAssociated(BandwidthPlan plan) {
    plan.cenId().ifPresent(cen -> {
      throw ErrorCode.BWP_ALREADY_ASSOCIATED.exception(
          RuleId.R16, "bandwidth plan " + plan.id() + " is already associated with " + cen, plan.id(), cen);
    });
  }

  /** R15: a CEN has at most one plan per unordered area pair. */
  public static void r15OnePlanPerAreaPair(Snapshot s, CenId cenId, BandwidthPlan plan) {
    for (BandwidthPlan other : s.cen().bandwidthPlansOf(cenId)) {
      if (other.areas().equals(plan.areas())) {
        throw ErrorCode.BWP_FOR_GEO_SPAN_ALREADY_ASSOCIATED.exception(
            RuleId.R15, cenId + " already has plan " + other.id() + " for " + plan.areas(), cenId, other.id(), plan.id());
      }
    }
  }

  /** The plan is associated with this CEN (for unassociating it). */
  public static void associatedWith(BandwidthPlan plan, CenId cenId) {
    if (!plan.cenId().filter(cenId::equals).isPresent()) {
      throw ErrorCode.BWP_NOT_ASSOCIATED.exception(
          RuleId.R23, "bandwidth plan " + plan.id() + " is not associated with " + cenId, plan.id(), cenId);
    }
  }

  /** R23: a plan that inter-region limits draw on cannot be unassociated or deleted. */
  public static void r23NoLimitsDrawing(Snapshot s, BandwidthPlan plan) {
    List<InterRegionBandwidthLimit> limits = s.cen().bandwidthLimitsDrawingOn(plan.id());
    if (!limits.isEmpty()) {
      throw ErrorCode.CEN_BANDWIDTH_LIMITS_NOT_ZERO.exception(
          RuleId.R23, "bandwidth plan " + plan.id() + " still carries " + limits.size() + " inter-region limit(s), e.g. "
              + limits.get(0).regions() + "; set them to 0 first", plan.id(), limits.get(0).key());
    }
  }

  /**
   * R23: a plan can be deleted only once unassociated, and a prepaid plan not before it expires (cenkit does not
   * model billing time, so never).
   */
  public static void r23PlanDeletable(Snapshot s, BandwidthPlan plan) {
    r23NoLimitsDrawing(s, plan);
    plan.cenId().ifPresent(cen -> {
      throw ErrorCode.BWP_IN_USE.exception(
          RuleId.R23, "bandwidth plan " + plan.id() + " is still associated with " + cen + "; unassociate it first", plan.id(), cen);
    });
    if (plan.chargeType() == BandwidthPackageChargeType.PREPAY) {
      throw ErrorCode.FORBIDDEN_RELEASE.exception(
          RuleId.R23, "prepaid bandwidth plan " + plan.id() + " cannot be released before it expires", plan.id());
    }
  }

  /** R22: a plan cannot shrink below the sum of the limits drawn from it. */
  public static void r22DowngradeCoversLimits(Snapshot s, BandwidthPlan plan, long newMbps) {
    long drawn = drawnMbps(s, plan, null);
    if (newMbps < drawn) {
      throw ErrorCode.BWP_BANDWIDTH_EXCEEDED.exception(
          RuleId.R22, "bandwidth plan " + plan.id() + " cannot shrink to " + newMbps + " Mbit/s: its limits draw "
              + drawn + " Mbit/s", plan.id());
    }
  }

  /** R21: the two regions of a limit differ; answers the normalised pair. */
  public static RegionPair r21RegionsDiffer(RegionId local, RegionId opposite) {
    return RegionPair.of(local, opposite);
  }

  /** N1: both regions of a limit have instances attached to the CEN. */
  public static void n1BothRegionsAttached(Snapshot s, CenId cenId, RegionPair regions) {
    for (RegionId region : List.of(regions.first(), regions.second())) {
      boolean attached = s.cen().attachedCountIn(cenId, region) > 0;
      if (!attached) {
        throw ErrorCode.NO_CHILD_INSTANCE_EITHER_REGION.exception(
            RuleId.N1, cenId + " has no instance attached in " + region + ", so it cannot allocate bandwidth for " + regions,
            cenId, region);
      }
    }
  }

  /**
   * R17, R18: the CEN has an associated plan (R17) whose area pair is the pair of the regions' areas (R18);
   * answers that plan.
   */
  public static BandwidthPlan r17r18PlanForRegions(Snapshot s, CenId cenId, RegionPair regions) {
    List<BandwidthPlan> plans = s.cen().bandwidthPlansOf(cenId);
    if (plans.isEmpty()) {
      throw ErrorCode.BWP_FOR_GEO_SPAN_NOT_ASSOCIATED.exception(
          RuleId.R17, cenId + " has no associated bandwidth plan, so it cannot allocate bandwidth for " + regions, cenId);
    }
    AreaPair areas = regions.areas();
    return plans.stream()
        .filter(p -> p.areas().equals(areas))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.BWP_FOR_GEO_SPAN_NOT_ASSOCIATED.exception(
                    RuleId.R18, cenId + " has no associated bandwidth plan for " + areas + ", the areas of " + regions,
                    cenId, regions.toString()));
  }

  /**
   * R19: a limit is at most the plan's bandwidth, and with the other limits drawn from the plan at most the
   * plan's bandwidth in total.
   */
  public static void r19LimitWithinPlan(Snapshot s, CenId cenId, BandwidthPlan plan, RegionPair regions, long mbps) {
    long size = plan.bandwidth().mbps();
    if (mbps > size) {
      throw ErrorCode.BWP_BANDWIDTH_EXCEEDED.exception(
          RuleId.R19, "a limit of " + mbps + " Mbit/s for " + regions + " exceeds plan " + plan.id() + " of " + size + " Mbit/s",
          plan.id(), cenId);
    }
    long others = drawnMbps(s, plan, InterRegionBandwidthLimit.key(cenId, regions));
    if (others + mbps > size) {
      throw ErrorCode.BWP_BANDWIDTH_EXCEEDED.exception(
          RuleId.R19, "plan " + plan.id() + " of " + size + " Mbit/s already gives " + others + " Mbit/s to other pairs; "
              + mbps + " Mbit/s more for " + regions + " exceeds it", plan.id(), cenId);
    }
  }

  /** The Mbit/s the limits drawn from a plan add up to, leaving out the limit with key {@code except}. */
  private static long drawnMbps(Snapshot s, BandwidthPlan plan, @org.jspecify.annotations.Nullable String except) {
    return s.cen().bandwidthLimitsDrawingOn(plan.id()).stream()
        .filter(l -> !l.key().equals(except))
        .mapToLong(l -> l.bandwidthLimit().mbps())
        .sum();
  }
}
