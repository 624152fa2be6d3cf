package dev.cenkit.inmemory.ops.cen;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.BandwidthRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.DeleteCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import dev.cenkit.spi.cen.UnassociateCenBandwidthPackageRequest;
import java.util.Optional;

/** The handlers of the CEN bandwidth-plan and inter-region bandwidth actions. */
public final class BandwidthPlanOperations {
  private BandwidthPlanOperations() {}

  /** Registers every bandwidth-plan handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateCenBandwidthPackage", CreateCenBandwidthPackageRequest.class, BandwidthPlanOperations::create)
        .register(
            "AssociateCenBandwidthPackage", AssociateCenBandwidthPackageRequest.class, BandwidthPlanOperations::associate)
        .register(
            "UnassociateCenBandwidthPackage",
            UnassociateCenBandwidthPackageRequest.class,
            BandwidthPlanOperations::unassociate)
        .register("DeleteCenBandwidthPackage", DeleteCenBandwidthPackageRequest.class, BandwidthPlanOperations::delete)
        .register(
            "ModifyCenBandwidthPackageSpec", ModifyCenBandwidthPackageSpecRequest.class, BandwidthPlanOperations::modifySpec)
        .register(
            "SetCenInterRegionBandwidthLimit",
            SetCenInterRegionBandwidthLimitRequest.class,
            BandwidthPlanOperations::setLimit);
  }

  static BandwidthPlan create(Txn txn, CreateCenBandwidthPackageRequest r) {
    BandwidthPlan plan =
        BandwidthPlan.builder()
            .id(txn.newId(BandwidthPackageId.KIND, BandwidthPackageId::of))
            .bandwidth(Bandwidth.ofMbps(r.bandwidth()))
            .areaA(r.geographicRegionA())
            .areaB(r.geographicRegionB())
            .chargeType(r.chargeType())
            .name(r.name())
            .description(r.description())
            .build();
    txn.update(s -> s.withCen(c -> c.withBandwidthPlan(plan)));
    return plan;
  }

  static BandwidthPlan associate(Txn txn, AssociateCenBandwidthPackageRequest r) {
    Lookups.cen(txn.state(), r.cenId());
    BandwidthPlan plan = Lookups.bandwidthPlan(txn.state(), r.bandwidthPackageId());
    BandwidthRules.r24PlanUsable(plan);
    BandwidthRules.r16PlanNotAssociated(plan);
    BandwidthRules.r15OnePlanPerAreaPair(txn.state(), r.cenId(), plan);
    BandwidthPlan associated = plan.toBuilder().cenId(r.cenId()).build();
    txn.update(s -> s.withCen(c -> c.withBandwidthPlan(associated)));
    return associated;
  }

  static BandwidthPlan unassociate(Txn txn, UnassociateCenBandwidthPackageRequest r) {
    Lookups.cen(txn.state(), r.cenId());
    BandwidthPlan plan = Lookups.bandwidthPlan(txn.state(), r.bandwidthPackageId());
    BandwidthRules.associatedWith(plan, r.cenId());
    BandwidthRules.r23NoLimitsDrawing(txn.state(), plan);
    TransitRouterRules.e28NoPeersDrawing(txn.state(), plan);
    BandwidthPlan idle = plan.toBuilder().cenId(Optional.empty()).build();
    txn.update(s -> s.withCen(c -> c.withBandwidthPlan(idle)));
    return idle;
  }

  static BandwidthPlan delete(Txn txn, DeleteCenBandwidthPackageRequest r) {
    BandwidthPlan plan = Lookups.bandwidthPlan(txn.state(), r.bandwidthPackageId());
    BandwidthRules.r23PlanDeletable(txn.state(), plan);
    TransitRouterRules.e28NoPeersDrawing(txn.state(), plan);
    txn.update(s -> s.withCen(c -> c.withoutBandwidthPlan(plan.id())));
    return plan;
  }

  static BandwidthPlan modifySpec(Txn txn, ModifyCenBandwidthPackageSpecRequest r) {
    BandwidthPlan plan = Lookups.bandwidthPlan(txn.state(), r.bandwidthPackageId());
    BandwidthRules.r22DowngradeCoversLimits(txn.state(), plan, r.bandwidth());
    TransitRouterRules.e28DowngradeCoversPeers(txn.state(), plan, r.bandwidth());
    BandwidthPlan resized = plan.toBuilder().bandwidth(Bandwidth.ofMbps(r.bandwidth())).build();
    txn.update(s -> s.withCen(c -> c.withBandwidthPlan(resized)));
    return resized;
  }

  static Optional<InterRegionBandwidthLimit> setLimit(Txn txn, SetCenInterRegionBandwidthLimitRequest r) {
    Lookups.cen(txn.state(), r.cenId());
    TransitRouterRules.e29BasicBandwidthOnly(txn.state(), r.cenId());
    RegionPair regions = BandwidthRules.r21RegionsDiffer(r.localRegion(), r.oppositeRegion());
    if (r.bandwidthLimit() == 0) {
      // R20: 0 removes the allocation; the pair falls back to the test bandwidth (R12).
      String key = InterRegionBandwidthLimit.key(r.cenId(), regions);
      if (txn.state().cen().bandwidthLimits().containsKey(key)) {
        txn.update(s -> s.withCen(c -> c.withoutBandwidthLimit(key)));
      }
      return Optional.empty();
    }
    BandwidthRules.n1BothRegionsAttached(txn.state(), r.cenId(), regions);
    BandwidthPlan plan = BandwidthRules.r17r18PlanForRegions(txn.state(), r.cenId(), regions);
    BandwidthRules.r19LimitWithinPlan(txn.state(), r.cenId(), plan, regions, r.bandwidthLimit());
    InterRegionBandwidthLimit limit =
        InterRegionBandwidthLimit.builder()
            .cenId(r.cenId())
            .regions(regions)
            .bandwidthLimit(Bandwidth.ofMbps(r.bandwidthLimit()))
            .bandwidthPackageId(plan.id())
            .build();
    txn.update(s -> s.withCen(c -> c.withBandwidthLimit(limit)));
    return Optional.of(limit);
  }
}
