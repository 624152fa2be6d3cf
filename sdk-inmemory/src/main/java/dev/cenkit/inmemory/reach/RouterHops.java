package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;

/**
 * What {@link RouterLoop} records at each of its steps: the hops and blockers of one edition. The loop decides
 * where the packet goes; these only say it in the edition's words (Enterprise: the router, its table and its
 * connections, {@link TransitRouterWalk}; Basic: the CEN and its inter-region bandwidth, {@link
 * BasicRouterHops}, so that Basic answers read as they always have).
 */
interface RouterHops {
  /** The arriving connection is associated with no table of the router (E8). */
  void notAssociated(PathBuilder path, TransitRouter router, TransitRouterAttachment arriving);

  /** The associated table has no entry for the destination. */
  void noRoute(PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, Place to);

  /** The entry found is a blackhole (E11). */
  void blackhole(PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, TransitRouterRouteEntry entry, Ipv4Address destination);

  /** The lookup in {@code table} found {@code entry}, leading to {@code next}. */
  void lookedUp(PathBuilder path, TransitRouter router, TransitRouterRouteTableId table, TransitRouterRouteEntry entry, TransitRouterAttachment next);

  /** The packet crosses the inter-region connection {@code peer} (created on {@code owner}) from {@code router}. */
  void crossed(PathBuilder path, TransitRouter router, TransitRouterAttachment peer, TransitRouter owner);

  /** The packet from a data center would leave towards another VBR (D15, DE15): it is denied. */
  void betweenDataCenters(PathBuilder path, TransitRouter router);

  /** The packet leaves {@code router} over {@code next}; {@code crossedRegions} whether it crossed a peer. */
  void leaving(PathBuilder path, TransitRouter router, TransitRouterAttachment next, boolean crossedRegions);
}
