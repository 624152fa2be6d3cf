package dev.cenkit.inmemory.reach;

import dev.cenkit.dsl.BandwidthPlanSpec;
import dev.cenkit.dsl.Cenkit;
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
import dev.cenkit.spi.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bandwidth a CEN gives a region pair (R12, R18-R20): the inter-region limit when one is set, else only
 * the 1 Kbit/s test bandwidth; and the fix that allocates some.
 */
final class CenBandwidth {
  /** What a fix allocates when it has to choose: the scenario document's 2 Mbit/s. */
  static final long DEFAULT_MBPS = 2;

  /**
   * Why a fix proposes {@value #DEFAULT_MBPS} Mbit/s: a question carries no traffic rate, and it is the smallest
   * plan Alibaba Cloud sells (R13).
   */
  static final String SIZE_REASON =
      " (" + DEFAULT_MBPS + " Mbit/s a region pair: the question names no rate and " + DEFAULT_MBPS
          + " Mbit/s is the smallest plan sold, R13; size it for your traffic)";

  private CenBandwidth() {}

  /** The allocated inter-region limit of the pair in the CEN, if any. */
  static Optional<Bandwidth> allocated(Snapshot s, CenId cen, RegionId a, RegionId b) {
    return s.cen().bandwidthLimit(cen, RegionPair.of(a, b)).map(InterRegionBandwidthLimit::bandwidthLimit);
  }

  /**
   * The fix that allocates {@value #DEFAULT_MBPS} Mbit/s to each of {@code pairs}, all of one area pair of the
   * CEN: from the associated plan of those areas, grown first if it lacks room (R19, R22), or from one new plan
   * for those areas that covers them all (R13, R15).
   */
  static List<Fix> fixes(Snapshot s, CenId cen, List<RegionPair> pairs) {
    AreaPair areas = pairs.get(0).areas();
    long needed = DEFAULT_MBPS * pairs.size();
    String between = pairs.stream().map(p -> p.first() + " and " + p.second()).collect(Collectors.joining(", "));
    Optional<BandwidthPlan> plan =
        s.cen().bandwidthPlansOf(cen).stream().filter(p -> p.areas().equals(areas)).findFirst();
    if (plan.isEmpty()) {
      BandwidthPlanSpec spec = Cenkit.bandwidthPlan(Math.max(2, needed)).between(areas.first(), areas.second());
      for (RegionPair p : pairs) {
        spec = spec.allocate(p.first(), p.second(), DEFAULT_MBPS);
      }
      return List.of(
          Fix.of(
              "buy a " + Math.max(2, needed) + " Mbit/s " + areas + " bandwidth plan for " + Names.cen(s, cen) + " and allocate "
                  + DEFAULT_MBPS + " Mbit/s between " + between + SIZE_REASON,
              spec.forCen(cen)));
    }
    BandwidthPlan p = plan.get();
    long used = s.cen().bandwidthLimitsDrawingOn(p.id()).stream().mapToLong(l -> l.bandwidthLimit().mbps()).sum();
    long free = p.bandwidth().mbps() - used;
    List<Operation<?>> operations = new ArrayList<>();
    String grow = "";
    if (free < needed) {
      long size = used + needed;
      ModifyCenBandwidthPackageSpecRequest modify =
          ModifyCenBandwidthPackageSpecRequest.builder().bandwidthPackageId(p.id()).bandwidth(size).build();
      operations.add(modify);
      grow = "grow " + Names.plan(s, p.id()) + " to " + size + " Mbit/s and ";
    }
    for (RegionPair pair : pairs) {
      SetCenInterRegionBandwidthLimitRequest set =
          SetCenInterRegionBandwidthLimitRequest.builder()
              .cenId(cen).localRegion(pair.first()).oppositeRegion(pair.second()).bandwidthLimit(DEFAULT_MBPS).build();
      operations.add(set);
    }
    return List.of(
        Fix.of(grow + "allocate " + DEFAULT_MBPS + " Mbit/s between " + between + " from " + Names.plan(s, p.id()) + SIZE_REASON,
            Fixes.of(operations)));
  }
}
