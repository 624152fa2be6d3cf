package dev.cenkit.inmemory.rules;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceRole;
import dev.cenkit.model.expressconnect.RouterInterfaceStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VpcId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Express Connect rules: data centers (D10), circuits (R42, R43), VBRs (R44-R46), router interfaces
 * (R47) and the Express Connect side of R7, R27 and D15. Each method enforces one rule and names it.
 *
 * <p>R48 (another account's VBR cannot be granted to a CEN by default) and R8's cross-account grants are
 * {@link AccountRules}.
 */
public final class ExpressConnectRules {
  /** Lengths of VLAN ids: 0 to 2999 (R44). */
  public static final int MAX_VLAN_ID = 2999;

  private ExpressConnectRules() {}

  // ---- data centers (D10) ----

  /**
   * D10: a data center has at least one prefix; no prefix lies in (or overlaps) a reserved range such as
   * 100.64.0.0/10, and no two prefixes overlap.
   */
  public static void d10DataCenterPrefixes(List<Cidr> prefixes) {
    if (prefixes.isEmpty()) {
      throw ErrorCode.MISSING_PARAMETER.exception(RuleId.D10, "a data center needs at least one address prefix");
    }
    for (Cidr p : prefixes) {
      for (Cidr reserved : VpcRules.RESERVED) {
        if (reserved.overlaps(p)) {
          throw ErrorCode.DATA_CENTER_PREFIX_RESERVED.exception(
              RuleId.D10, "data center prefix " + p + " overlaps the reserved range " + reserved, p);
        }
      }
    }
    for (int i = 0; i < prefixes.size(); i++) {
      for (int j = i + 1; j < prefixes.size(); j++) {
        if (prefixes.get(i).overlaps(prefixes.get(j))) {
          throw ErrorCode.DATA_CENTER_PREFIX_OVERLAPPED.exception(
              RuleId.D10, "data center prefixes " + prefixes.get(i) + " and " + prefixes.get(j) + " overlap",
              prefixes.get(i), prefixes.get(j));
        }
      }
    }
  }

  /** D10: every host of a data center lies inside one of its prefixes. */
  public static void d10HostsInsidePrefixes(List<Cidr> prefixes, Map<String, Ipv4Address> hosts) {
    for (Map.Entry<String, Ipv4Address> h : hosts.entrySet()) {
      if (prefixes.stream().noneMatch(p -> p.contains(h.getValue()))) {
        throw ErrorCode.DATA_CENTER_HOST_NOT_IN_PREFIX.exception(
            RuleId.D10, "host '" + h.getKey() + "' (" + h.getValue() + ") is outside the data center's prefixes " + prefixes,
            h.getValue());
      }
    }
  }

  /** D10: a data center sends traffic only over VBRs of circuits that land in it. */
  public static void d10VbrLandsInDataCenter(Snapshot s, DataCenter dc, Vbr vbr) {
    PhysicalConnection pc = ExpressConnectLookups.physicalConnection(s, vbr.physicalConnectionId());
    if (!pc.dataCenterId().equals(dc.id())) {
      throw ErrorCode.VBR_NOT_IN_DATA_CENTER.exception(
          RuleId.D10, vbr.id() + " is on " + pc.id() + ", which lands in " + pc.dataCenterId() + ", not in " + dc.id(),
          vbr.id(), dc.id());
    }
  }

  /**
   * D10: a data-center route leads into the cloud, not into one of the data center's own prefixes, and is
   * unique. A route less specific than an own prefix (a default route, say) is accepted: the own prefix is the
   * longer match, so the data center keeps its own traffic.
   */
  public static void d10DataCenterRoute(DataCenter dc, Cidr destination) {
    Optional<Cidr> own = dc.prefixes().stream().filter(p -> p.contains(destination)).findFirst();
    if (own.isPresent()) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          RuleId.D10, "destination " + destination + " lies inside " + own.get() + ", a prefix of data center " + dc.id()
              + " itself", destination);
    }
    if (dc.routes().stream().anyMatch(r -> r.destination().equals(destination))) {
      throw ErrorCode.ROUTER_ENTRY_CONFLICT_DUPLICATED.exception(
          RuleId.D10, "data center " + dc.id() + " already has a route to " + destination, destination, dc.id());
    }
  }

  // ---- circuits (R42, R43) ----

  /** R1: the access point belongs to the circuit's region ({@code ap-<region>-…}). */
  public static void r1AccessPointInRegion(RegionId region, String accessPointId) {
    if (!accessPointId.startsWith("ap-" + region.id() + "-")) {
      throw ErrorCode.INVALID_ACCESS_POINT_ID.exception(
          RuleId.R1, "access point '" + accessPointId + "' is not an access point of " + region
              + " (expected ap-" + region.id() + "-…)", accessPointId, region);
    }
  }

  /** R42: at most {@code quota} circuits of the account are waiting to be enabled (Initial or Confirmed). */
  public static void r42PendingCircuits(Snapshot s, int quota) {
    long pending = s.expressConnect().pendingCircuitCount();
    if (pending >= quota) {
      throw ErrorCode.PHYSICAL_CONNECTION_QUOTA_EXCEEDED.exception(
          RuleId.R42, "the account already has " + pending + " circuits that are not Enabled; the quota is " + quota);
    }
  }

  /** R43: {@code action} is allowed only from the given states of the circuit. */
  public static void r43CircuitState(PhysicalConnection pc, String action, PhysicalConnectionStatus... allowed) {
    Set<PhysicalConnectionStatus> ok = EnumSet.copyOf(Arrays.asList(allowed));
    if (!ok.contains(pc.status())) {
      throw ErrorCode.PHYSICAL_CONNECTION_INCORRECT_STATUS.exception(
          RuleId.R43, action + " needs " + pc.id() + " to be "
              + ok.stream().map(PhysicalConnectionStatus::apiValue).collect(Collectors.joining(" or "))
              + ", but it is " + pc.status(), pc.id(), pc.status());
    }
  }

  /** R43: a VBR is created or recovered only on an Enabled circuit, the only kind that carries traffic. */
  public static void r43CircuitEnabled(PhysicalConnection pc) {
    if (pc.status() != PhysicalConnectionStatus.ENABLED) {
      throw ErrorCode.PHYSICAL_CONNECTION_NOT_ENABLED.exception(
          RuleId.R43, pc.id() + " is " + pc.status() + ", not Enabled", pc.id(), pc.status());
    }
  }

  /** A circuit is terminated or deleted only once it has no VBRs left. */
  public static void circuitWithoutVbrs(Snapshot s, PhysicalConnection pc) {
    List<Vbr> vbrs = s.expressConnect().vbrsOn(pc.id());
    if (!vbrs.isEmpty()) {
      throw ErrorCode.DEPENDENCY_VIOLATION_VBR.exception(
          RuleId.R43, pc.id() + " still has VBRs: " + vbrs.stream().map(v -> v.id().value()).collect(Collectors.joining(", ")),
          pc.id());
    }
  }

  // ---- VBRs (R44-R46) ----

  /** R44: a VBR is in its circuit's region. */
  public static void r44VbrRegion(PhysicalConnection pc, RegionId given) {
    if (!pc.region().equals(given)) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R44, "a VBR on " + pc.id() + " must be in " + pc.region() + ", not in " + given, pc.id(), given);
    }
  }

  /** R44: a VLAN id lies in 0..2999. */
  public static void r44VlanRange(int vlanId) {
    if (vlanId < 0 || vlanId > MAX_VLAN_ID) {
      throw ErrorCode.INVALID_VLAN_ID_MALFORMED.exception(
          RuleId.R44, "VLAN id " + vlanId + " is outside 0-" + MAX_VLAN_ID, vlanId);
    }
  }

  /** R44: no other VBR of the circuit (terminated ones included) uses the VLAN id. */
  public static void r44VlanUnique(Snapshot s, PhysicalConnection pc, int vlanId, Optional<VbrId> self) {
    for (Vbr other : s.expressConnect().vbrsOn(pc.id())) {
      if (other.vlanId() == vlanId && !Optional.of(other.id()).equals(self)) {
        throw ErrorCode.INVALID_VLAN_ID_USED.exception(
            RuleId.R44, "VLAN id " + vlanId + " is used by " + other.id() + " (" + other.status() + ") on " + pc.id(),
            vlanId, other.id(), pc.id());
      }
    }
  }

  /** The parsed peering parameters of a VBR. */
  public record Peering(Ipv4Address local, Ipv4Address peer, int prefixLength) {}

  /**
   * R45: both gateway addresses are valid, distinct host addresses of one peering subnet whose mask is /24 to
   * /30 (given dotted, as the API does, e.g. {@code 255.255.255.252}).
   */
  public static Peering r45Peering(String localIp, String peerIp, String mask) {
    Ipv4Address local = ip(localIp, "local gateway IP");
    Ipv4Address peer = ip(peerIp, "peer gateway IP");
    int length = maskLength(mask);
    if (length < 24 || length > 30) {
      throw ErrorCode.INVALID_PEERING_SUBNET_MASK.exception(
          RuleId.R45, "peering subnet mask " + mask + " is /" + length + "; it must be /24 to /30", mask);
    }
    Cidr subnet = Vbr.subnetOf(local, length);
    if (!subnet.contains(peer)) {
      throw ErrorCode.GATEWAY_IP_NOT_IN_PEERING_SUBNET.exception(
          RuleId.R45, "peer gateway IP " + peer + " is not in the peering subnet " + subnet + " of local gateway IP " + local,
          local, peer);
    }
    if (local.equals(peer)) {
      throw ErrorCode.GATEWAY_IP_NOT_IN_PEERING_SUBNET.exception(
          RuleId.R45, "local and peer gateway IPs are both " + local, local);
    }
    Ipv4Address network = subnet.address(0);
    Ipv4Address broadcast = subnet.address(subnet.size() - 1);
    for (Ipv4Address a : List.of(local, peer)) {
      if (a.equals(network) || a.equals(broadcast)) {
        throw ErrorCode.GATEWAY_IP_NOT_IN_PEERING_SUBNET.exception(
            RuleId.R45, a + " is the " + (a.equals(network) ? "network" : "broadcast") + " address of " + subnet, a);
      }
    }
    return new Peering(local, peer, length);
  }

  private static Ipv4Address ip(String text, String what) {
    try {
      return Ipv4Address.of(text);
    } catch (CenkitException e) {
      throw ErrorCode.INVALID_IP_MALFORMED.exception(RuleId.R45, what + " '" + text + "' is not a valid IPv4 address", text);
    }
  }

  private static int maskLength(String mask) {
    Ipv4Address parsed;
    try {
      parsed = Ipv4Address.of(mask);
    } catch (CenkitException e) {
      throw ErrorCode.INVALID_PEERING_SUBNET_MASK.exception(
          RuleId.R45, "peering subnet mask '" + mask + "' is not a dotted mask such as 255.255.255.252", mask);
    }
    long bits = parsed.toLong();
    int ones = Long.bitCount(bits);
    long expected = ones == 0 ? 0 : (0xFFFFFFFFL << (32 - ones)) & 0xFFFFFFFFL;
    if (bits != expected) {
      throw ErrorCode.INVALID_PEERING_SUBNET_MASK.exception(
          RuleId.R45, "peering subnet mask " + mask + " is not contiguous", mask);
    }
    return ones;
  }

  /** R46 (and R3): {@code action} is allowed only from the given states of the VBR. */
  public static void vbrState(Vbr vbr, RuleId rule, String action, VbrStatus... allowed) {
    Set<VbrStatus> ok = EnumSet.copyOf(Arrays.asList(allowed));
    if (!ok.contains(vbr.status())) {
      throw ErrorCode.VBR_INCORRECT_STATUS.exception(
          rule, action + " needs " + vbr.id() + " to be "
              + ok.stream().map(VbrStatus::apiValue).collect(Collectors.joining(" or "))
              + ", but it is " + vbr.status(), vbr.id(), vbr.status());
    }
  }

  /**
   * R46: a VBR is deleted only when it is unconfirmed, active or terminated, has no router interfaces, and is
   * not attached to a CEN.
   */
  public static void r46VbrDeletable(Snapshot s, Vbr vbr) {
    vbrState(vbr, RuleId.R46, "DeleteVirtualBorderRouter", VbrStatus.UNCONFIRMED, VbrStatus.ACTIVE, VbrStatus.TERMINATED);
    List<RouterInterface> ris = s.expressConnect().routerInterfacesOn(vbr.id());
    if (!ris.isEmpty()) {
      throw ErrorCode.DEPENDENCY_VIOLATION_ROUTER_INTERFACE.exception(
          RuleId.R46, vbr.id() + " still has router interfaces: "
              + ris.stream().map(r -> r.id().value()).collect(Collectors.joining(", ")), vbr.id());
    }
    Optional<CenAttachment> attachment = s.cen().attachmentOf(vbr.id());
    if (attachment.isPresent()) {
      throw ErrorCode.DEPENDENCY_VIOLATION_CEN.exception(
          RuleId.R46, vbr.id() + " is still attached to " + attachment.get().cenId(), vbr.id(), attachment.get().cenId());
    }
    TransitRouterRules.e32NoConnectionOf(s, vbr.id().value());
    s.expressConnect().dataCentersRoutingTo(vbr.id()).stream()
        .findFirst()
        .ifPresent(dc -> {
          throw ErrorCode.DEPENDENCY_VIOLATION_DATA_CENTER_ROUTE.exception(
              RuleId.R46, "routes of data center '" + dc.name() + "' (" + dc.id() + ") still lead to " + vbr.id(),
              vbr.id(), dc.id());
        });
  }

  /**
   * D10: a VBR route towards the circuit leads to a prefix of the data center the circuit lands in; a route
   * towards a router interface uses an interface of this VBR; destinations are unique in the VBR's table.
   */
  public static void d10VbrRoute(Snapshot s, Vbr vbr, Cidr destination, VbrNextHopType type, String nextHopId) {
    if (type == VbrNextHopType.PHYSICAL_CONNECTION) {
      if (!vbr.physicalConnectionId().value().equals(nextHopId)) {
        throw ErrorCode.INVALID_NEXT_HOP.exception(
            RuleId.D10, "the next hop of a route of " + vbr.id() + " towards the data center must be its own circuit "
                + vbr.physicalConnectionId() + ", not " + nextHopId, nextHopId, vbr.id());
      }
      PhysicalConnection pc = ExpressConnectLookups.physicalConnection(s, vbr.physicalConnectionId());
      DataCenter dc = ExpressConnectLookups.dataCenter(s, pc.dataCenterId());
      if (!dc.contains(destination)) {
        throw ErrorCode.VBR_ROUTE_NOT_IN_DATA_CENTER.exception(
            RuleId.D10, "destination " + destination + " is not inside the prefixes " + dc.prefixes() + " of "
                + dc.id() + ", where " + pc.id() + " lands", destination, dc.id());
      }
    } else {
      RouterInterface ri =
          ExpressConnectLookups.routerInterface(s, dev.cenkit.model.expressconnect.RouterInterfaceId.of(nextHopId));
      if (!ri.routerId().value().equals(vbr.id().value())) {
        throw ErrorCode.INVALID_NEXT_HOP.exception(
            RuleId.D10, "router interface " + ri.id() + " is on " + ri.routerId().value() + ", not on " + vbr.id(),
            ri.id(), vbr.id());
      }
    }
    for (VbrRouteEntry e : vbr.routeEntries()) {
      if (e.destination().equals(destination)) {
        throw ErrorCode.ROUTER_ENTRY_CONFLICT_DUPLICATED.exception(
            RuleId.D10, vbr.id() + " already has a route to " + destination + " (next hop " + e.nextHopId() + ")",
            destination, vbr.id());
      }
    }
  }

  // ---- R25 ----

  /**
   * R25, R27, D10: what a VBR advertises to the CEN it is attached to: the destinations of its static routes
   * towards the data center (next hop: its circuit), always, while the VBR is active; nothing once it is
   * terminated or gone. Routes towards router interfaces are never advertised (R26), nor is anything inside
   * 100.64.0.0/10. The CEN route tables (routing) call this for VBR attachments.
   */
  public static List<Cidr> r25AdvertisedByVbr(Snapshot s, VbrId vbrId) {
    return s.expressConnect().vbr(vbrId)
        .filter(v -> v.status() == VbrStatus.ACTIVE)
        .map(
            v ->
                v.dataCenterRoutes().stream()
                    .map(VbrRouteEntry::destination)
                    .filter(c -> !Cidr.CLOUD_SERVICES.overlaps(c))
                    .distinct()
                    .collect(Collectors.toUnmodifiableList()))
        .orElse(List.of());
  }

  // ---- D15 ----

  /**
   * D15 (N3): the default route map of a CEN (priority 5000, DENY) stops traffic that enters the CEN from one
   * VBR and leaves it towards another VBR, that is, data center to data center. For the reachability engine;
   * cenkit does not model route maps yet, so there is no allowing map to lift it.
   */
  public static boolean d15DeniedByDefaultRouteMap(NetworkInstanceId ingress, NetworkInstanceId egress) {
    return ingress instanceof VbrId && egress instanceof VbrId;
  }

  // ---- R27 ----

  /**
   * R27: the routes of a VBR are always advertised to its CEN and cannot be published or withdrawn by the
   * user. The CEN's {@code PublishRouteEntries} and {@code WithdrawPublishedRouteEntries} handlers call this.
   */
  public static void r27VbrRoutesNotPublishable(NetworkInstanceId child, String action) {
    if (child instanceof VbrId) {
      throw ErrorCode.VBR_ROUTE_ALWAYS_PUBLISHED.exception(
          RuleId.R27, action + " is not possible for " + child.value()
              + ": a VBR's routes are always advertised to its CEN", child.value());
    }
  }

  // ---- router interfaces (R7, R47) ----

  /** R7: a VPC or VBR that is an end of a router interface cannot be attached to a CEN. */
  public static void r7NoRouterInterfaces(Snapshot s, NetworkInstanceId child) {
    if (s.expressConnect().usesRouterInterfaces(child)) {
      String ris =
          s.expressConnect().routerInterfacesTouching(child).stream()
              .map(ri -> ri.id().value())
              .collect(Collectors.joining(", "));
      throw ErrorCode.CHILD_INSTANCE_RI_ALREADY_EXIST.exception(
          RuleId.R7, child.value() + " is connected through Express Connect router interfaces (" + ris
              + ") and cannot be attached to a CEN", child.value());
    }
  }

  /** R7, the other way round: a VPC or VBR attached to a CEN cannot get router interfaces. */
  public static void r7NotAttachedToCen(Snapshot s, NetworkInstanceId router) {
    Optional<CenAttachment> attachment = s.cen().attachmentOf(router);
    if (attachment.isPresent()) {
      throw ErrorCode.INSTANCE_ATTACHED_TO_CEN.exception(
          RuleId.R7, router.value() + " is attached to " + attachment.get().cenId()
              + " and cannot use Express Connect router interfaces", router.value(), attachment.get().cenId());
    }
  }

  /** R47: a VBR can only be the initiating side of a router-interface pair. */
  public static void r47VbrInitiates(NetworkInstanceId router, RouterInterfaceRole role) {
    if (router instanceof VbrId && role != RouterInterfaceRole.INITIATING_SIDE) {
      throw ErrorCode.VBR_ONLY_INITIATING_SIDE.exception(
          RuleId.R47, router.value() + " is a VBR; a VBR can only be the InitiatingSide, not " + role, router.value());
    }
  }

  /** R47: a VBR with router interfaces must be active. */
  public static void r47VbrActive(Vbr vbr) {
    vbrState(vbr, RuleId.R47, "a router interface", VbrStatus.ACTIVE);
  }

  /** R47: at most {@code quota} router interfaces per router. */
  public static void r47InterfacesPerRouter(Snapshot s, NetworkInstanceId router, int quota) {
    int count = s.expressConnect().routerInterfacesOn(router).size();
    if (count >= quota) {
      throw ErrorCode.ROUTER_INTERFACE_QUOTA_EXCEEDED.exception(
          RuleId.R47, router.value() + " already has " + count + " router interfaces; the quota is " + quota, router.value());
    }
  }

  /** R47: at most one router-interface pair between two routers. */
  public static void r47OnePairPerRouters(Snapshot s, NetworkInstanceId router, NetworkInstanceId opposite) {
    for (RouterInterface ri : s.expressConnect().routerInterfacesOn(router)) {
      if (ri.oppositeRouterId().value().equals(opposite.value())) {
        throw ErrorCode.ROUTER_INTERFACE_PAIR_EXIST.exception(
            RuleId.R47, router.value() + " already has " + ri.id() + " towards " + opposite.value(), ri.id());
      }
    }
  }

  /**
   * A pair connects when the initiating side is idle and names an idle accepting interface whose routers
   * mirror its own.
   */
  public static RouterInterface connectable(Snapshot s, RouterInterface initiator) {
    if (initiator.role() != RouterInterfaceRole.INITIATING_SIDE || initiator.status() != RouterInterfaceStatus.IDLE) {
      throw ErrorCode.ROUTER_INTERFACE_INCORRECT_STATUS.exception(
          RuleId.R47, initiator.id() + " is " + initiator.role() + " and " + initiator.status()
              + "; only an idle InitiatingSide interface connects", initiator.id());
    }
    if (initiator.oppositeInterfaceId().isEmpty()) {
      throw ErrorCode.ROUTER_INTERFACE_OPPOSITE_NOT_SET.exception(
          RuleId.R47, initiator.id() + " has no opposite interface to connect to; create it with the id of the"
              + " accepting interface of " + initiator.oppositeRouterId().value(), initiator.id());
    }
    RouterInterface acceptor = ExpressConnectLookups.routerInterface(s, initiator.oppositeInterfaceId().get());
    boolean mirrors =
        acceptor.role() == RouterInterfaceRole.ACCEPTING_SIDE
            && acceptor.status() == RouterInterfaceStatus.IDLE
            && acceptor.routerId().value().equals(initiator.oppositeRouterId().value())
            && acceptor.oppositeRouterId().value().equals(initiator.routerId().value());
    if (!mirrors) {
      throw ErrorCode.ROUTER_INTERFACE_INCORRECT_STATUS.exception(
          RuleId.R47, acceptor.id() + " (" + acceptor.role() + ", " + acceptor.status() + ", on " + acceptor.routerId().value()
              + ") is not an idle accepting interface of " + initiator.oppositeRouterId().value() + " towards "
              + initiator.routerId().value(), acceptor.id(), initiator.id());
    }
    return acceptor;
  }

  /**
   * R46: a router interface that a route of its own router uses as next hop cannot be deleted
   * ({@code DependencyViolation.RouterInterfaceReferedByRouteEntry}): a static route of its VBR, or a custom
   * route of its VPC (a route names only an interface of its own router, D10 and R38, so only that router is
   * looked at).
   */
  public static void routerInterfaceUnused(Snapshot s, RouterInterface ri) {
    for (Vbr vbr : s.expressConnect().vbrsRoutingVia(ri.id())) {
      for (VbrRouteEntry e : vbr.routeEntries()) {
        if (e.nextHopType() == VbrNextHopType.ROUTER_INTERFACE && e.nextHopId().equals(ri.id().value())) {
          throw ErrorCode.DEPENDENCY_VIOLATION_ROUTER_INTERFACE_ROUTE.exception(
              RuleId.R46, "route " + e.destination() + " of " + vbr.id() + " still uses " + ri.id(), ri.id(), vbr.id());
        }
      }
    }
    if (ri.routerId() instanceof VpcId) {
      for (RouteEntry e : s.vpc().routeEntriesOfVpc((VpcId) ri.routerId())) {
        if (e.nextHopType() == NextHopType.ROUTER_INTERFACE && e.nextHopId().equals(ri.id().value())) {
          throw ErrorCode.DEPENDENCY_VIOLATION_ROUTER_INTERFACE_ROUTE.exception(
              RuleId.R46, "route " + e.id() + " (" + e.destinationCidrBlock() + ") of " + e.vpcId() + " still uses "
                  + ri.id(), ri.id(), e.id());
        }
      }
    }
  }
}
