package dev.cenkit.inmemory.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Question;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import java.util.Optional;

/**
 * The reachability engine of the in-memory cloud. It walks the intended path of a question through the
 * effective route tables of one snapshot ({@link Topology}, derived once per snapshot), records a hop for
 * each component passed, and where something blocks, records a blocker with its rule and fixes and carries
 * on as if it were fixed, so that every blocker along the path is reported, there and back.
 */
public final class ReachabilityEngine implements ReachabilityAnalyzer {
  private final Topology topology;

  private ReachabilityEngine(Snapshot snapshot) {
    this.topology = new Topology(snapshot);
  }

  /** An engine answering from {@code snapshot}. */
  public static ReachabilityEngine of(Snapshot snapshot) {
    return new ReachabilityEngine(snapshot);
  }

  /** The snapshot the answers are read from. */
  public Snapshot snapshot() {
    return topology.snapshot();
  }

  @Override
  public long snapshotVersion() {
    return topology.snapshot().version();
  }

  @Override
  public ReachabilityAnswer answer(Question question) {
    if (question instanceof NetworkQuestion) {
      return network((NetworkQuestion) question);
    }
    throw ErrorCode.NOT_MODELED.exception(
        null, "questions of type " + question.getClass().getSimpleName() + " are not answered yet", question.describe());
  }

  private ReachabilityAnswer network(NetworkQuestion q) {
    PathBuilder path = new PathBuilder();
    Optional<Located> src = locate(q.source(), path);
    Optional<Located> dst = locate(q.destination(), path);
    if (src.isPresent() && dst.isPresent()) {
      path.on(Leg.NETWORK, Direction.FORWARD);
      walk(path, src.get(), dst.get());
      path.on(Leg.NETWORK, Direction.RETURN);
      walk(path, dst.get(), src.get());
    }
    return path.answer(q, snapshotVersion());
  }

  /** An endpoint resolved to its network and the vSwitch holding its address. */
  private record Located(Vpc vpc, VSwitch vSwitch, Ipv4Address address) {}

  private Optional<Located> locate(Endpoint endpoint, PathBuilder path) {
    if (endpoint instanceof VpcHost) {
      VpcHost host = (VpcHost) endpoint;
      Optional<Vpc> vpc = topology.vpc(host.vpcId());
      Component here = Components.host(host.address(), vpc.map(Vpc::region));
      if (vpc.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, here, null, "VPC " + host.vpcId() + " does not exist", List.of());
        return Optional.empty();
      }
      Optional<VSwitch> vsw = topology.vSwitchContaining(host.vpcId(), host.address());
      if (vsw.isEmpty()) {
        path.block(
            BlockerCode.ADDRESS_NOT_IN_NETWORK,
            Components.vpc(vpc.get()),
            RuleId.R37,
            host.address() + " is not inside any vSwitch of VPC '" + vpc.get().displayName() + "'",
            List.of());
        return Optional.empty();
      }
      return Optional.of(new Located(vpc.get(), vsw.get(), host.address()));
    }
    throw ErrorCode.NOT_MODELED.exception(null, "endpoints of type " + endpoint.getClass().getSimpleName() + " are not modelled", endpoint.describe());
  }

  /** One direction, from {@code from} to {@code to}. */
  private void walk(PathBuilder path, Located from, Located to) {
    Vpc a = from.vpc();
    Vpc b = to.vpc();
    path.hop(Components.host(from.address(), Optional.of(a.region())), "source, in vSwitch " + from.vSwitch().id());
    Optional<EffectiveRoute> route = Topology.longestMatch(topology.vpcRoutes(a), to.address());
    if (a.id().equals(b.id())) {
      deliver(path, to);
      return;
    }
    if (route.isPresent() && route.get().kind() == RouteKind.VSWITCH) {
      path.block(
          BlockerCode.ROUTE_CONFLICT,
          Components.vpc(a),
          RuleId.R28,
          to.address() + " lies in VPC '" + a.displayName() + "''s own " + route.get().description()
              + ", which always wins inside that VPC (D4): the address space overlaps VPC '" + b.displayName() + "'",
          List.of());
    }
    Optional<CenAttachment> atA = topology.attachment(a.id());
    Optional<CenAttachment> atB = topology.attachment(b.id());
    Optional<CenId> cen = sameCen(path, a, b, atA, atB);
    // Once the blocker is fixed, the pair shares the CEN one of them is already in (if only one is).
    Optional<CenId> shared = cen.or(() -> atA.isPresent() != atB.isPresent() ? atA.or(() -> atB).map(CenAttachment::cenId) : Optional.empty());
    if (cen.isPresent()) {
      if (route.isPresent() && route.get().kind() == RouteKind.CEN_LEARNED
          && route.get().origin().map(o -> o.value().equals(b.id().value())).orElse(false)) {
        path.hop(Components.vpc(a), "route " + route.get().description(), Optional.of(RuleId.R25), Optional.empty());
      } else {
        explainMissingLearnedRoute(path, a, b, to, cen.get(), route);
      }
    }
    crossCen(path, shared, a.region(), b.region());
    deliver(path, to);
  }

  /** The CEN both VPCs are in, or a NOT_IN_SAME_CEN blocker and the CEN they would share once fixed. */
  private Optional<CenId> sameCen(
      PathBuilder path, Vpc a, Vpc b, Optional<CenAttachment> atA, Optional<CenAttachment> atB) {
    if (atA.isPresent() && atB.isPresent() && atA.get().cenId().equals(atB.get().cenId())) {
      return Optional.of(atA.get().cenId());
    }
    if (a.id().compareTo(b.id()) > 0) {
      // The same pair blocks both directions: name it the same way so it is reported once.
      return sameCen(path, b, a, atB, atA);
    }
    String message;
    List<Fix> fixes;
    Component where;
    if (atA.isEmpty() && atB.isEmpty()) {
      where = Components.vpc(a);
      message = "neither VPC '" + a.displayName() + "' nor VPC '" + b.displayName() + "' is attached to a CEN";
      fixes = List.of(Fixes.newCenFor(a, b));
    } else if (atA.isPresent() && atB.isPresent()) {
      where = Components.vpc(b);
      message = "VPC '" + a.displayName() + "' is in CEN " + atA.get().cenId() + " but VPC '" + b.displayName()
          + "' is in CEN " + atB.get().cenId() + "; different CENs are isolated";
      fixes = List.of();
    } else {
      Vpc missing = atA.isEmpty() ? a : b;
      CenId cen = atA.orElseGet(atB::get).cenId();
      where = Components.vpc(missing);
      message = "VPC '" + missing.displayName() + "' is not attached to CEN " + cen + ", which VPC '"
          + (missing == a ? b : a).displayName() + "' is attached to";
      fixes = List.of(Fixes.attach(missing, cen));
    }
    path.block(BlockerCode.NOT_IN_SAME_CEN, where, RuleId.R10, message, fixes);
    return Optional.empty();
  }

  private void explainMissingLearnedRoute(
      PathBuilder path, Vpc a, Vpc b, Located to, CenId cen, Optional<EffectiveRoute> route) {
    Optional<CenDomain.Advertised> winner = topology.domain(cen).longestMatch(to.address());
    Component at = Components.vpc(a);
    if (winner.isPresent() && !winner.get().origin().childInstanceId().value().equals(b.id().value())) {
      path.block(
          BlockerCode.ROUTE_CONFLICT,
          cenComponent(cen, Optional.of(a.region())),
          RuleId.R28,
          "in CEN " + cen + " the route " + winner.get().prefix() + " for " + to.address() + " is advertised by "
              + winner.get().origin().childInstanceId().value() + ", not by VPC '" + b.displayName()
              + "' (identical or more specific prefixes win, D4)",
          List.of());
    } else if (route.isPresent() && route.get().kind() != RouteKind.VSWITCH) {
      path.block(
          BlockerCode.ROUTE_CONFLICT,
          at,
          RuleId.R28,
          "VPC '" + a.displayName() + "' sends " + to.address() + " by " + route.get().description()
              + " instead of to VPC '" + b.displayName() + "'",
          List.of());
    } else if (route.isEmpty()) {
      path.block(
          BlockerCode.NO_ROUTE,
          at,
          RuleId.R25,
          "VPC '" + a.displayName() + "' has no route to " + to.address(),
          List.of());
    }
  }

  /** The hop through the CEN between two regions, with its bandwidth. */
  private void crossCen(PathBuilder path, Optional<CenId> cen, RegionId from, RegionId to) {
    Component at = cen.map(c -> cenComponent(c, Optional.of(from))).orElse(
        Component.of(dev.cenkit.reach.ComponentKind.CEN, "(new CEN)", "(new CEN)", Optional.of(from)));
    if (from.equals(to)) {
      path.hop(at, "same region " + from + ": no bandwidth plan needed", Optional.of(RuleId.R9), Optional.empty());
      return;
    }
    Optional<Bandwidth> allocated = cen.flatMap(c -> CenBandwidth.allocated(topology.snapshot(), c, from, to));
    if (allocated.isPresent()) {
      path.hop(at, from + " -> " + to + ": allocated inter-region bandwidth", Optional.of(RuleId.R19), allocated);
    } else {
      path.hop(at, from + " -> " + to + ": no allocated bandwidth, 1 Kbit/s for tests", Optional.of(RuleId.R12), Optional.of(Bandwidth.TEST_ONLY));
      path.block(
          BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY,
          at,
          RuleId.R12,
          "no bandwidth is allocated between " + from + " and " + to + (cen.isPresent() ? " in CEN " + cen.get() : ""),
          cen.map(c -> CenBandwidth.fixes(topology.snapshot(), c, from, to)).orElse(List.of()));
    }
  }

  private void deliver(PathBuilder path, Located to) {
    path.hop(Components.vpc(to.vpc()), "delivered locally: vSwitch " + to.vSwitch().id() + " (" + to.vSwitch().cidrBlock() + ")", Optional.of(RuleId.R37), Optional.empty());
    path.hop(Components.host(to.address(), Optional.of(to.vpc().region())), "destination");
  }

  private Component cenComponent(CenId cen, Optional<RegionId> region) {
    CenInstance instance = topology.snapshot().cen().cens().get(cen);
    return instance == null
        ? Component.of(dev.cenkit.reach.ComponentKind.CEN, cen.value(), cen.value(), region)
        : Components.cen(instance, region);
  }
}
