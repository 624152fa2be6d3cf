package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.routing.BasicRouters;
import dev.cenkit.inmemory.routing.CenRouteTable;
import dev.cenkit.inmemory.routing.CenRouteTables;
import dev.cenkit.inmemory.routing.TransitRouterRouteTables;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.inmemory.state.ChangeLog;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceId;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * Indexes derived from one snapshot and shared by every question asked of it: the route table of each CEN and
 * the own routes of each VPC and VBR, derived on first use and kept in persistent maps. The next snapshot's
 * topology starts from these maps minus the tables its changes touched (read from the snapshot's change logs),
 * so a change in one CEN leaves every other CEN's tables, and the own routes of every untouched router, as they
 * were.
 */
final class Topology {
  private final Snapshot snapshot;
  private final CenRouteTables cenTables;
  private final AtomicReference<PMap<String, OwnRoutes>> ownRoutes;
  private final TransitRouterRouteTables trTables;
  /** The implicit routers of each Basic CEN asked about, over this snapshot (their table is kept in cenTables). */
  private final Map<CenId, BasicRouters> basicRouters = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A router's own routes, in table order, and its CEN attachment (attaching or detaching logs the instance's
   * key, which drops these); the CEN-learned routes are read from its CEN's table at lookup time.
   */
  private record OwnRoutes(
      List<EffectiveRoute> routes, List<Cidr> vSwitchBlocks, List<RouteEntry> custom, Optional<CenAttachment> attachment,
      TransitRouterAttachmentId implicitConnection) {}

  Topology(Snapshot snapshot) {
    this(snapshot, CenRouteTables.of(snapshot), HashTreePMap.empty(), TransitRouterRouteTables.of(snapshot));
  }

  private Topology(
      Snapshot snapshot, CenRouteTables cenTables, PMap<String, OwnRoutes> ownRoutes,
      TransitRouterRouteTables trTables) {
    this.snapshot = snapshot;
    this.cenTables = cenTables;
    this.ownRoutes = new AtomicReference<>(ownRoutes);
    this.trTables = trTables;
  }

  /**
   * The topology of {@code next}, reusing what {@code previous} derived for every route domain and router the
   * changes between the two snapshots did not touch. When {@code next} does not descend from the previous
   * snapshot (or its change log started afresh), everything is derived again.
   */
  static Topology next(Topology previous, Snapshot next) {
    Snapshot before = previous.snapshot;
    Optional<Set<String>> vpcKeys = ChangeLog.touchedSince(before.vpc().changeLog(), next.vpc().changeLog());
    Optional<Set<String>> cenKeys = ChangeLog.touchedSince(before.cen().changeLog(), next.cen().changeLog());
    Optional<Set<String>> ecKeys =
        ChangeLog.touchedSince(before.expressConnect().changeLog(), next.expressConnect().changeLog());
    Optional<Set<String>> trKeys =
        ChangeLog.touchedSince(before.transitRouter().changeLog(), next.transitRouter().changeLog());
    if (vpcKeys.isEmpty() || cenKeys.isEmpty() || ecKeys.isEmpty() || trKeys.isEmpty()) {
      return new Topology(next);
    }
    PMap<String, OwnRoutes> own = previous.ownRoutes.get();
    Set<String> touched = new HashSet<>(vpcKeys.get());
    touched.addAll(cenKeys.get());
    touched.addAll(ecKeys.get());
    for (String key : touched) {
      own = own.minus(key);
    }
    // Each CEN table a touched member belongs to is updated by its touched members only; the others are kept.
    CenRouteTables cens = CenRouteTables.next(previous.cenTables, next, touched);
    // Transit-router tables (Enterprise Edition): a CEN whose routers changed, or one of whose connected
    // networks changed what it advertises (vSwitches, VBR routes), is rederived; so are the own routes of every
    // network connected to it, which hold the routes auto-published from its tables (DE7).
    Set<CenId> trCens = new HashSet<>();
    for (String key : trKeys.get()) {
      trCens.add(CenId.of(key));
    }
    for (String key : touched) {
      if (CenId.KIND.matches(key)) {
        trCens.add(CenId.of(key));
      }
      for (TransitRouterAttachment a : before.transitRouter().attachmentsOfInstance(key)) {
        trCens.add(a.cenId());
      }
      for (TransitRouterAttachment a : next.transitRouter().attachmentsOfInstance(key)) {
        trCens.add(a.cenId());
      }
    }
    for (CenId cen : trCens) {
      for (Snapshot s : List.of(before, next)) {
        for (TransitRouter router : s.transitRouter().transitRoutersOf(cen)) {
          for (TransitRouterAttachment a : s.transitRouter().attachmentsOf(router.id())) {
            if (!a.isPeer()) {
              own = own.minus(a.resourceId());
            }
          }
        }
      }
    }
    return new Topology(next, cens, own, TransitRouterRouteTables.next(previous.trTables, next, trCens));
  }

  /** Whether both topologies hold the very same derived transit-router tables of {@code cen} (for tests). */
  boolean sharesTransitRouterTablesWith(Topology other, CenId cen) {
    return trTables.sharesCenWith(other.trTables, cen);
  }

  Snapshot snapshot() {
    return snapshot;
  }

  /** Whether both topologies hold the very same derived table for {@code cen} (for tests of the incremental update). */
  boolean sharesCenTableWith(Topology other, CenId cen) {
    Optional<CenRouteTable> mine = cenTables.derived(cen);
    return mine.isPresent() && mine.get() == other.cenTables.derived(cen).orElse(null);
  }

  /** The transit-router route tables of the snapshot (Enterprise Edition), derived once. */
  TransitRouterRouteTables trTables() {
    return trTables;
  }

  /** The route table of one CEN, derived on first use. */
  CenRouteTable cenTable(CenId cen) {
    CenRouteTable known = tablesAsked.get(cen);
    if (known == null) {
      known = cenTables.table(cen);
      tablesAsked.put(cen, known);
    }
    return known;
  }

  /**
   * The CEN tables and own routes asked for through this topology, in hash maps in front of the persistent ones
   * (which the next snapshot's topology starts from): one memory access per lookup instead of one per tree level.
   */
  private final Map<CenId, CenRouteTable> tablesAsked = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, OwnRoutes> ownAsked = new java.util.concurrent.ConcurrentHashMap<>();

  /** The implicit routers of a Basic CEN, over its table (derived on first use) and this snapshot. */
  BasicRouters basicRouters(CenId cen) {
    return cached(basicRouters, cen, c -> BasicRouters.of(snapshot, cenTable(c)));
  }

  Optional<Vpc> vpc(VpcId id) {
    return vpcEntry(id).vpc;
  }

  private VpcEntry vpcEntry(VpcId id) {
    return cached(vpcs, id, v -> new VpcEntry(snapshot.vpc().vpc(v), snapshot.vpc().vSwitchMapOf(v).values().toArray(VSwitch[]::new)));
  }

  /**
   * What a map of this topology holds for {@code key}, computed on first use: a plain read when it is there (as
   * nearly always), where {@code computeIfAbsent} may lock the key's bin.
   */
  static <K, V> V cached(Map<K, V> map, K key, java.util.function.Function<? super K, ? extends V> compute) {
    V known = map.get(key);
    if (known == null) {
      known = compute.apply(key);
      V raced = map.putIfAbsent(key, known);
      return raced == null ? known : raced;
    }
    return known;
  }

  /**
   * A VPC as walks ask for it: the VPC (empty if it does not exist) and its vSwitches in id order, with their
   * blocks as ranges of unsigned 32-bit addresses, so that finding a host's vSwitch reads one array.
   */
  private static final class VpcEntry {
    final Optional<Vpc> vpc;
    final VSwitch[] vSwitches;
    /** First and last address of each vSwitch's block, in the order of {@link #vSwitches}. */
    final long[] ranges;

    VpcEntry(Optional<Vpc> vpc, VSwitch[] vSwitches) {
      this.vpc = vpc;
      this.vSwitches = vSwitches;
      this.ranges = new long[2 * vSwitches.length];
      for (int i = 0; i < vSwitches.length; i++) {
        ranges[2 * i] = vSwitches[i].cidrBlock().network().toLong();
        ranges[2 * i + 1] = vSwitches[i].cidrBlock().last().toLong();
      }
    }

    /** The position of the first vSwitch whose block holds {@code address} (unsigned), or -1. */
    int indexContaining(long address) {
      for (int i = 0; i < vSwitches.length; i++) {
        if (address >= ranges[2 * i] && address <= ranges[2 * i + 1]) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * The VPCs (with their vSwitches) and CEN attachments asked for so far (the snapshot is fixed, so they are too):
   * a walk asks for the same few many times, and a hash lookup is one memory access where the snapshot's sorted
   * map is one per tree level.
   */
  private final Map<VpcId, VpcEntry> vpcs = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<NetworkInstanceId, Optional<CenAttachment>> attachments = new java.util.concurrent.ConcurrentHashMap<>();

  Optional<Vbr> vbr(VbrId id) {
    return snapshot.expressConnect().vbr(id);
  }

  Optional<CenAttachment> attachment(NetworkInstanceId child) {
    return cached(attachments, child, c -> snapshot.cen().attachmentOf(c));
  }

  Optional<VSwitch> vSwitchContaining(VpcId vpc, Ipv4Address address) {
    VpcEntry e = vpcEntry(vpc);
    int i = e.indexContaining(address.toLong());
    return i < 0 ? Optional.empty() : Optional.of(e.vSwitches[i]);
  }

  /**
   * The position in {@link #vSwitchesOf} of the vSwitch of {@code vpc} that {@link #vSwitchContaining} finds for
   * {@code address}, or -1.
   */
  int vSwitchIndexContaining(VpcId vpc, Ipv4Address address) {
    return vpcEntry(vpc).indexContaining(address.toLong());
  }

  /**
   * The vSwitches of {@code vpc} in id order, the order {@link #vSwitchContaining} tries them in; the array is
   * this topology's own, not to be changed.
   */
  VSwitch[] vSwitchesOf(VpcId vpc) {
    return vpcEntry(vpc).vSwitches;
  }

  /** Whether a network (VPC or VBR) has a connection to a transit router, asked once per network and snapshot. */
  boolean transitRouterConnected(NetworkInstanceId network) {
    return cached(transitRouterConnected, network.value(),
        n -> !snapshot.transitRouter().attachmentsOfInstance(n).isEmpty());
  }

  private final Map<String, Boolean> transitRouterConnected = new java.util.concurrent.ConcurrentHashMap<>();

  Optional<Cidr> prefixContaining(DataCenter dc, Ipv4Address address) {
    return dc.prefixes().stream().filter(p -> p.contains(address)).findFirst();
  }

  Optional<PhysicalConnection> circuitOf(Vbr vbr) {
    return snapshot.expressConnect().physicalConnection(vbr.physicalConnectionId());
  }

  Optional<DataCenter> dataCenterOf(Vbr vbr) {
    return snapshot.expressConnect().dataCenterOf(vbr.id());
  }

  /** The VBRs on the circuits of a data center, by id. */
  List<Vbr> vbrsOf(DataCenter dc) {
    return cached(vbrsOfDataCenter, dc.id(), d -> computeVbrsOf(dc));
  }

  /** The VBRs of each data center asked about, by id (the snapshot is fixed, so they are too). */
  private final Map<dev.cenkit.model.expressconnect.DataCenterId, List<Vbr>> vbrsOfDataCenter =
      new java.util.concurrent.ConcurrentHashMap<>();

  private List<Vbr> computeVbrsOf(DataCenter dc) {
    List<Vbr> out = new ArrayList<>();
    for (PhysicalConnection pc : snapshot.expressConnect().circuitsOf(dc.id())) {
      out.addAll(snapshot.expressConnect().vbrsOn(pc.id()));
    }
    out.sort(Comparator.comparing(Vbr::id));
    return List.copyOf(out);
  }

  /** The router interface pair's far end from {@code router}, if the two are connected by one. */
  Optional<RouterInterface> routerInterface(String id) {
    if (!RouterInterfaceId.KIND.matches(id)) {
      return Optional.empty();
    }
    return snapshot.expressConnect().routerInterface(RouterInterfaceId.of(id));
  }

  /** The router interface with this id if it is connected (Active): only then does it carry traffic (R47). */
  Optional<RouterInterface> connectedRouterInterface(String id) {
    return routerInterface(id).filter(ri -> ri.status() == dev.cenkit.model.expressconnect.RouterInterfaceStatus.ACTIVE);
  }

  /** Whether {@code a} and {@code b} are the two ends of a router interface pair. */
  Optional<RouterInterface> routerInterfaceBetween(NetworkInstanceId a, NetworkInstanceId b) {
    return snapshot.expressConnect().routerInterfacesOn(a).stream()
        .filter(ri -> ri.oppositeRouterId().value().equals(b.value()))
        .findFirst();
  }

  private OwnRoutes own(String key, java.util.function.Supplier<OwnRoutes> derive) {
    OwnRoutes asked = ownAsked.get(key);
    if (asked != null) {
      return asked;
    }
    OwnRoutes routes = ownRoutes.get().get(key);
    if (routes == null) {
      OwnRoutes derived = derive.get();
      ownRoutes.updateAndGet(m -> m.containsKey(key) ? m : m.plus(key, derived));
      routes = ownRoutes.get().get(key);
    }
    ownAsked.put(key, routes);
    return routes;
  }

  /**
   * The route a VPC uses for {@code address}: longest prefix over its effective table — its vSwitch blocks, the
   * 100.64.0.0/10 system route, its custom routes, and the routes learned from its CEN, except those it advertised
   * itself and those equal to or inside one of its vSwitch blocks (D4 a), equal to a custom route, or equal to or
   * inside a custom route to a router interface (N4). Of equal prefixes the VPC's own route wins.
   */
  Optional<EffectiveRoute> vpcRoute(Vpc vpc, Ipv4Address address) {
    OwnRoutes own = own(vpc.id().value(), () -> computeVpcOwn(vpc));
    EffectiveRoute best = longestMatch(own.routes(), address).orElse(null);
    Optional<CenAttachment> attachment = own.attachment();
    if (attachment.isPresent()) {
      // Addition 2: the VPC's implicit connection auto-publishes the CEN table's active entries into it.
      CenRouteTable table = cenTable(attachment.get().cenId());
      for (TransitRouterRouteEntry e : table.table().activeContaining(address)) {
        Cidr prefix = e.destinationCidrBlock();
        if (best != null && prefix.prefixLength() <= best.prefix().prefixLength()) {
          break;
        }
        if (e.originResourceId().orElseThrow().equals(vpc.id().value()) || shadowedInVpc(own, prefix)) {
          continue;
        }
        return Optional.of(learned(table, e, own.implicitConnection()));
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean shadowedInVpc(OwnRoutes own, Cidr prefix) {
    for (Cidr block : own.vSwitchBlocks()) {
      if (block.contains(prefix)) {
        return true;
      }
    }
    for (RouteEntry c : own.custom()) {
      if (c.destinationCidrBlock().equals(prefix)
          || (c.nextHopType() == NextHopType.ROUTER_INTERFACE && c.destinationCidrBlock().contains(prefix))) {
        return true;
      }
    }
    return false;
  }

  /** A route of the CEN table as {@code network} learns it: towards the advertiser, over its own implicit connection. */
  private static EffectiveRoute learned(
      CenRouteTable table, TransitRouterRouteEntry e, TransitRouterAttachmentId networkConnection) {
    NetworkInstanceId advertiser = table.advertiser(e).childInstanceId();
    CenId cen = table.cenId();
    return EffectiveRoute.learned(
        e.destinationCidrBlock(), advertiser, networkConnection,
        () -> e.destinationCidrBlock() + " via CEN " + cen + ", learned from " + advertiser.value());
  }

  private OwnRoutes computeVpcOwn(Vpc vpc) {
    List<EffectiveRoute> routes = new ArrayList<>();
    List<Cidr> blocks = new ArrayList<>();
    for (VSwitch v : snapshot.vpc().vSwitchMapOf(vpc.id()).values()) {
      blocks.add(v.cidrBlock());
      routes.add(EffectiveRoute.of(v.cidrBlock(), RouteKind.VSWITCH, "vSwitch " + v.id() + " (" + v.cidrBlock() + ")"));
    }
    routes.add(EffectiveRoute.of(Cidr.CLOUD_SERVICES, RouteKind.CLOUD_SERVICES, "system route 100.64.0.0/10 to cloud services"));
    List<RouteEntry> custom = List.copyOf(snapshot.vpc().routeEntryMapOfVpc(vpc.id()).values());
    for (RouteEntry e : custom) {
      Optional<RouterInterface> ri =
          e.nextHopType() == NextHopType.ROUTER_INTERFACE ? connectedRouterInterface(e.nextHopId()) : Optional.empty();
      if (ri.isPresent()) {
        routes.add(
            EffectiveRoute.via(
                e.destinationCidrBlock(), RouteKind.ROUTER_INTERFACE, ri.get().oppositeRouterId(),
                "custom route " + e.destinationCidrBlock() + " via router interface " + e.nextHopId()));
      } else if (e.nextHopType() == NextHopType.ATTACHMENT) {
        routes.add(
            EffectiveRoute.toConnection(
                e.destinationCidrBlock(), TransitRouterAttachmentId.of(e.nextHopId()),
                "custom route " + e.destinationCidrBlock() + " to transit router connection " + e.nextHopId()));
      } else {
        routes.add(
            EffectiveRoute.of(
                e.destinationCidrBlock(), RouteKind.UNMODELLED_NEXT_HOP,
                "custom route " + e.destinationCidrBlock() + " to " + e.nextHopType().apiValue() + " " + e.nextHopId()));
      }
    }
    for (Map.Entry<Cidr, TransitRouterAttachmentId> e : trTables().publishedInto(vpc.id()).entrySet()) {
      // DE7: auto-published routes; the VPC's own blocks and custom routes win (publishedInto leaves them out).
      routes.add(EffectiveRoute.toConnection(e.getKey(), e.getValue(),
          "route " + e.getKey() + " auto-published by transit router connection " + e.getValue()));
    }
    return new OwnRoutes(
        List.copyOf(routes), List.copyOf(blocks), custom, attachment(vpc.id()), BasicRouters.connectionId(vpc.id()));
  }

  /**
   * The route a VBR uses for {@code address}: longest prefix over its static routes (to the data center over its
   * circuit, or to a router interface), the routes learned from its CEN except those it advertised itself or
   * equal to a static route, and the cloud-service routes of its CEN for its region (R31-R34), in that order of
   * preference for equal prefixes.
   */
  Optional<EffectiveRoute> vbrRoute(Vbr vbr, Ipv4Address address) {
    OwnRoutes own = own(vbr.id().value(), () -> computeVbrOwn(vbr));
    EffectiveRoute best = longestMatch(own.routes(), address).orElse(null);
    Optional<CenAttachment> attachment = own.attachment();
    if (attachment.isPresent()) {
      CenId cen = attachment.get().cenId();
      CenRouteTable table = cenTable(cen);
      for (TransitRouterRouteEntry e : table.table().activeContaining(address)) {
        Cidr prefix = e.destinationCidrBlock();
        if (best != null && prefix.prefixLength() <= best.prefix().prefixLength()) {
          break;
        }
        if (e.originResourceId().orElseThrow().equals(vbr.id().value())
            || vbr.routeEntries().stream().anyMatch(r -> r.destination().equals(prefix))) {
          continue;
        }
        best = learned(table, e, own.implicitConnection());
        break;
      }
      for (CloudServiceRoute c : snapshot.expressConnect().cloudServiceRoutesOf(cen)) {
        if (c.accessRegion().equals(vbr.region()) && c.host().contains(address)
            && (best == null || c.host().prefixLength() > best.prefix().prefixLength())) {
          best = EffectiveRoute.via(
              c.host(), RouteKind.CLOUD_SERVICE_ROUTE, c.hostVpcId(),
              "cloud-service route " + c.host() + " via VPC " + c.hostVpcId() + " in CEN " + cen);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private OwnRoutes computeVbrOwn(Vbr vbr) {
    List<EffectiveRoute> routes = new ArrayList<>();
    for (VbrRouteEntry e : vbr.routeEntries()) {
      if (e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION) {
        routes.add(EffectiveRoute.of(e.destination(), RouteKind.DATA_CENTER, "static route " + e.destination() + " over circuit " + e.nextHopId()));
      } else {
        Optional<RouterInterface> ri = connectedRouterInterface(e.nextHopId());
        routes.add(
            ri.map(r -> EffectiveRoute.via(e.destination(), RouteKind.ROUTER_INTERFACE, r.oppositeRouterId(),
                    "static route " + e.destination() + " via router interface " + e.nextHopId()))
                .orElse(EffectiveRoute.of(e.destination(), RouteKind.UNMODELLED_NEXT_HOP, "static route to missing " + e.nextHopId())));
      }
    }
    for (TransitRouterAttachment c : snapshot.transitRouter().attachmentsOfInstance(vbr.id().value())) {
      // E31: a VBR connection with auto-publish gives the VBR the active routes of its associated table.
      if (!c.autoPublishRouteEnabled()) {
        continue;
      }
      snapshot.transitRouter().associationOf(c.transitRouterId(), c.id()).ifPresent(as -> {
        for (TransitRouterRouteEntry e : trTables().activeEntries(as.routeTableId())) {
          boolean own = e.nextHopId().equals(Optional.of(c.id()));
          boolean shadowed = vbr.routeEntries().stream().anyMatch(s -> s.destination().equals(e.destinationCidrBlock()));
          if (!own && !shadowed) {
            routes.add(EffectiveRoute.toConnection(e.destinationCidrBlock(), c.id(),
                "route " + e.destinationCidrBlock() + " advertised by transit router connection " + c.id()));
          }
        }
      });
    }
    return new OwnRoutes(List.copyOf(routes), List.of(), List.of(), attachment(vbr.id()), BasicRouters.connectionId(vbr.id()));
  }

  /** Longest prefix match; for equal prefixes the earlier route in the list wins. */
  static Optional<EffectiveRoute> longestMatch(List<EffectiveRoute> routes, Ipv4Address address) {
    EffectiveRoute best = null;
    for (EffectiveRoute r : routes) {
      if (r.prefix().contains(address) && (best == null || r.prefix().prefixLength() > best.prefix().prefixLength())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
