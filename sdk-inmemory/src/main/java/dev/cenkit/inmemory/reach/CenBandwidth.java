package dev.cenkit.inmemory.reach;

import dev.cenkit.dsl.BandwidthPlanSpec;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.Step;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.reach.Fix;
import dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bandwidth a CEN gives a region pair (R12, R18-R20): the inter-region limit when one is set, else only
 * the 1 Kbit/s test bandwidth; and the fix that allocates some.
 */
final class CenBandwidth {
  /** What a fix allocates when it has to choose: the scenario document's 2 Mbit/s. */
  static final long DEFAULT_MBPS = 2;

  private CenBandwidth() {}

  /** The allocated inter-region limit of the pair in the CEN, if any. */
  static Optional<Bandwidth> allocated(Snapshot s, CenId cen, RegionId a, RegionId b) {
    return s.cen().bandwidthLimit(cen, RegionPair.of(a, b)).map(InterRegionBandwidthLimit::bandwidthLimit);
  }

  /**
   * A spec that allocates bandwidth to the pair: from the associated plan of the pair's areas if it has room
   * (growing it by 2 Mbit/s if not), or a new 2 Mbit/s plan for those areas.
   */
  static List<Fix> fixes(Snapshot s, CenId cen, RegionId x, RegionId y) {
    // The same pair in both directions: name it one way, so both directions propose the same fix.
    RegionId a = RegionPair.of(x, y).first();
    RegionId b = RegionPair.of(x, y).second();
    AreaPair areas = RegionPair.of(a, b).areas();
    Optional<BandwidthPlan> plan =
        s.cen().bandwidthPlansOf(cen).stream().filter(p -> p.areas().equals(areas)).findFirst();
    if (plan.isEmpty()) {
      BandwidthPlanSpec spec =
          BandwidthPlanSpec.of(DEFAULT_MBPS).between(areas.first(), areas.second()).allocate(a, b, DEFAULT_MBPS);
      return List.of(
          Fix.of(
              "buy a " + DEFAULT_MBPS + " Mbit/s " + areas + " bandwidth plan for CEN " + cen + " and allocate "
                  + DEFAULT_MBPS + " Mbit/s between " + a + " and " + b,
              spec.forCen(cen)));
    }
    BandwidthPlan p = plan.get();
    long used = s.cen().bandwidthLimitsDrawingOn(p.id()).stream().mapToLong(l -> l.bandwidthLimit().mbps()).sum();
    long free = p.bandwidth().mbps() - used;
    List<Step<?>> steps = new ArrayList<>();
    String grow = "";
    long allocate = Math.max(1, Math.min(free, DEFAULT_MBPS));
    if (free < 1) {
      ModifyCenBandwidthPackageSpecRequest modify =
          ModifyCenBandwidthPackageSpecRequest.builder().bandwidthPackageId(p.id()).bandwidth(p.bandwidth().mbps() + DEFAULT_MBPS).build();
      steps.add(Step.of(modify.describe(), bindings -> modify));
      grow = "grow plan " + p.id() + " to " + (p.bandwidth().mbps() + DEFAULT_MBPS) + " Mbit/s and ";
      allocate = DEFAULT_MBPS;
    }
    SetCenInterRegionBandwidthLimitRequest set =
        SetCenInterRegionBandwidthLimitRequest.builder().cenId(cen).localRegion(a).oppositeRegion(b).bandwidthLimit(allocate).build();
    steps.add(Step.of(set.describe(), bindings -> set));
    Spec spec = Spec.empty();
    for (Step<?> step : steps) {
      spec = spec.plus(step);
    }
    return List.of(Fix.of(grow + "allocate " + allocate + " Mbit/s between " + a + " and " + b + " from plan " + p.id(), spec));
  }
}
