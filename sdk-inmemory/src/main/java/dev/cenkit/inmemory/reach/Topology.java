package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Indexes derived once from one snapshot and shared by every question asked of it: each CEN's route domain
 * and each VPC's effective route table, computed on first use and kept.
 */
final class Topology {
  private final Snapshot snapshot;
  private final Map<CenId, CenDomain> domains = new ConcurrentHashMap<>();
  private final Map<VpcId, List<EffectiveRoute>> vpcTables = new ConcurrentHashMap<>();

  Topology(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  Snapshot snapshot() {
    return snapshot;
  }

  Optional<Vpc> vpc(VpcId id) {
    return snapshot.vpc().vpc(id);
  }

  Optional<CenAttachment> attachment(NetworkInstanceId child) {
    return snapshot.cen().attachmentOf(child);
  }

  Optional<VSwitch> vSwitchContaining(VpcId vpc, Ipv4Address address) {
    return snapshot.vpc().vSwitchesOf(vpc).stream().filter(v -> v.cidrBlock().contains(address)).findFirst();
  }

  CenDomain domain(CenId cen) {
    return domains.computeIfAbsent(cen, c -> CenDomain.of(snapshot, c));
  }

  /**
   * The effective route table of a VPC: its vSwitch blocks, the 100.64.0.0/10 system route, and the routes
   * learned from its CEN, except those equal to or inside one of its own vSwitch blocks (D4 a) and those it
   * advertised itself.
   */
  List<EffectiveRoute> vpcRoutes(Vpc vpc) {
    return vpcTables.computeIfAbsent(vpc.id(), id -> computeVpcRoutes(vpc));
  }

  private List<EffectiveRoute> computeVpcRoutes(Vpc vpc) {
    List<EffectiveRoute> routes = new ArrayList<>();
    List<VSwitch> own = snapshot.vpc().vSwitchesOf(vpc.id());
    for (VSwitch v : own) {
      routes.add(
          new EffectiveRoute(v.cidrBlock(), RouteKind.VSWITCH, Optional.empty(), "vSwitch " + v.id() + " (" + v.cidrBlock() + ")"));
    }
    routes.add(
        new EffectiveRoute(Cidr.CLOUD_SERVICES, RouteKind.CLOUD_SERVICES, Optional.empty(), "system route to cloud services"));
    attachment(vpc.id())
        .ifPresent(
            a -> {
              for (CenDomain.Advertised adv : domain(a.cenId()).effective()) {
                if (adv.origin().childInstanceId().value().equals(vpc.id().value())) {
                  continue;
                }
                boolean shadowed = own.stream().anyMatch(v -> v.cidrBlock().contains(adv.prefix()));
                if (!shadowed) {
                  routes.add(
                      new EffectiveRoute(
                          adv.prefix(),
                          RouteKind.CEN_LEARNED,
                          Optional.of(adv.origin().childInstanceId()),
                          adv.prefix() + " via CEN " + a.cenId() + ", learned from " + adv.origin().childInstanceId().value()));
                }
              }
            });
    return List.copyOf(routes);
  }

  /** Longest prefix match; for equal prefixes the earlier route in the table wins. */
  static Optional<EffectiveRoute> longestMatch(List<EffectiveRoute> routes, Ipv4Address address) {
    return routes.stream()
        .filter(r -> r.prefix().contains(address))
        .max(Comparator.comparingInt((EffectiveRoute r) -> r.prefix().prefixLength()));
  }
}
