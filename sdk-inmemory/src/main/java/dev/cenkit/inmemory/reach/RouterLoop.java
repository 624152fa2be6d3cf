package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.routing.RouterPlane;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one forwarding algorithm through routers, for both editions (enterprise-edition.md §4.4): a packet arriving
 * at a router on a connection is looked up in the table that connection is associated with there only (E8); the
 * longest active prefix wins (E12); a blackhole drops (E11); an inter-region connection carries it to the peer
 * router, where the lookup repeats in the table the connection is associated with there (E15); any other
 * connection delivers it to its network. A Basic CEN runs through the same loop over its implicit routers
 * ({@link dev.cenkit.inmemory.routing.BasicRouters}); only the words of the hops and blockers differ ({@link
 * RouterHops}).
 */
final class RouterLoop {
  private RouterLoop() {}

  /**
   * Follows the packet into the router through {@code entering} until it leaves towards a VPC or VBR; answers
   * that network, or empty with the blockers {@code hops} recorded.
   */
  static Optional<NetworkInstanceId> cross(
      PathBuilder path, RouterPlane plane, RouterHops hops, TransitRouterAttachmentId entering, Place from, Place to) {
    Ipv4Address dst = to.address();
    Optional<TransitRouterAttachment> in = plane.connection(entering);
    if (in.isEmpty()) {
      return Optional.empty();
    }
    TransitRouterAttachment arriving = in.get();
    TransitRouterId router = arriving.transitRouterId();
    boolean crossedRegions = false;
    List<TransitRouterId> routersSeen = new ArrayList<>(2);
    List<TransitRouterAttachmentId> arrivalsSeen = new ArrayList<>(2);
    while (firstVisit(routersSeen, arrivalsSeen, router, arriving.id())) {
      TransitRouter tr = plane.router(router).orElseThrow();
      Optional<TransitRouterRouteTableId> associated = plane.associatedTable(router, arriving.id());
      if (associated.isEmpty()) {
        hops.notAssociated(path, tr, arriving);
        return Optional.empty();
      }
      TransitRouterRouteTableId table = associated.get();
      Optional<TransitRouterRouteEntry> entry = plane.lookup(router, table, dst);
      if (entry.isEmpty()) {
        hops.noRoute(path, tr, table, to);
        return Optional.empty();
      }
      TransitRouterRouteEntry e = entry.get();
      if (e.isBlackhole()) {
        hops.blackhole(path, tr, table, e, dst);
        return Optional.empty();
      }
      TransitRouterAttachment next = plane.connection(e.nextHopId().orElseThrow()).orElseThrow();
      hops.lookedUp(path, tr, table, e, next);
      if (next.isPeer()) {
        TransitRouterId other = next.routers().get(0).equals(router) ? next.routers().get(1) : next.routers().get(0);
        hops.crossed(path, tr, next, plane.router(next.transitRouterId()).orElseThrow());
        router = other;
        arriving = next;
        crossedRegions = true;
        continue;
      }
      if (next.kind() == TransitRouterAttachmentKind.VBR && from instanceof InDataCenter) {
        hops.betweenDataCenters(path, tr);
        return Optional.empty();
      }
      hops.leaving(path, tr, next, crossedRegions);
      return next.vpcId().<NetworkInstanceId>map(v -> v).or(() -> next.vbrId().map(v -> v));
    }
    return Optional.empty();
  }

  /** Records the visit of {@code router} on {@code arriving}; false if the packet was there before (a loop). */
  private static boolean firstVisit(
      List<TransitRouterId> routers, List<TransitRouterAttachmentId> arrivals, TransitRouterId router,
      TransitRouterAttachmentId arriving) {
    for (int i = 0; i < routers.size(); i++) {
      if (routers.get(i).equals(router) && arrivals.get(i).equals(arriving)) {
        return false;
      }
    }
    routers.add(router);
    arrivals.add(arriving);
    return true;
  }
}
