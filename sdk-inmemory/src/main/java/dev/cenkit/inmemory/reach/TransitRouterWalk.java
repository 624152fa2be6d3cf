package dev.cenkit.inmemory.reach;

import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Fix;
import dev.cenkit.spi.cen.AssociateCenBandwidthPackageRequest;
import dev.cenkit.spi.cen.CreateCenBandwidthPackageRequest;
import dev.cenkit.spi.tr.AssociateTransitRouterAttachmentWithRouteTableRequest;
import dev.cenkit.spi.tr.CreateTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVbrAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.EnableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterPeerAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVbrAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVpcAttachmentAttributeRequest;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forwarding through Enterprise Edition transit routers (enterprise-edition.md §4.4): a packet arriving on a
 * connection is looked up in the table that connection is associated with only (E8); the longest active
 * prefix wins (E12); a blackhole drops (E11); an inter-region connection carries it to the peer router, where
 * the lookup repeats in the table the connection is associated with there (E15), at the connection's bandwidth
 * or at 1 Kbit/s for tests (E14, E27). Where it stops, the blocker names the rule and carries a fix of real
 * actions.
 */
final class TransitRouterWalk implements RouterHops {
  private final Topology t;

  TransitRouterWalk(Topology topology) {
    this.t = topology;
  }

  static Component component(TransitRouter tr) {
    return Component.of(ComponentKind.TRANSIT_ROUTER, tr.id().value(), tr.name().orElse(tr.id().value()),
        Optional.of(tr.region()));
  }

  /**
   * Whether a place's network is on Enterprise Edition: its VPC, or a VBR of its data center, has a
   * transit-router connection. Such paths are explained by this walk, never by the Basic diagnosis.
   */
  boolean enterprise(Place p) {
    if (p instanceof InVpc) {
      return connected(((InVpc) p).vpc().id());
    }
    if (p instanceof AtGateway) {
      return connected(((AtGateway) p).vpc().id());
    }
    return t.vbrsOf(((InDataCenter) p).dataCenter()).stream().anyMatch(v -> connected(v.id()));
  }

  /** Whether a network (VPC or VBR) has a connection to a transit router. */
  boolean connected(NetworkInstanceId network) {
    return t.transitRouterConnected(network);
  }

  /**
   * Follows the packet into the router through {@code entering} until it leaves towards a VPC or VBR; answers
   * that network, or empty with the blockers recorded (the one loop, {@link RouterLoop}, in Enterprise words).
   */
  Optional<NetworkInstanceId> cross(PathBuilder path, TransitRouterAttachmentId entering, Place from, Place to) {
    return RouterLoop.cross(path, t.trTables(), this, entering, from, to);
  }

  @Override
  public void notAssociated(PathBuilder path, TransitRouter tr, TransitRouterAttachment arriving) {
    path.block(BlockerCode.CONNECTION_NOT_ASSOCIATED, component(tr), RuleId.E8,
        Names.connection(arriving) + " is associated with no route table of " + Names.tr(tr)
            + ", so the router looks up nothing for traffic arriving on it",
        List.of(associate(arriving.id(), tr.systemRouteTableId())));
  }

  @Override
  public void blackhole(
      PathBuilder path, TransitRouter tr, TransitRouterRouteTableId table, TransitRouterRouteEntry e, Ipv4Address dst) {
    List<Fix> fixes = e.id().map(id -> List.of(Fix.of("delete the blackhole entry " + e.destinationCidrBlock()
        + " of " + table, Fixes.of(DeleteTransitRouterRouteEntryRequest.builder().transitRouterRouteEntryId(id).build()))))
        .orElse(List.of());
    path.block(BlockerCode.BLACKHOLE_ROUTE, component(tr), RuleId.E11,
        "blackhole entry " + e.destinationCidrBlock() + " of " + table + " drops traffic to " + dst, fixes);
  }

  @Override
  public void lookedUp(
      PathBuilder path, TransitRouter tr, TransitRouterRouteTableId table, TransitRouterRouteEntry e, TransitRouterAttachment next) {
    path.hop(component(tr), "table " + table + ": " + e.type() + " " + e.destinationCidrBlock() + " -> " + next.id(),
        Optional.of(RuleId.E12), Optional.empty());
  }

  @Override
  public void crossed(PathBuilder path, TransitRouter tr, TransitRouterAttachment peer, TransitRouter owner) {
    bandwidth(path, component(tr), component(owner), peer);
  }

  @Override
  public void betweenDataCenters(PathBuilder path, TransitRouter tr) {
    path.block(BlockerCode.DATA_CENTER_TO_DATA_CENTER_DENIED, component(tr), RuleId.N3,
        "traffic between two data centers through " + Names.tr(tr) + " is denied by default (DE15)",
        List.of());
  }

  @Override
  public void leaving(PathBuilder path, TransitRouter tr, TransitRouterAttachment next, boolean crossedRegions) {
    // Enterprise hops name the table entry that chose the connection; leaving adds nothing.
  }

  /** The hop over an inter-region connection: its bandwidth, or test bandwidth with a fix (E14, E27, E28). */
  private void bandwidth(PathBuilder path, Component at, Component owner, TransitRouterAttachment p) {
    String regions = p.region() + " <-> " + p.peerRegion().orElseThrow();
    if (p.bandwidthMbps() > 0) {
      path.hop(at, "inter-region connection " + p.id() + " " + regions + ": " + p.bandwidthMbps() + " Mbit/s",
          Optional.of(RuleId.E14), Optional.of(Bandwidth.ofMbps(p.bandwidthMbps())));
      return;
    }
    path.hop(at, "inter-region connection " + p.id() + " " + regions + ": no bandwidth, 1 Kbit/s for tests",
        Optional.of(RuleId.E27), Optional.of(Bandwidth.TEST_ONLY));
    // Blocked at the router the connection was created on, so both directions name one blocker with one fix.
    String message = Names.connection(p) + " " + regions + " has no bandwidth: 1 Kbit/s for tests only";
    if (p.region().knownArea().isPresent() && p.peerRegion().orElseThrow().knownArea().isPresent()) {
      path.blockPeerBandwidth(owner, message, new PathBuilder.PeerBandwidthNeed(
          p.cenId(), AreaPair.of(p.region().area(), p.peerRegion().orElseThrow().area()), p.id()));
    } else {
      // D8: no bandwidth plan covers a region of unknown area, so there is no fix to propose.
      path.block(BlockerCode.CROSS_REGION_TEST_BANDWIDTH_ONLY, owner, RuleId.E27, message, List.of());
    }
  }

  /**
   * Gives each of {@code peers} (inter-region connections of {@code cen} on the area pair {@code areas}) 2 Mbit/s
   * from the CEN's plan of that pair, bought or grown once for all of them (R15, E28).
   */
  static Fix peerBandwidthFix(Snapshot s, CenId cen, AreaPair areas, List<TransitRouterAttachmentId> peers) {
    long mbps = 2;
    long needed = mbps * peers.size();
    String who = peers.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    Optional<BandwidthPlan> plan = s.cen().bandwidthPlansOf(cen).stream().filter(x -> x.areas().equals(areas)).findFirst();
    if (plan.isPresent()) {
      long room = plan.get().bandwidth().mbps() - s.transitRouter().drawnByPeers(cen, plan.get().id(), Optional.empty());
      List<dev.cenkit.spi.operation.Operation<?>> ops = new ArrayList<>();
      if (room < needed) {
        ops.add(dev.cenkit.spi.cen.ModifyCenBandwidthPackageSpecRequest.builder().bandwidthPackageId(plan.get().id())
            .bandwidth(plan.get().bandwidth().mbps() + needed - Math.max(room, 0)).build());
      }
      for (TransitRouterAttachmentId p : peers) {
        ops.add(UpdateTransitRouterPeerAttachmentAttributeRequest.builder().transitRouterAttachmentId(p)
            .cenBandwidthPackageId(plan.get().id()).bandwidth(mbps).build());
      }
      return Fix.of("give inter-region connection(s) " + who + " " + mbps + " Mbit/s each from plan " + plan.get().id()
          + CenBandwidth.SIZE_REASON, Fixes.of(ops));
    }
    Ref<BandwidthPackageId> ref = Ref.pending(BandwidthPackageId.KIND, needed + " Mbit/s " + areas);
    Spec spec = Spec.empty()
        .plus(Step.creating(ref, b -> CreateCenBandwidthPackageRequest.builder().bandwidth(needed)
            .geographicRegionA(areas.first()).geographicRegionB(areas.second()).build(), BandwidthPlan::id))
        .plus(Step.of("associate the plan with " + cen,
            b -> AssociateCenBandwidthPackageRequest.builder().cenId(cen).bandwidthPackageId(b.resolve(ref)).build()));
    for (TransitRouterAttachmentId p : peers) {
      spec = spec.plus(Step.of("draw " + mbps + " Mbit/s for " + p,
          b -> UpdateTransitRouterPeerAttachmentAttributeRequest.builder().transitRouterAttachmentId(p)
              .cenBandwidthPackageId(b.resolve(ref)).bandwidth(mbps).build()));
    }
    return Fix.of("buy a " + needed + " Mbit/s plan for " + areas + " and give " + mbps + " Mbit/s to inter-region connection(s) "
        + who + CenBandwidth.SIZE_REASON, spec);
  }

  private static Fix associate(TransitRouterAttachmentId c, TransitRouterRouteTableId table) {
    return Fix.of("associate connection " + c + " with route table " + table,
        Fixes.of(AssociateTransitRouterAttachmentWithRouteTableRequest.builder().transitRouterAttachmentId(c)
            .transitRouterRouteTableId(table).build()));
  }

  private static Fix propagate(TransitRouterAttachmentId c, TransitRouterRouteTableId table) {
    return Fix.of("propagate connection " + c + " into route table " + table,
        Fixes.of(EnableTransitRouterRouteTablePropagationRequest.builder().transitRouterAttachmentId(c)
            .transitRouterRouteTableId(table).build()));
  }

  /** The connections of the destination's network, and the prefix a route to it needs. */
  private List<TransitRouterAttachment> destinationConnections(Place to) {
    List<TransitRouterAttachment> out = new ArrayList<>();
    if (to instanceof InVpc) {
      out.addAll(t.snapshot().transitRouter().attachmentsOfInstance(((InVpc) to).vpc().id().value()));
    } else if (to instanceof InDataCenter) {
      for (Vbr vbr : t.vbrsOf(((InDataCenter) to).dataCenter())) {
        out.addAll(t.snapshot().transitRouter().attachmentsOfInstance(vbr.id().value()));
      }
    } else if (to instanceof AtGateway) {
      out.addAll(t.snapshot().transitRouter().attachmentsOfInstance(((AtGateway) to).vpc().id().value()));
    }
    return out;
  }

  /** No entry in {@code table} of {@code tr} for the destination: says which step is missing, with its fix. */
  @Override
  public void noRoute(PathBuilder path, TransitRouter tr, TransitRouterRouteTableId table, Place to) {
    Component at = component(tr);
    Ipv4Address dst = to.address();
    List<TransitRouterAttachment> targets = destinationConnections(to);
    if (to instanceof AtGateway) {
      AtGateway g = (AtGateway) to;
      List<Fix> fixes = new ArrayList<>();
      if (targets.isEmpty() && canConnect(g.vpc())) {
        // The replies can only come back through a connection of the gateway's VPC (DE1): make it first.
        fixes.add(connectVpc(g.vpc(), tr.cenId()));
      }
      targets.stream().filter(c -> c.region().equals(g.region())).findFirst().ifPresent(c -> fixes.add(
          Fix.of("route the gateway's egress " + Cidr.of(dst) + " in " + table + " to " + Names.connection(c) + " (DE1)",
              Fixes.of(CreateTransitRouterRouteEntryRequest.builder().transitRouterRouteTableId(table)
                  .transitRouterRouteEntryDestinationCidrBlock(egressBlock(dst).toString())
                  .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT)
                  .transitRouterRouteEntryNextHopId(c.id()).build()))));
      path.block(BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS, at, RuleId.E11,
          "route table " + table + " of " + Names.tr(tr) + " has no route to the gateway's egress " + dst, fixes);
      return;
    }
    Optional<TransitRouterAttachment> local = targets.stream().filter(c -> c.transitRouterId().equals(tr.id())).findFirst();
    if (local.isPresent()) {
      path.block(BlockerCode.ROUTE_NOT_PROPAGATED, at, RuleId.E9,
          Names.connection(local.get()) + " of the destination does not propagate into route table " + table
              + " of " + Names.tr(tr), List.of(propagate(local.get().id(), table)));
      return;
    }
    if (targets.isEmpty()) {
      noConnection(path, tr, to);
      return;
    }
    TransitRouterAttachment target = targets.get(0);
    TransitRouterId remote = target.transitRouterId();
    Optional<TransitRouterAttachment> peer = t.snapshot().transitRouter().attachmentsOf(tr.id()).stream()
        .filter(a -> a.isPeer() && a.routers().contains(remote)).findFirst();
    if (peer.isEmpty()) {
      TransitRouter far = t.snapshot().transitRouter().transitRouter(remote).orElseThrow();
      path.block(BlockerCode.NO_PEER_CONNECTION, at, RuleId.E15,
          "no inter-region connection joins " + Names.tr(tr) + " (" + tr.region() + ") and " + Names.tr(far) + " (" + far.region()
              + ")", List.of(peerFix(tr, far, table)));
      return;
    }
    TransitRouterAttachment p = peer.get();
    boolean learns = t.snapshot().transitRouter().propagationsOf(tr.id(), p.id()).stream()
        .anyMatch(x -> x.routeTableId().equals(table));
    if (!learns) {
      path.block(BlockerCode.ROUTE_NOT_PROPAGATED, at, RuleId.E15,
          Names.connection(p) + " does not propagate into route table " + table + " of " + Names.tr(tr),
          List.of(propagate(p.id(), table)));
      return;
    }
    TransitRouter far = t.snapshot().transitRouter().transitRouter(remote).orElseThrow();
    Optional<TransitRouterRouteTableAssociation> farAssoc = t.snapshot().transitRouter().associationOf(remote, p.id());
    if (farAssoc.isEmpty()) {
      path.block(BlockerCode.CONNECTION_NOT_ASSOCIATED, component(far), RuleId.E15,
          Names.connection(p) + " is associated with no route table of " + Names.tr(far)
              + ", so no route of " + far.region() + " crosses it", List.of(associate(p.id(), far.systemRouteTableId())));
      return;
    }
    TransitRouterRouteTableId farTable = farAssoc.get().routeTableId();
    boolean farLearns = t.snapshot().transitRouter().propagationsOf(remote, target.id()).stream()
        .anyMatch(x -> x.routeTableId().equals(farTable));
    path.block(BlockerCode.ROUTE_NOT_PROPAGATED, component(far), RuleId.E9,
        Names.connection(target) + " of the destination does not propagate into route table " + farTable + " of "
            + Names.tr(far) + ", which " + Names.connection(p) + " carries to " + tr.region(),
        farLearns ? List.of() : List.of(propagate(target.id(), farTable)));
  }

  /** The /26 block of a gateway egress address, as the gateway's egress blocks are (catalog §4.6). */
  private static Cidr egressBlock(Ipv4Address dst) {
    long v = dst.toLong() & (0xFFFFFFFFL << 6 & 0xFFFFFFFFL);
    return Cidr.of((v >>> 24 & 255) + "." + (v >>> 16 & 255) + "." + (v >>> 8 & 255) + "." + (v & 255) + "/26");
  }

  /** The destination network has no connection at all: connect it (the router of its region is made if missing, E5). */
  private void noConnection(PathBuilder path, TransitRouter tr, Place to) {
    Component at = component(tr);
    if (to instanceof InDataCenter) {
      DataCenter dc = ((InDataCenter) to).dataCenter();
      Optional<Vbr> vbr = vbrToConnect(dc, tr.region());
      path.block(BlockerCode.NO_ROUTE, at, RuleId.E17,
          "no VBR of data center '" + dc.name() + "' of the destination " + to.address()
              + " is connected to a transit router of " + Names.cen(t.snapshot(), tr.cenId()),
          vbr.map(v -> List.of(connectVbr(v, tr.cenId()))).orElse(List.of()));
      return;
    }
    if (!(to instanceof InVpc)) {
      path.block(BlockerCode.NO_ROUTE, at, RuleId.E26,
          "the destination " + to.address() + " is not connected to a transit router of " + Names.cen(t.snapshot(), tr.cenId()), List.of());
      return;
    }
    Vpc vpc = ((InVpc) to).vpc();
    path.block(BlockerCode.NO_ROUTE, at, RuleId.E26,
        Names.vpc(vpc) + " of the destination is not connected to a transit router of " + Names.cen(t.snapshot(), tr.cenId()),
        canConnect(vpc) ? List.of(connectVpc(vpc, tr.cenId())) : List.of());
  }

  /**
   * The source network (a VPC or VBR) has no transit-router connection while the destination's network has one:
   * the packet cannot leave towards the destination's CEN until the source is connected too (E16, E17).
   */
  void sourceNotConnected(PathBuilder path, NetworkInstanceId network, Component at, Place to) {
    Optional<TransitRouterAttachment> target = destinationConnections(to).stream().findFirst();
    if (target.isEmpty()) {
      return;
    }
    CenId cen = target.get().cenId();
    List<Fix> fixes = new ArrayList<>();
    if (network instanceof VpcId) {
      t.vpc((VpcId) network).filter(this::canConnect).ifPresent(v -> fixes.add(connectVpc(v, cen)));
    } else if (network instanceof VbrId) {
      t.vbr((VbrId) network).ifPresent(v -> fixes.add(connectVbr(v, cen)));
    }
    path.block(BlockerCode.NO_ROUTE, at, network instanceof VbrId ? RuleId.E17 : RuleId.E16,
        network.value() + " is not connected to a transit router of " + cen + ", which the destination " + to.address()
            + " is reached through", fixes);
  }

  /**
   * The data center sends nothing towards the cloud for the destination (D10): route its block to a VBR of the
   * data center that is connected to a transit router (of the destination's region first).
   */
  void noDataCenterRoute(PathBuilder path, InDataCenter from, Place to) {
    DataCenter dc = from.dataCenter();
    Optional<Cidr> wanted = destinationBlock(to);
    Optional<RegionId> region = destinationRegion(to);
    List<Vbr> vbrs = t.vbrsOf(dc);
    Optional<Vbr> vbr = vbrs.stream().filter(v -> connected(v.id()) && region.map(v.region()::equals).orElse(true))
        .findFirst().or(() -> vbrs.stream().filter(v -> connected(v.id())).findFirst()).or(() -> vbrs.stream().findFirst());
    if (vbr.isEmpty() || wanted.isEmpty()) {
      return;
    }
    path.block(BlockerCode.NO_DATA_CENTER_ROUTE, Components.dataCenter(dc), RuleId.D10,
        "data center '" + dc.name() + "' sends no traffic for " + to.address() + " towards the cloud",
        List.of(Fixes.dataCenterRoute(dc, wanted.get(), vbr.get())));
  }

  /** The block a data center must route to reach {@code to}: its vSwitch, or the gateway's egress block. */
  private Optional<Cidr> destinationBlock(Place to) {
    if (to instanceof InVpc) {
      return Optional.of(((InVpc) to).vSwitch().cidrBlock());
    }
    if (to instanceof AtGateway) {
      AtGateway g = (AtGateway) to;
      return g.instance().vpcEgressAddress().or(() -> t.snapshot().vpc().vSwitchesOf(g.vpc().id()).stream()
          .filter(v -> v.cidrBlock().contains(g.address())).findFirst().map(VSwitch::cidrBlock));
    }
    return Optional.empty();
  }

  private static Optional<RegionId> destinationRegion(Place to) {
    if (to instanceof InVpc) {
      return Optional.of(((InVpc) to).vpc().region());
    }
    if (to instanceof AtGateway) {
      return Optional.of(((AtGateway) to).vpc().region());
    }
    return Optional.empty();
  }

  /** A VBR of {@code dc} to connect: one in {@code region} first (a VBR connects in its own region, E17). */
  private Optional<Vbr> vbrToConnect(DataCenter dc, RegionId region) {
    List<Vbr> vbrs = t.vbrsOf(dc);
    return vbrs.stream().filter(v -> v.region().equals(region)).findFirst().or(() -> vbrs.stream().findFirst());
  }

  /** Whether a fix may connect {@code vpc}: not while it is attached to a Basic Edition CEN (E10, DE2). */
  private boolean canConnect(Vpc vpc) {
    return t.snapshot().cen().attachmentOf(vpc.id()).isEmpty();
  }

  /**
   * Connects {@code vpc} to the router of its region in {@code cen} with auto-publish, associated with and
   * propagating into the system table; the router is created with the connection where it is missing (E5), and
   * the table steps then come from the next answer.
   */
  private Fix connectVpc(Vpc vpc, CenId cen) {
    Map<String, VSwitch> zones = new LinkedHashMap<>();
    for (VSwitch v : t.snapshot().vpc().vSwitchesOf(vpc.id())) {
      zones.putIfAbsent(v.zoneId(), v);
    }
    Ref<TransitRouterAttachmentId> c = Ref.pending(TransitRouterAttachmentId.KIND, "connection of " + vpc.id());
    Optional<TransitRouter> regional = t.snapshot().transitRouter().transitRouterOf(cen, vpc.region());
    Spec spec = Spec.empty().plus(Step.creating(c, b -> {
      CreateTransitRouterVpcAttachmentRequest.Builder r = CreateTransitRouterVpcAttachmentRequest.builder()
          .vpcId(vpc.id()).autoPublishRouteEnabled(true);
      if (regional.isPresent()) {
        r.transitRouterId(regional.get().id());
      } else {
        r.cenId(cen).regionId(vpc.region());
      }
      zones.values().forEach(v -> r.addZoneMappings(ZoneMapping.of(v.zoneId(), v.id())));
      return r.build();
    }, TransitRouterAttachment::id));
    return Fix.of("connect VPC " + vpc.id() + " to the transit router of " + vpc.region(),
        withSystemTable(spec, c, regional));
  }

  /**
   * Connects {@code vbr} to the router of its region in {@code cen} (E17), advertising the router's routes to it
   * (E31), associated with and propagating into the system table where the router exists.
   */
  private Fix connectVbr(Vbr vbr, CenId cen) {
    Ref<TransitRouterAttachmentId> c = Ref.pending(TransitRouterAttachmentId.KIND, "connection of " + vbr.id());
    Optional<TransitRouter> regional = t.snapshot().transitRouter().transitRouterOf(cen, vbr.region());
    Spec spec = Spec.empty().plus(Step.creating(c, b -> {
      CreateTransitRouterVbrAttachmentRequest.Builder r = CreateTransitRouterVbrAttachmentRequest.builder()
          .vbrId(vbr.id()).autoPublishRouteEnabled(true);
      if (regional.isPresent()) {
        r.transitRouterId(regional.get().id());
      } else {
        r.cenId(cen).regionId(vbr.region());
      }
      return r.build();
    }, TransitRouterAttachment::id));
    return Fix.of("connect VBR " + vbr.id() + " to the transit router of " + vbr.region(),
        withSystemTable(spec, c, regional));
  }

  private static Spec withSystemTable(Spec spec, Ref<TransitRouterAttachmentId> c, Optional<TransitRouter> regional) {
    if (regional.isEmpty()) {
      return spec;
    }
    TransitRouterRouteTableId system = regional.get().systemRouteTableId();
    return spec
        .plus(Step.of("associate " + c.label(), b -> AssociateTransitRouterAttachmentWithRouteTableRequest.builder()
            .transitRouterAttachmentId(b.resolve(c)).transitRouterRouteTableId(system).build()))
        .plus(Step.of("propagate " + c.label(), b -> EnableTransitRouterRouteTablePropagationRequest.builder()
            .transitRouterAttachmentId(b.resolve(c)).transitRouterRouteTableId(system).build()));
  }

  /** An inter-region connection between two routers, associated with and propagating into both system tables. */
  private static Fix peerFix(TransitRouter a, TransitRouter b, TransitRouterRouteTableId table) {
    Ref<TransitRouterAttachmentId> p = Ref.pending(TransitRouterAttachmentId.KIND, a.region() + " <-> " + b.region());
    Spec spec = Spec.empty()
        .plus(Step.creating(p, x -> CreateTransitRouterPeerAttachmentRequest.builder().transitRouterId(a.id())
            .peerTransitRouterId(b.id()).build(), TransitRouterAttachment::id));
    for (TransitRouterRouteTableId t : List.of(table, b.systemRouteTableId())) {
      spec = spec
          .plus(Step.of("associate " + p.label() + " with " + t, x -> AssociateTransitRouterAttachmentWithRouteTableRequest
              .builder().transitRouterAttachmentId(x.resolve(p)).transitRouterRouteTableId(t).build()))
          .plus(Step.of("propagate " + p.label() + " into " + t, x -> EnableTransitRouterRouteTablePropagationRequest
              .builder().transitRouterAttachmentId(x.resolve(p)).transitRouterRouteTableId(t).build()));
    }
    // One description for both directions, so an answer whose two directions both miss it proposes one connection.
    boolean ordered = a.id().value().compareTo(b.id().value()) < 0;
    return Fix.of("connect " + (ordered ? a : b).id() + " and " + (ordered ? b : a).id() + " with an inter-region connection",
        spec);
  }

  /**
   * The source network has a connection but no route for the destination (E16): auto-publish on the
   * connection, or a route to it; when the router itself lacks the route, the router's blocker is reported
   * instead.
   */
  void noRouteToRouter(PathBuilder path, NetworkInstanceId network, Component at, Place from, Place to) {
    TransitRouterAttachment c = t.snapshot().transitRouter().attachmentsOfInstance(network.value()).get(0);
    Optional<TransitRouterRouteTableAssociation> assoc =
        t.snapshot().transitRouter().associationOf(c.transitRouterId(), c.id());
    boolean routerHasRoute =
        assoc.isPresent() && t.trTables().lookup(assoc.get().routeTableId(), to.address()).isPresent();
    if (!routerHasRoute || c.autoPublishRouteEnabled()) {
      cross(path, c.id(), from, to);
      return;
    }
    List<Fix> fixes = new ArrayList<>();
    if (c.kind() == TransitRouterAttachmentKind.VBR) {
      fixes.add(Fix.of("let " + Names.connection(c) + " advertise the router's routes to VBR " + network.value(),
          Fixes.of(UpdateTransitRouterVbrAttachmentAttributeRequest.builder().transitRouterAttachmentId(c.id())
              .autoPublishRouteEnabled(true).build())));
    } else {
      // E16: a VPC learns routes from one CEN only, so auto-publish is a fix only where no other CEN publishes.
      dev.cenkit.model.vpc.VpcId vpcId = c.vpcId().orElseThrow();
      boolean publishable =
          t.snapshot().transitRouter().autoPublishingFromOtherCen(vpcId.value(), c.cenId()).isEmpty()
              && t.snapshot().cen().attachmentOf(vpcId).map(a -> a.cenId().equals(c.cenId())).orElse(true);
      if (publishable) {
        fixes.add(Fix.of("turn on auto-publish of " + Names.connection(c),
            Fixes.of(UpdateTransitRouterVpcAttachmentAttributeRequest.builder().transitRouterAttachmentId(c.id())
                .autoPublishRouteEnabled(true).build())));
      }
      Vpc vpc = t.vpc(c.vpcId().orElseThrow()).orElseThrow();
      Cidr prefix = t.trTables().lookup(assoc.get().routeTableId(), to.address()).orElseThrow().destinationCidrBlock();
      // One fix: auto-publish where the VPC may learn from this CEN (E16), else the one route it needs.
      if (fixes.isEmpty()) {
        fixes.add(Fix.of("route " + prefix + " in " + Names.vpc(vpc) + " to " + Names.connection(c),
            Fixes.of(CreateRouteEntryRequest.builder().routeTableId(vpc.routeTableId()).destinationCidrBlock(prefix)
                .nextHopType(NextHopType.ATTACHMENT).nextHopId(c.id().value()).build())));
      }
    }
    path.block(BlockerCode.NO_ROUTE_TO_TRANSIT_ROUTER, at, RuleId.E16,
        network.value() + " has no route for " + to.address() + " to its transit router " + Names.connection(c), fixes);
  }
}
