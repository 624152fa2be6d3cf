package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A route in force at a router (a VPC or a VBR): its prefix, its kind, the network instance it leads to
 * (the advertiser of a CEN-learned route, the far end of a router interface, the host VPC of a cloud-service
 * route), and a description for hops and messages. A learned route's description is written when first asked
 * for: a walk that records no hops (a matrix cell's) never asks.
 */
final class EffectiveRoute {
  private final Cidr prefix;
  private final RouteKind kind;
  private final Optional<NetworkInstanceId> via;
  private final Optional<TransitRouterAttachmentId> connection;
  private Supplier<String> describe;
  private String description;

  private EffectiveRoute(
      Cidr prefix, RouteKind kind, Optional<NetworkInstanceId> via, Optional<TransitRouterAttachmentId> connection,
      String description, Supplier<String> describe) {
    this.prefix = prefix;
    this.kind = kind;
    this.via = via;
    this.connection = connection;
    this.description = description;
    this.describe = describe;
  }

  static EffectiveRoute of(Cidr prefix, RouteKind kind, String description) {
    return new EffectiveRoute(prefix, kind, Optional.empty(), Optional.empty(), description, null);
  }

  static EffectiveRoute via(Cidr prefix, RouteKind kind, NetworkInstanceId via, String description) {
    return new EffectiveRoute(prefix, kind, Optional.of(via), Optional.empty(), description, null);
  }

  /**
   * A route learned from a Basic CEN: it leads to {@code via}, the instance that advertised it, through {@code
   * connection}, the router's own implicit connection to the CEN's implicit router (R25); its description is
   * written by {@code describe} when first asked for.
   */
  static EffectiveRoute learned(
      Cidr prefix, NetworkInstanceId via, TransitRouterAttachmentId connection, Supplier<String> describe) {
    return new EffectiveRoute(prefix, RouteKind.CEN_LEARNED, Optional.of(via), Optional.of(connection), null, describe);
  }

  /** A route whose next hop is a transit router connection (E16). */
  static EffectiveRoute toConnection(Cidr prefix, TransitRouterAttachmentId connection, String description) {
    return new EffectiveRoute(prefix, RouteKind.TRANSIT_ROUTER, Optional.empty(), Optional.of(connection), description, null);
  }

  Cidr prefix() {
    return prefix;
  }

  RouteKind kind() {
    return kind;
  }

  Optional<NetworkInstanceId> via() {
    return via;
  }

  Optional<TransitRouterAttachmentId> connection() {
    return connection;
  }

  /** The route in words, for hops and messages. */
  synchronized String description() {
    if (description == null) {
      description = describe.get();
      describe = null;
    }
    return description;
  }

  @Override
  public String toString() {
    return description();
  }
}
