package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.Fix;
import java.util.List;
import java.util.Optional;

/**
 * Where a trace fails, works out the intended path between the two places and reports every blocker on it,
 * each with its rule and fixes, carrying on as if each were fixed.
 */
final class PathDiagnoser {
  private final Topology t;
  private final HopChecks checks;

  PathDiagnoser(Topology topology, HopChecks checks) {
    this.t = topology;
    this.checks = checks;
  }

  /** Reports every blocker on the intended path from {@code from} to {@code to}. */
  void diagnose(PathBuilder path, Place from, Place to) {
    if (from instanceof InDataCenter && to instanceof InDataCenter) {
      DataCenter a = ((InDataCenter) from).dataCenter();
      DataCenter b = ((InDataCenter) to).dataCenter();
      path.block(
          BlockerCode.DATA_CENTER_TO_DATA_CENTER_DENIED,
          Components.dataCenter(a),
          RuleId.D15,
          "traffic from data center '" + a.name() + "' to '" + b.name() + "' through a CEN is denied by the default route map",
          List.of());
      return;
    }
    if (from instanceof InDataCenter) {
      diagnoseFromDataCenter(path, (InDataCenter) from, to);
      return;
    }
    Vpc start = from instanceof InVpc ? ((InVpc) from).vpc() : ((AtGateway) from).vpc();
    if (to instanceof InVpc) {
      diagnoseVpcToVpc(path, start, (InVpc) to);
    } else if (to instanceof InDataCenter) {
      diagnoseVpcToDataCenter(path, start, from, (InDataCenter) to);
    } else if (((AtGateway) to).egressInVpc()) {
      // vpc_connect: the egress address is an address of the gateway's VPC, reached like any host there (R53).
      AtGateway g = (AtGateway) to;
      Optional<VSwitch> vsw = vSwitchOf(g);
      if (vsw.isPresent() && !start.id().equals(g.vpc().id())) {
        diagnoseVpcToVpc(path, start, new InVpc(g.vpc(), vsw.get(), g.address()));
      }
    } else {
      AtGateway g = (AtGateway) to;
      if (!checks.reachesGateway(start, g)) {
        path.block(
            BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS,
            Components.vpc(start),
            RuleId.R26,
            "VPC '" + start.displayName() + "' sends " + g.address() + " to the cloud services of " + start.region()
                + ", not to the gateway in " + g.region() + " (100.64.0.0/10 is never advertised through a CEN)",
            List.of());
      }
    }
  }

  private void diagnoseVpcToVpc(PathBuilder path, Vpc a, InVpc to) {
    Vpc b = to.vpc();
    Optional<EffectiveRoute> route = t.vpcRoute(a, to.address());
    if (route.isPresent() && route.get().kind() == RouteKind.VSWITCH && t.attachment(a.id()).isPresent()) {
      path.block(
          BlockerCode.ROUTE_CONFLICT,
          Components.vpc(a),
          RuleId.R28,
          to.address() + " lies in VPC '" + a.displayName() + "''s own " + route.get().description()
              + ", which always wins inside that VPC (D4): the address space overlaps VPC '" + b.displayName() + "'",
          List.of());
    } else if (route.isPresent() && route.get().kind() == RouteKind.VSWITCH) {
      // In no CEN there is no route conflict: the address is simply one of the VPC's own, delivered locally.
      path.block(
          BlockerCode.NO_ROUTE,
          Components.vpc(a),
          RuleId.R37,
          to.address() + " lies in VPC '" + a.displayName() + "''s own " + route.get().description()
              + ", so it is delivered locally there and never leaves for VPC '" + b.displayName()
              + "': the address space overlaps",
          List.of());
    }
    Optional<CenId> cen = sameCen(path, a.id(), a.displayName(), a.region(), b.id(), b.displayName(), b.region());
    if (cen.isPresent()) {
      explainCenRoute(path, a.id(), a.displayName(), a.region(), b.id(), "VPC '" + b.displayName() + "'", to.address(), cen.get(), route);
    }
    checks.bandwidthHop(path, sharedCen(path, a.id(), b.id()), a.region(), b.region());
  }

  private void diagnoseVpcToDataCenter(PathBuilder path, Vpc a, Place from, InDataCenter to) {
    Ipv4Address source = from.address();
    DataCenter dc = to.dataCenter();
    List<Vbr> vbrs = t.vbrsOf(dc);
    if (vbrs.isEmpty()) {
      noVbr(path, dc, to.address(), a, vpcSide(from));
      return;
    }
    Optional<Vbr> viaRi = vbrs.stream().filter(v -> t.routerInterfaceBetween(a.id(), v.id()).isPresent()).findFirst();
    Vbr vbr = chooseVbr(dc, vbrs, a, source);
    checks.vbrUsable(path, vbr);
    if (vbrRoute(vbr, to.address()).isEmpty()) {
      path.block(BlockerCode.NO_ROUTE, Components.vbr(vbr), RuleId.D10,
          "VBR " + vbr.id() + " has no static route to " + to.address() + " in data center '" + dc.name() + "'",
          List.of(Fixes.vbrRoute(vbr, to.prefix())));
    }
    if (viaRi.isPresent()) {
      Optional<EffectiveRoute> route = t.vpcRoute(a, to.address());
      if (route.isEmpty() || route.get().kind() != RouteKind.ROUTER_INTERFACE) {
        path.block(BlockerCode.NO_ROUTE, Components.vpc(a), RuleId.R38,
            "VPC '" + a.displayName() + "' has no custom route for " + to.address() + " to its router interface towards VBR " + vbr.id(),
            List.of());
      }
      return;
    }
    Optional<CenId> cen = sameCen(path, a.id(), a.displayName(), a.region(), vbr.id(), "VBR " + vbr.id(), vbr.region());
    if (cen.isPresent()) {
      Optional<EffectiveRoute> route = t.vpcRoute(a, to.address());
      explainCenRoute(path, a.id(), a.displayName(), a.region(), vbr.id(), "VBR " + vbr.id(), to.address(), cen.get(), route);
    }
    checks.bandwidthHop(path, sharedCen(path, a.id(), vbr.id()), a.region(), vbr.region());
  }

  private void diagnoseFromDataCenter(PathBuilder path, InDataCenter from, Place to) {
    DataCenter dc = from.dataCenter();
    List<Vbr> vbrs = t.vbrsOf(dc);
    Optional<DataCenterRoute> dcRoute = checks.dataCenterRoute(dc, to.address());
    Vpc target = to instanceof InVpc ? ((InVpc) to).vpc() : ((AtGateway) to).vpc();
    Optional<Vbr> vbr = vbrs.isEmpty() ? Optional.empty() : Optional.of(chooseVbr(dc, vbrs, target, to.address()));
    Cidr wanted = vpcSide(to);
    if (vbr.isEmpty()) {
      noVbr(path, dc, from.address(), target, wanted);
      return;
    }
    Vbr b = vbr.get();
    if (dcRoute.isEmpty()) {
      path.block(BlockerCode.NO_DATA_CENTER_ROUTE, Components.dataCenter(dc), RuleId.D10,
          "data center '" + dc.name() + "' sends no traffic for " + to.address() + " towards the cloud",
          List.of(Fixes.dataCenterRoute(dc, wanted, b)));
    }
    checks.vbrUsable(path, b);
    if (t.routerInterfaceBetween(b.id(), target.id()).isPresent()) {
      Optional<EffectiveRoute> route = t.vbrRoute(b, to.address());
      if (route.isEmpty() || route.get().kind() != RouteKind.ROUTER_INTERFACE) {
        path.block(BlockerCode.NO_ROUTE, Components.vbr(b), RuleId.R47,
            "VBR " + b.id() + " has no static route for " + to.address() + " to its router interface towards VPC '" + target.displayName() + "'",
            List.of());
      }
      return;
    }
    Optional<CenId> cen = sameCen(path, b.id(), "VBR " + b.id(), b.region(), target.id(), target.displayName(), target.region());
    if (to instanceof AtGateway && !((AtGateway) to).egressInVpc()) {
      diagnoseCloudServiceRoute(path, b, (AtGateway) to, cen.or(() -> sharedCenNow(b.id(), target.id())));
      return;
    }
    if (cen.isPresent()) {
      Optional<EffectiveRoute> route = t.vbrRoute(b, to.address());
      explainCenRoute(path, b.id(), "VBR " + b.id(), b.region(), target.id(), "VPC '" + target.displayName() + "'", to.address(), cen.get(), route);
    }
    checks.bandwidthHop(path, sharedCen(path, b.id(), target.id()), b.region(), target.region());
  }

  /** The block a data center routes to for a place in a VPC: its vSwitch, or the gateway's egress block. */
  private Cidr vpcSide(Place p) {
    if (p instanceof InVpc) {
      return ((InVpc) p).vSwitch().cidrBlock();
    }
    AtGateway g = (AtGateway) p;
    return g.instance().vpcEgressAddress()
        .or(() -> vSwitchOf(g).map(VSwitch::cidrBlock))
        .orElse(Cidr.of(p.address()));
  }

  /** The vSwitch of the gateway's VPC that holds its egress address, for a {@code vpc_connect} gateway. */
  private Optional<VSwitch> vSwitchOf(AtGateway g) {
    return t.snapshot().vpc().vSwitchesOf(g.vpc().id()).stream().filter(v -> v.cidrBlock().contains(g.address())).findFirst();
  }

  /**
   * No VBR connects the data center. If one of its circuits is not yet enabled (Initial or Confirmed, so no
   * VBR could be created on it), the circuit is named (R43); either way the fix, where a circuit exists, is the
   * steps that connect it: enable, create the VBR, attach it, route (the same fix in both directions).
   */
  private void noVbr(PathBuilder path, DataCenter dc, Ipv4Address dcSide, Vpc vpc, Cidr vpcPrefix) {
    List<PhysicalConnection> circuits = t.snapshot().expressConnect().circuitsOf(dc.id());
    Optional<PhysicalConnection> pending = circuits.stream().filter(pc -> pc.status().pending()).findFirst();
    Optional<PhysicalConnection> usable =
        pending.or(() -> circuits.stream().filter(pc -> pc.status() == PhysicalConnectionStatus.ENABLED).findFirst());
    Optional<CenId> cen = t.attachment(vpc.id()).map(CenAttachment::cenId);
    // A VPC with router interfaces cannot join a CEN (R7), so a VBR attached to one would not reach it.
    boolean canJoin = cen.isPresent() || !t.snapshot().expressConnect().usesRouterInterfaces(vpc.id());
    Cidr dcPrefix = dc.prefixes().stream().filter(p -> p.contains(dcSide)).findFirst().orElse(Cidr.of(dcSide));
    List<Fix> fixes =
        usable.isPresent() && canJoin
            ? List.of(Fixes.connectDataCenter(usable.get(), dc, dcPrefix, vpc, vpcPrefix, cen))
            : List.of();
    if (pending.isPresent()) {
      PhysicalConnection pc = pending.get();
      path.block(BlockerCode.CIRCUIT_NOT_ENABLED, Components.circuit(pc), RuleId.R43,
          "circuit " + pc.id() + " of data center '" + dc.name() + "' is " + pc.status().apiValue()
              + ", not Enabled, so no VBR can be created on it and nothing connects the data center",
          fixes);
    } else {
      path.block(BlockerCode.NO_ROUTE, Components.dataCenter(dc), RuleId.D10,
          "no Express Connect circuit with a VBR connects data center '" + dc.name() + "'", fixes);
    }
  }

  /** The return path of a VPC backend in a data center: a cloud-service route for the egress block (R31-R34). */
  private void diagnoseCloudServiceRoute(PathBuilder path, Vbr b, AtGateway g, Optional<CenId> cen) {
    Cidr egress = g.instance().vpcEgressAddress().orElse(Cidr.of(g.address()));
    List<CloudServiceRoute> routes = cen.map(c -> t.snapshot().expressConnect().cloudServiceRoutesOf(c)).orElse(List.of());
    Optional<CloudServiceRoute> covering = routes.stream().filter(r -> r.host().contains(g.address())).findFirst();
    Component at = cen.map(c -> checks.cenComponent(c, Optional.of(b.region()))).orElse(Components.vbr(b));
    if (covering.isPresent() && covering.get().accessRegion().equals(b.region()) && covering.get().hostVpcId().equals(g.vpc().id())) {
      return;
    }
    if (covering.isPresent() && !covering.get().accessRegion().equals(b.region())) {
      path.block(BlockerCode.CLOUD_SERVICE_ROUTE_REGION_MISMATCH, at, RuleId.R34,
          "the cloud-service route " + covering.get().host() + " serves " + covering.get().accessRegion()
              + ", but VBR " + b.id() + " is in " + b.region(),
          List.of());
      return;
    }
    // R32: the route goes into the CEN that holds the host VPC once this answer's fixes are applied: the CEN a
    // fix of this answer puts the VPC in (after that fix's steps), else the VPC's own CEN when it is the VBR's.
    Optional<PathBuilder.PlannedCen> planned = path.plannedCen(g.vpc().id());
    List<Fix> fixes;
    if (!b.region().equals(g.vpc().region())) {
      fixes = List.of();
    } else if (planned.isPresent()) {
      fixes = List.of(Fixes.routeServiceInPlanned(planned.get().cen(), planned.get().steps(), egress, g.vpc(), b.region()));
    } else if (cen.isPresent() && t.attachment(g.vpc().id()).map(CenAttachment::cenId).equals(cen)) {
      fixes = List.of(Fixes.routeService(t.snapshot(), cen.get(), egress, g.vpc(), b.region()));
    } else {
      fixes = List.of();
    }
    path.block(
        BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS,
        at,
        RuleId.R31,
        "replies to the gateway's egress block " + egress + " have no route: the CEN needs a cloud-service route for "
            + egress + " via VPC '" + g.vpc().displayName() + "' for " + b.region()
            + (b.region().equals(g.vpc().region()) ? "" : ", and VBR " + b.id() + " must be in " + g.vpc().region() + " (R34)"),
        fixes);
  }

  /**
   * The VBR the intended path between a data center and a VPC goes through, the same in both directions: one
   * with router interfaces to the VPC, else the one the data center routes the VPC-side address to, else one
   * attached to the VPC's CEN, else the first.
   */
  private Vbr chooseVbr(DataCenter dc, List<Vbr> vbrs, Vpc vpc, Ipv4Address vpcSide) {
    Optional<Vbr> viaRi = vbrs.stream().filter(v -> t.routerInterfaceBetween(vpc.id(), v.id()).isPresent()).findFirst();
    if (viaRi.isPresent()) {
      return viaRi.get();
    }
    Optional<Vbr> routed =
        checks.dataCenterRoute(dc, vpcSide).flatMap(r -> vbrs.stream().filter(v -> v.id().equals(r.vbrId())).findFirst());
    return routed.orElseGet(() -> preferAttachedTo(vbrs, t.attachment(vpc.id()).map(CenAttachment::cenId)));
  }

  private Vbr preferAttachedTo(List<Vbr> vbrs, Optional<CenId> cen) {
    return vbrs.stream()
        .filter(v -> cen.isPresent() && t.attachment(v.id()).map(a -> a.cenId().equals(cen.get())).orElse(false))
        .findFirst()
        .orElse(vbrs.get(0));
  }

  private Optional<EffectiveRoute> vbrRoute(Vbr vbr, Ipv4Address address) {
    return t.vbrRoute(vbr, address).filter(r -> r.kind() == RouteKind.DATA_CENTER);
  }

  /**
   * The CEN the two share once any NOT_IN_SAME_CEN blocker is fixed: the one either is in, if only one is. When
   * a fix of this answer puts either of them in another CEN (a new one, or a move), that CEN's bandwidth is
   * judged once the fix is applied, so none is named here (a bandwidth fix for the CEN they leave would be
   * refused, N1).
   */
  private Optional<CenId> sharedCen(PathBuilder path, NetworkInstanceId a, NetworkInstanceId b) {
    Optional<CenId> now = sharedCenNow(a, b);
    if (now.isPresent()) {
      for (NetworkInstanceId id : List.of(a, b)) {
        Optional<PathBuilder.PlannedCen> plan = path.plannedCen(id);
        if (plan.isPresent() && !plan.get().cen().existingId().equals(now)) {
          return Optional.empty();
        }
      }
    }
    return now;
  }

  /** The CEN the two share as the snapshot stands: the one either is in, if only one is. */
  private Optional<CenId> sharedCenNow(NetworkInstanceId a, NetworkInstanceId b) {
    Optional<CenId> ca = t.attachment(a).map(CenAttachment::cenId);
    Optional<CenId> cb = t.attachment(b).map(CenAttachment::cenId);
    if (ca.isPresent() && cb.isPresent()) {
      return ca.equals(cb) ? ca : Optional.empty();
    }
    return ca.or(() -> cb);
  }

  /** The CEN both are in, or a NOT_IN_SAME_CEN blocker (named the same way in both directions) with its fix. */
  private <A extends dev.cenkit.model.ResourceId & NetworkInstanceId, B extends dev.cenkit.model.ResourceId & NetworkInstanceId>
      Optional<CenId> sameCen(PathBuilder path, A a, String aName, RegionId aRegion, B b, String bName, RegionId bRegion) {
    Optional<CenAttachment> atA = t.attachment(a);
    Optional<CenAttachment> atB = t.attachment(b);
    if (atA.isPresent() && atB.isPresent() && atA.get().cenId().equals(atB.get().cenId())) {
      return Optional.of(atA.get().cenId());
    }
    if (a.value().compareTo(b.value()) > 0) {
      return sameCen(path, b, bName, bRegion, a, aName, aRegion);
    }
    if (!path.wantsFixes()) {
      // A verdict-only walk: the blocker is beyond bandwidth, so the summary is settled by it (its first blocker
      // is this or an earlier one, its verdict UNREACHABLE) and the fixes and plans that only steer later blockers
      // are not built.
      path.block(BlockerCode.NOT_IN_SAME_CEN, checks.component(b, bName, bRegion), RuleId.R10,
          "'" + aName + "' and '" + bName + "' are not in one CEN", List.of());
      return Optional.empty();
    }
    // A fix of this answer that puts an instance in a CEN decides where it is, attached or not: a later fix
    // builds on that CEN rather than on the one the instance is in now (else two fixes move it two ways).
    Optional<PathBuilder.PlannedCen> planA = path.plannedCen(a);
    Optional<PathBuilder.PlannedCen> planB = path.plannedCen(b);
    if (planA.isPresent() && planB.isPresent()) {
      if (!planA.get().cen().equals(planB.get().cen())) {
        path.block(BlockerCode.NOT_IN_SAME_CEN, checks.component(b, bName, bRegion), RuleId.R10,
            "other fixes of this answer put '" + aName + "' and '" + bName + "' in different CENs; different CENs are isolated",
            List.of());
      }
      return Optional.empty(); // another fix of this answer already puts both in one CEN
    }
    if (planA.isPresent() && atB.isPresent() && planA.get().cen().existingId().equals(Optional.of(atB.get().cenId()))
        || planB.isPresent() && atA.isPresent() && planB.get().cen().existingId().equals(Optional.of(atA.get().cenId()))) {
      return Optional.empty(); // another fix of this answer already attaches the other to this one's CEN
    }
    if (planA.isPresent() && atB.isPresent() || planB.isPresent() && atA.isPresent()) {
      // A fix of this answer puts one in another CEN than the other's: move the other there, after those steps.
      boolean aPlanned = planA.isPresent();
      PathBuilder.PlannedCen plan = aPlanned ? planA.get() : planB.get();
      CenId from = aPlanned ? atB.get().cenId() : atA.get().cenId();
      Fix fix = aPlanned
          ? Fixes.moveToPlanned(b, bName, bRegion, from, aName, plan.cen(), plan.steps())
          : Fixes.moveToPlanned(a, aName, aRegion, from, bName, plan.cen(), plan.steps());
      path.block(BlockerCode.NOT_IN_SAME_CEN, aPlanned ? checks.component(b, bName, bRegion) : checks.component(a, aName, aRegion),
          RuleId.R10, "'" + (aPlanned ? bName : aName) + "' is in " + Names.cen(t.snapshot(), from) + ", not in the CEN another fix puts '"
              + (aPlanned ? aName : bName) + "' in; different CENs are isolated", List.of(fix));
      path.planCen(aPlanned ? b : a, new PathBuilder.PlannedCen(plan.cen(), fix.spec()));
      return Optional.empty();
    }
    if (planA.isPresent() || planB.isPresent()) {
      // A fix of this answer already puts one of them in a CEN and the other is in none: attach the other to
      // that CEN, after those steps.
      boolean aPlanned = planA.isPresent();
      PathBuilder.PlannedCen plan = aPlanned ? planA.get() : planB.get();
      Fix fix = aPlanned
          ? Fixes.attachToPlanned(b, bName, bRegion, aName, plan.cen(), plan.steps())
          : Fixes.attachToPlanned(a, aName, aRegion, bName, plan.cen(), plan.steps());
      path.block(BlockerCode.NOT_IN_SAME_CEN, aPlanned ? checks.component(b, bName, bRegion) : checks.component(a, aName, aRegion),
          RuleId.R10, "'" + (aPlanned ? bName : aName) + "' is not attached to a CEN, and a fix of this answer puts '"
              + (aPlanned ? aName : bName) + "' in one", List.of(fix));
      PathBuilder.PlannedCen joined = new PathBuilder.PlannedCen(plan.cen(), fix.spec());
      path.planCen(a, joined);
      path.planCen(b, joined);
      return Optional.empty();
    }
    if (atA.isEmpty() && atB.isEmpty()) {
      dev.cenkit.dsl.CenSpec created = Fixes.newCen(a, aRegion, b, bRegion);
      Fix fix = Fixes.newCenFor(aName, bName, created);
      path.block(BlockerCode.NOT_IN_SAME_CEN, checks.component(a, aName, aRegion), RuleId.R10,
          "neither '" + aName + "' nor '" + bName + "' is attached to a CEN",
          List.of(fix));
      PathBuilder.PlannedCen plan = new PathBuilder.PlannedCen(created.ref(), fix.spec());
      path.planCen(a, plan);
      path.planCen(b, plan);
    } else if (atA.isPresent() && atB.isPresent()) {
      // Never move an instance out of a CEN that an earlier fix or bandwidth need of this answer builds on (another
      // instance attached there to reach it, bandwidth allocated there for it): that fix would then be refused or
      // undone. Otherwise move a VBR rather than a VPC: the VPC's CEN is where its other paths, and their bandwidth,
      // already are.
      boolean aHeld = path.buildsOn(atA.get().cenId());
      boolean bHeld = path.buildsOn(atB.get().cenId());
      boolean moveA = aHeld != bHeld ? bHeld : a instanceof VbrId && !(b instanceof VbrId);
      List<Fix> fix =
          moveA
              ? List.of(Fixes.move(t.snapshot(), a, aName, aRegion, atA.get().cenId(), atB.get().cenId()))
              : List.of(Fixes.move(t.snapshot(), b, bName, bRegion, atB.get().cenId(), atA.get().cenId()));
      path.block(BlockerCode.NOT_IN_SAME_CEN, moveA ? checks.component(a, aName, aRegion) : checks.component(b, bName, bRegion), RuleId.R10,
          "'" + aName + "' is in " + Names.cen(t.snapshot(), atA.get().cenId()) + " but '" + bName + "' is in " + Names.cen(t.snapshot(), atB.get().cenId())
              + "; different CENs are isolated",
          fix);
      path.planCen(moveA ? a : b,
          new PathBuilder.PlannedCen(dev.cenkit.spi.Ref.to(moveA ? atB.get().cenId() : atA.get().cenId()), fix.get(0).spec()));
    } else if (atA.isEmpty()) {
      Fix fix = Fixes.attach(t.snapshot(), a, aName, aRegion, atB.get().cenId());
      path.block(BlockerCode.NOT_IN_SAME_CEN, checks.component(a, aName, aRegion), RuleId.R10,
          "'" + aName + "' is not attached to " + Names.cen(t.snapshot(), atB.get().cenId()) + ", which '" + bName + "' is attached to",
          List.of(fix));
      path.planCen(a, new PathBuilder.PlannedCen(dev.cenkit.spi.Ref.to(atB.get().cenId()), fix.spec()));
    } else {
      Fix fix = Fixes.attach(t.snapshot(), b, bName, bRegion, atA.get().cenId());
      path.block(BlockerCode.NOT_IN_SAME_CEN, checks.component(b, bName, bRegion), RuleId.R10,
          "'" + bName + "' is not attached to " + Names.cen(t.snapshot(), atA.get().cenId()) + ", which '" + aName + "' is attached to",
          List.of(fix));
      path.planCen(b, new PathBuilder.PlannedCen(dev.cenkit.spi.Ref.to(atA.get().cenId()), fix.spec()));
    }
    return Optional.empty();
  }

  /** Why a router in a CEN does not send {@code address} to {@code target}: conflict, shadowing or no route. */
  private void explainCenRoute(
      PathBuilder path, NetworkInstanceId source, String sourceName, RegionId sourceRegion,
      NetworkInstanceId target, String targetName, Ipv4Address address, CenId cen, Optional<EffectiveRoute> route) {
    if (route.isPresent() && route.get().kind() == RouteKind.CEN_LEARNED
        && route.get().via().map(v -> v.value().equals(target.value())).orElse(false)) {
      return;
    }
    Optional<CenRouteEntry> winner =
        t.cenTable(cen).longestActive(address);
    if (winner.isPresent() && !winner.get().nextHopInstanceId().value().equals(target.value())) {
      path.block(BlockerCode.ROUTE_CONFLICT, checks.cenComponent(cen, Optional.of(sourceRegion)), RuleId.R28,
          "in " + Names.cen(t.snapshot(), cen) + " the route " + winner.get().destinationCidrBlock() + " for " + address + " leads to "
              + winner.get().nextHopInstanceId().value() + ", not to " + targetName + " (D4)",
          List.of());
    } else if (route.isPresent() && route.get().kind() != RouteKind.VSWITCH && route.get().kind() != RouteKind.CEN_LEARNED) {
      path.block(BlockerCode.ROUTE_CONFLICT, checks.component(source, sourceName, sourceRegion), RuleId.R28,
          "'" + sourceName + "' sends " + address + " by " + route.get().description() + " instead of through " + Names.cen(t.snapshot(), cen),
          List.of());
    } else if (winner.isEmpty()) {
      path.block(BlockerCode.NO_ROUTE, checks.component(target, targetName, checks.regionOf(target).orElse(sourceRegion)), RuleId.R25,
          targetName + " advertises no route for " + address + " into " + Names.cen(t.snapshot(), cen), List.of());
    }
  }
}
