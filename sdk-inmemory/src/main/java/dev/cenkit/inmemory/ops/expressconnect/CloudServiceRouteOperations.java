package dev.cenkit.inmemory.ops.expressconnect;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.CloudServiceRouteRules;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.cen.DeleteRouteServiceInCenRequest;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The handlers of CEN "access to cloud services" ({@code ResolveAndRouteServiceInCen},
 * {@code DeleteRouteServiceInCen}, R31-R34, R76). R35 (Basic Edition only): on a CEN with Enterprise transit
 * routers the action is refused (E23).
 */
final class CloudServiceRouteOperations {
  private CloudServiceRouteOperations() {}

  static List<CloudServiceRoute> resolve(Txn txn, ResolveAndRouteServiceInCenRequest r) {
    Snapshot s = txn.state();
    Lookups.cen(s, r.cenId());
    TransitRouterRules.e23BasicOnly(s, r.cenId(), r.action());
    Cidr host = CloudServiceRouteRules.r33Host(r.host());
    CloudServiceRouteRules.r34AccessRegions(r.hostRegion(), r.accessRegionIds());
    Vpc vpc = Lookups.vpc(s, r.hostVpcId());
    CloudServiceRouteRules.r32HostVpcAttached(s, r.cenId(), vpc, r.hostRegion());
    List<RegionId> regions = new ArrayList<>(new LinkedHashSet<>(r.accessRegionIds()));
    for (RegionId access : regions) {
      CloudServiceRouteRules.r33UniqueAndNotOverlapping(s, r.cenId(), host, r.hostRegion(), access);
    }
    CloudServiceRouteRules.routesPerCen(s, r.cenId(), regions.size(), txn.quotas().cloudServiceRoutesPerCen());
    List<CloudServiceRoute> created = new ArrayList<>();
    for (RegionId access : regions) {
      created.add(
          CloudServiceRoute.builder()
              .cenId(r.cenId())
              .host(host)
              .hostRegion(r.hostRegion())
              .hostVpcId(vpc.id())
              .accessRegion(access)
              .description(r.description())
              .build());
    }
    txn.update(
        x ->
            x.withExpressConnect(
                e -> {
                  var next = e;
                  for (CloudServiceRoute c : created) {
                    next = next.withCloudServiceRoute(c);
                  }
                  return next;
                }));
    return List.copyOf(created);
  }

  /** R76: succeeds even when the parameters name no route (or are invalid); answers whether one was removed. */
  static Boolean delete(Txn txn, DeleteRouteServiceInCenRequest r) {
    Cidr host;
    try {
      host = Cidr.ofHostOrBlock(r.host().trim());
    } catch (CenkitException e) {
      return false;
    }
    String key = CloudServiceRoute.key(r.cenId(), r.hostRegion(), host, r.accessRegion());
    if (!txn.state().expressConnect().cloudServiceRoutes().containsKey(key)) {
      return false;
    }
    txn.update(x -> x.withExpressConnect(e -> e.withoutCloudServiceRoute(key)));
    return true;
  }
}
