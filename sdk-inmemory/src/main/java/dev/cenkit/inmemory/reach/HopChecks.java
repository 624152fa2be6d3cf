package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks and hops shared by the trace and the diagnosis of a path: the CEN hop with its bandwidth, the
 * usability of a VBR and its circuit, data-center routes, and how components are named.
 */
final class HopChecks {
  private final Topology t;

  HopChecks(Topology topology) {
    this.t = topology;
  }

  Component networkOf(Place place) {
    if (place instanceof InVpc) {
      return Components.vpc(((InVpc) place).vpc());
    }
    if (place instanceof InDataCenter) {
      return Components.dataCenter(((InDataCenter) place).dataCenter());
    }
    return Components.vpc(((AtGateway) place).vpc());
  }

  boolean reachesGateway(Vpc v, AtGateway g) {
    return v.id().equals(g.vpc().id()) || v.region().equals(g.region());
  }

  /** Records the CEN hop between two regions; a missing allocation is a test-only blocker with its fix. */
  boolean bandwidthHop(PathBuilder path, Optional<CenId> cen, RegionId from, RegionId to) {
    Optional<Bandwidth> allocated =
        from.equals(to) ? Optional.empty() : cen.flatMap(c -> CenBandwidth.allocated(t.snapshot(), c, from, to));
    return bandwidthHop(path, cen, from, to, allocated);
  }

  /**
   * Records the CEN hop between two regions given the pair's allocated bandwidth (the bandwidth of the CEN's
   * implicit inter-region connection, {@link dev.cenkit.inmemory.routing.BasicRouters#bandwidth}); a missing
   * allocation is a test-only blocker with its fix.
   */
  boolean bandwidthHop(PathBuilder path, Optional<CenId> cen, RegionId from, RegionId to, Optional<Bandwidth> allocated) {
    if (cen.isEmpty()) {
      // No CEN yet: the NOT_IN_SAME_CEN fix creates one; its bandwidth is judged once it exists.
      return true;
    }
    if (from.equals(to)) {
      if (path.recordsHops()) {
        path.hop(cenComponent(cen.get(), Optional.of(from)), "same region " + from + ": no bandwidth plan needed",
            Optional.of(RuleId.R9), Optional.empty());
      }
      return true;
    }
    if (allocated.isPresent()) {
      if (path.recordsHops()) {
        path.hop(cenComponent(cen.get(), Optional.of(from)), from + " -> " + to + ": allocated inter-region bandwidth",
            Optional.of(RuleId.R19), allocated);
      }
      return true;
    }
    Component at = cenComponent(cen.get(), Optional.of(from));
    path.hop(at, from + " -> " + to + ": no allocated bandwidth, 1 Kbit/s for tests", Optional.of(RuleId.R12), Optional.of(Bandwidth.TEST_ONLY));
    Optional<RegionId> unknownArea = java.util.stream.Stream.of(from, to).filter(r -> r.knownArea().isEmpty()).findFirst();
    if (unknownArea.isPresent()) {
      // D8: no bandwidth plan covers a region of unknown area, so there is no fix to propose.
      path.block(
          BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY,
          at,
          RuleId.D8,
          "no bandwidth is allocated between " + dev.cenkit.model.cen.RegionPair.of(from, to).first() + " and "
              + dev.cenkit.model.cen.RegionPair.of(from, to).second() + " in " + Names.cen(t.snapshot(), cen.get()) + ", and none can be: "
              + unknownArea.get() + " has no documented bandwidth-plan area, so no bandwidth plan covers it",
          List.of());
      return true;
    }
    dev.cenkit.model.cen.AreaPair areas = dev.cenkit.model.cen.RegionPair.of(from, to).areas();
    if (path.recordsHops() && t.snapshot().cen().bandwidthPlansOf(cen.get()).stream().noneMatch(p -> p.areas().equals(areas))) {
      path.note(BlockerCode.NO_BANDWIDTH_PLAN_FOR_AREA_PAIR, at, RuleId.R18,
          Names.cen(t.snapshot(), cen.get()) + " has no bandwidth plan for " + areas + ", so no bandwidth can be allocated between "
              + dev.cenkit.model.cen.RegionPair.of(from, to).first() + " and " + dev.cenkit.model.cen.RegionPair.of(from, to).second());
    }
    path.blockBandwidth(
        at,
        "no bandwidth is allocated between " + dev.cenkit.model.cen.RegionPair.of(from, to).first() + " and "
            + dev.cenkit.model.cen.RegionPair.of(from, to).second() + " in " + Names.cen(t.snapshot(), cen.get()),
        cen.get(),
        dev.cenkit.model.cen.RegionPair.of(from, to));
    return true;
  }

  /** R43, R44: the VBR is active and its circuit Enabled; otherwise blockers with fixes. */
  boolean vbrUsable(PathBuilder path, Vbr b) {
    boolean ok = true;
    if (b.status() != VbrStatus.ACTIVE) {
      List<dev.cenkit.reach.Fix> recover =
          b.status() == VbrStatus.TERMINATED
              ? List.of(dev.cenkit.reach.Fix.of("recover " + Names.vbr(b),
                  Fixes.of(dev.cenkit.spi.expressconnect.RecoverVirtualBorderRouterRequest.builder().vbrId(b.id()).build())))
              : List.of();
      path.block(BlockerCode.VBR_NOT_ACTIVE, Components.vbr(b), RuleId.R44, Names.vbr(b) + " is " + b.status().apiValue(), recover);
      ok = false;
    }
    Optional<PhysicalConnection> pc = t.circuitOf(b);
    if (pc.isPresent() && pc.get().status() != PhysicalConnectionStatus.ENABLED) {
      path.block(
          BlockerCode.CIRCUIT_NOT_ENABLED,
          Components.circuit(pc.get()),
          RuleId.R43,
          "circuit " + pc.get().id() + " of " + Names.vbr(b) + " is " + pc.get().status().apiValue() + ", not Enabled",
          Fixes.enable(pc.get()));
      ok = false;
    }
    return ok;
  }

  Optional<DataCenterRoute> dataCenterRoute(DataCenter dc, Ipv4Address dst) {
    DataCenterRoute best = null;
    for (DataCenterRoute r : dc.routes()) {
      if (r.destination().contains(dst) && (best == null || r.destination().prefixLength() > best.destination().prefixLength())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  Component component(NetworkInstanceId id, String name, RegionId region) {
    if (id instanceof VpcId) {
      return t.vpc((VpcId) id).map(Components::vpc).orElse(Component.of(ComponentKind.VPC, id.value(), name, Optional.of(region)));
    }
    return t.vbr((VbrId) id).map(Components::vbr).orElse(Component.of(ComponentKind.VBR, id.value(), name, Optional.of(region)));
  }

  Optional<RegionId> regionOf(NetworkInstanceId id) {
    if (id instanceof VpcId) {
      return t.vpc((VpcId) id).map(Vpc::region);
    }
    if (id instanceof VbrId) {
      return t.vbr((VbrId) id).map(Vbr::region);
    }
    return Optional.empty();
  }

  Component cenComponent(CenId cen, Optional<RegionId> region) {
    Map<Optional<RegionId>, Component> ofCen =
        Topology.cached(cenComponents, cen, c -> new java.util.concurrent.ConcurrentHashMap<>());
    return Topology.cached(ofCen, region, r -> {
      CenInstance instance = t.snapshot().cen().cens().get(cen);
      return instance == null
          ? Component.of(ComponentKind.CEN, cen.value(), cen.value(), r)
          : Components.cen(instance, r);
    });
  }

  /** The CEN components named so far, by CEN and region (the snapshot is fixed, so they are too). */
  private final Map<CenId, Map<Optional<RegionId>, Component>> cenComponents = new java.util.concurrent.ConcurrentHashMap<>();
}
