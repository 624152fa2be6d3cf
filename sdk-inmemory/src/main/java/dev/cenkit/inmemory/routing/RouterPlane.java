package dev.cenkit.inmemory.routing;

import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import java.util.Optional;

/**
 * The routers, connections and route tables the one forwarding loop walks (enterprise-edition.md §4.4): a packet
 * arriving at a router on a connection is looked up in the table that connection is associated with there; the
 * entry's next hop is a connection, which either leaves the router towards a network or, for an inter-region
 * connection, arrives at the peer router where the lookup repeats. Enterprise Edition answers from the routers
 * the user created ({@link TransitRouterRouteTables}); a Basic Edition CEN answers from its implicit routers
 * ({@link BasicRouters}). Both hand out the same model types, so the loop does not know the edition.
 */
public interface RouterPlane {
  /** The router {@code id}, if it exists in this plane. */
  Optional<TransitRouter> router(TransitRouterId id);

  /** The connection {@code id}, if it exists in this plane. */
  Optional<TransitRouterAttachment> connection(TransitRouterAttachmentId id);

  /** The table {@code connection} is associated with on {@code router} (E8), if any. */
  Optional<TransitRouterRouteTableId> associatedTable(TransitRouterId router, TransitRouterAttachmentId connection);

  /**
   * The active entry of {@code table} on {@code router} with the longest destination containing {@code
   * destination} (E12), if any; its next hop is a connection of {@code router} (or a blackhole).
   */
  Optional<TransitRouterRouteEntry> lookup(TransitRouterId router, TransitRouterRouteTableId table, Ipv4Address destination);
}
