/**
 * Route tables derived from a snapshot: pure functions of the state on persistent prefix tables ({@link
 * dev.cenkit.inmemory.routing.PrefixTable}), derived per CEN on first use; the next snapshot's engine keeps them
 * for every CEN a change did not touch and updates a Basic CEN's table by the members a change touched ({@link
 * dev.cenkit.inmemory.routing.CenRouteTables#next}).
 *
 * <p>One routing model serves both editions. Every table is a {@link dev.cenkit.inmemory.routing.RouteTable},
 * ranked by one rule (static over propagated, then the first installed). The routers, connections and tables
 * the forwarding loop walks are a {@link dev.cenkit.inmemory.routing.RouterPlane}: for Enterprise Edition the
 * user's transit routers ({@link dev.cenkit.inmemory.routing.TransitRouterRouteTables}); for a Basic CEN its
 * implicit routers ({@link dev.cenkit.inmemory.routing.BasicRouters}), one per region, every attached instance a
 * connection associated with and propagating into the CEN's one table ({@link
 * dev.cenkit.inmemory.routing.CenRouteTable}, shared by the regional routers: D1), implicit inter-region
 * connections at the inter-region bandwidth limits, and auto-publish into every attached network.
 */
@NullMarked
package dev.cenkit.inmemory.routing;

import org.jspecify.annotations.NullMarked;
