package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.routing.BasicRouters;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import java.util.Optional;

/**
 * The words of {@link RouterLoop} for a Basic Edition CEN. Its implicit routers are an internal concept, so the
 * answer names none of them: crossing the implicit inter-region connection is the CEN hop with the pair's
 * inter-region bandwidth (R19, or the 1 Kbit/s test blocker with its fix, R12), and leaving without having
 * crossed regions is the CEN hop "same region" (R9) — the hops a Basic answer has always had.
 *
 * <p>Every connection of a Basic router is associated with the CEN's one table, the table holds no blackholes,
 * and a packet only enters it on a route the table itself gave its network, so the loop's failure steps do not
 * arise for it; should one, it records nothing here and the Basic diagnosis ({@link PathDiagnoser}) explains the
 * path, as for every Basic failure. D15 (data center to data center) is applied to the VBR's learned route
 * before the packet enters ({@link PacketTracer}), as its default route map does.
 */
final class BasicRouterHops implements RouterHops {
  private final HopChecks checks;
  private final BasicRouters routers;

  BasicRouterHops(HopChecks checks, BasicRouters routers) {
    this.checks = checks;
    this.routers = routers;
  }

  @Override
  public void notAssociated(PathBuilder path, TransitRouter router, TransitRouterAttachment arriving) {
    // Every connection of a Basic router is associated with the one table.
  }

  @Override
  public void noRoute(PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, Place to) {
    // Explained by the Basic diagnosis of the whole path.
  }

  @Override
  public void blackhole(
      PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, TransitRouterRouteEntry entry,
      Ipv4Address destination) {
    // A Basic table has no static entries, so no blackholes.
  }

  @Override
  public void lookedUp(
      PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, TransitRouterRouteEntry entry,
      TransitRouterAttachment next) {
    // The network's hop already names the CEN route ("route … via CEN …, learned from …").
  }

  @Override
  public void crossed(PathBuilder path, TransitRouter router, TransitRouterAttachment peer, TransitRouter owner) {
    RegionId far = router.region().equals(peer.region()) ? peer.peerRegion().orElseThrow() : peer.region();
    checks.bandwidthHop(path, Optional.of(routers.cenId()), router.region(), far, routers.bandwidth(peer));
  }

  @Override
  public void betweenDataCenters(PathBuilder path, TransitRouter router) {
    // D15 is applied before the packet enters; the Basic diagnosis names it.
  }

  @Override
  public void leaving(PathBuilder path, TransitRouter router, TransitRouterAttachment next, boolean crossedRegions) {
    if (!crossedRegions) {
      checks.bandwidthHop(path, Optional.of(routers.cenId()), router.region(), router.region(), Optional.empty());
    }
  }
}
