package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import java.util.Optional;

/**
 * A route in force at a router (a VPC or a VBR): its prefix, its kind, the network instance it leads to
 * (the advertiser of a CEN-learned route, the far end of a router interface, the host VPC of a cloud-service
 * route), and a description for hops and messages.
 */
record EffectiveRoute(
    Cidr prefix, RouteKind kind, Optional<NetworkInstanceId> via, Optional<TransitRouterAttachmentId> connection,
    String description) {
  static EffectiveRoute of(Cidr prefix, RouteKind kind, String description) {
    return new EffectiveRoute(prefix, kind, Optional.empty(), Optional.empty(), description);
  }

  static EffectiveRoute via(Cidr prefix, RouteKind kind, NetworkInstanceId via, String description) {
    return new EffectiveRoute(prefix, kind, Optional.of(via), Optional.empty(), description);
  }

  /**
   * A route learned from a Basic CEN: it leads to {@code via}, the instance that advertised it, through {@code
   * connection}, the router's own implicit connection to the CEN's implicit router (R25).
   */
  static EffectiveRoute learned(Cidr prefix, NetworkInstanceId via, TransitRouterAttachmentId connection, String description) {
    return new EffectiveRoute(prefix, RouteKind.CEN_LEARNED, Optional.of(via), Optional.of(connection), description);
  }

  /** A route whose next hop is a transit router connection (E16). */
  static EffectiveRoute toConnection(Cidr prefix, TransitRouterAttachmentId connection, String description) {
    return new EffectiveRoute(prefix, RouteKind.TRANSIT_ROUTER, Optional.empty(), Optional.of(connection), description);
  }
}
