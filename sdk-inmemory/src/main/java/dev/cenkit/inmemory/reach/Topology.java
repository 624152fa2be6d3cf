package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.routing.CenRouteTables;
import dev.cenkit.inmemory.routing.TransitRouterRouteTables;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Indexes derived once from one snapshot and shared by every question asked of it: the CEN route tables and
 * the effective route table of each VPC and VBR, computed on first use and kept.
 */
final class Topology {
  private final Snapshot snapshot;
  private final Supplier<CenRouteTables> cenTables;
  private final Supplier<TransitRouterRouteTables> trTables;
  private final Map<String, List<EffectiveRoute>> tables = new ConcurrentHashMap<>();

  Topology(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.cenTables = com.google.common.base.Suppliers.memoize(() -> CenRouteTables.of(snapshot));
    this.trTables = com.google.common.base.Suppliers.memoize(() -> TransitRouterRouteTables.of(snapshot));
  }

  private Topology(
      Snapshot snapshot, Supplier<CenRouteTables> cenTables, Supplier<TransitRouterRouteTables> trTables,
      Map<String, List<EffectiveRoute>> tables) {
    this.snapshot = snapshot;
    this.cenTables = cenTables;
    this.trTables = trTables;
    this.tables.putAll(tables);
  }

  /**
   * The topology of {@code next}, reusing what {@code previous} derived when nothing it depends on changed: the
   * state's maps are persistent, so an unchanged part is the very same object. A change that touches no route
   * (deploying an API, enabling a VPC domain, binding an instance) keeps every route table.
   */
  static Topology next(Topology previous, Snapshot next) {
    Snapshot before = previous.snapshot;
    boolean routingUnchanged =
        before.cen().cens() == next.cen().cens()
            && before.cen().attachments() == next.cen().attachments()
            && before.vpc().vpcs() == next.vpc().vpcs()
            && before.vpc().vSwitches() == next.vpc().vSwitches()
            && before.vpc().routeEntries() == next.vpc().routeEntries()
            && before.expressConnect().vbrs() == next.expressConnect().vbrs()
            && before.expressConnect().routerInterfaces() == next.expressConnect().routerInterfaces()
            && before.expressConnect().cloudServiceRoutes() == next.expressConnect().cloudServiceRoutes()
            && before.transitRouter() == next.transitRouter();
    return routingUnchanged ? new Topology(next, previous.cenTables, previous.trTables, previous.tables) : new Topology(next);
  }

  Snapshot snapshot() {
    return snapshot;
  }

  boolean sharesRoutingWith(Topology other) {
    return cenTables == other.cenTables;
  }

  CenRouteTables cenTables() {
    return cenTables.get();
  }

  /** The transit-router route tables of the snapshot (Enterprise Edition), derived once. */
  TransitRouterRouteTables trTables() {
    return trTables.get();
  }

  Optional<Vpc> vpc(VpcId id) {
    return snapshot.vpc().vpc(id);
  }

  Optional<Vbr> vbr(VbrId id) {
    return snapshot.expressConnect().vbr(id);
  }

  Optional<CenAttachment> attachment(NetworkInstanceId child) {
    return snapshot.cen().attachmentOf(child);
  }

  Optional<VSwitch> vSwitchContaining(VpcId vpc, Ipv4Address address) {
    return snapshot.vpc().vSwitchesOf(vpc).stream().filter(v -> v.cidrBlock().contains(address)).findFirst();
  }

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
    List<Vbr> out = new ArrayList<>();
    for (PhysicalConnection pc : snapshot.expressConnect().circuitsOf(dc.id())) {
      out.addAll(snapshot.expressConnect().vbrsOn(pc.id()));
    }
    out.sort(Comparator.comparing(Vbr::id));
    return out;
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

  /** The active CEN routes of the child's CEN that it did not advertise itself. */
  private List<CenRouteEntry> learnedBy(NetworkInstanceId child) {
    List<CenRouteEntry> out = new ArrayList<>();
    attachment(child)
        .ifPresent(
            a -> {
              for (CenRouteEntry e : cenTables().routes(a.cenId())) {
                if (e.status() == CenRouteStatus.ACTIVE && !e.nextHopInstanceId().value().equals(child.value())) {
                  out.add(e);
                }
              }
            });
    return out;
  }

  /**
   * The effective route table of a VPC: its vSwitch blocks, the 100.64.0.0/10 system route, its custom routes,
   * and the routes learned from its CEN, except those equal to or inside one of its vSwitch blocks (D4 a), equal
   * to a custom route, or equal to or inside a custom route to a router interface (N4).
   */
  List<EffectiveRoute> vpcRoutes(Vpc vpc) {
    return tables.computeIfAbsent(vpc.id().value(), id -> computeVpcRoutes(vpc));
  }

  private List<EffectiveRoute> computeVpcRoutes(Vpc vpc) {
    List<EffectiveRoute> routes = new ArrayList<>();
    List<VSwitch> own = snapshot.vpc().vSwitchesOf(vpc.id());
    for (VSwitch v : own) {
      routes.add(EffectiveRoute.of(v.cidrBlock(), RouteKind.VSWITCH, "vSwitch " + v.id() + " (" + v.cidrBlock() + ")"));
    }
    routes.add(EffectiveRoute.of(Cidr.CLOUD_SERVICES, RouteKind.CLOUD_SERVICES, "system route 100.64.0.0/10 to cloud services"));
    List<RouteEntry> custom = snapshot.vpc().routeEntriesOfVpc(vpc.id());
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
          e.getKey() + " auto-published by transit router connection " + e.getValue()));
    }
    for (CenRouteEntry e : learnedBy(vpc.id())) {
      Cidr prefix = e.destinationCidrBlock();
      boolean shadowed =
          own.stream().anyMatch(v -> v.cidrBlock().contains(prefix))
              || custom.stream().anyMatch(c -> c.destinationCidrBlock().equals(prefix))
              || custom.stream().anyMatch(c -> c.nextHopType() == NextHopType.ROUTER_INTERFACE && c.destinationCidrBlock().contains(prefix));
      if (!shadowed) {
        routes.add(
            EffectiveRoute.via(
                prefix, RouteKind.CEN_LEARNED, e.nextHopInstanceId(),
                prefix + " via CEN " + e.cenId() + ", learned from " + e.nextHopInstanceId().value()));
      }
    }
    return List.copyOf(routes);
  }

  /**
   * The effective route table of a VBR: its static routes (to the data center over its circuit, or to a router
   * interface), the routes learned from its CEN except those equal to a static route, and the cloud-service
   * routes of its CEN for its region (R31-R34).
   */
  List<EffectiveRoute> vbrRoutes(Vbr vbr) {
    return tables.computeIfAbsent(vbr.id().value(), id -> computeVbrRoutes(vbr));
  }

  private List<EffectiveRoute> computeVbrRoutes(Vbr vbr) {
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
    for (CenRouteEntry e : learnedBy(vbr.id())) {
      boolean shadowed = vbr.routeEntries().stream().anyMatch(s -> s.destination().equals(e.destinationCidrBlock()));
      if (!shadowed) {
        routes.add(
            EffectiveRoute.via(
                e.destinationCidrBlock(), RouteKind.CEN_LEARNED, e.nextHopInstanceId(),
                e.destinationCidrBlock() + " via CEN " + e.cenId() + ", learned from " + e.nextHopInstanceId().value()));
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
                e.destinationCidrBlock() + " advertised by transit router connection " + c.id()));
          }
        }
      });
    }
    attachment(vbr.id())
        .ifPresent(
            a -> {
              for (CloudServiceRoute c : snapshot.expressConnect().cloudServiceRoutesOf(a.cenId())) {
                if (c.accessRegion().equals(vbr.region())) {
                  routes.add(
                      EffectiveRoute.via(
                          c.host(), RouteKind.CLOUD_SERVICE_ROUTE, c.hostVpcId(),
                          "cloud-service route " + c.host() + " via VPC " + c.hostVpcId() + " in CEN " + a.cenId()));
                }
              }
            });
    return List.copyOf(routes);
  }

  /** Longest prefix match; for equal prefixes the earlier route in the table wins. */
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
