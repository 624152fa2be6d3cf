package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;

/**
 * The route set of one CEN (Basic Edition, D1: one route set per CEN), derived from the snapshot's indexes in
 * time proportional to the CEN's own routes, never to the cloud's size.
 *
 * <p>It is the one table of the CEN's implicit routers ({@link BasicRouters}): every attached instance is a
 * connection associated with this table and propagating into it, so each advertises its default routes (R25)
 * here as a propagated entry whose next hop is its connection — a VPC its vSwitch blocks, a VBR its static
 * routes to its data center; 100.64.0.0/10 is never advertised (R26). The entries are ranked by the same
 * {@link RouteTable#select} as an Enterprise table, the attach order being the install order, so of several
 * sources of an identical destination (R28) the one attached first is active and the others stand by. The
 * regional implicit routers all share this one table (D1): a lookup at any region's router sees every entry;
 * an entry whose connection is in another region is reached over the implicit inter-region connection.
 *
 * <p>{@link #routes()} is the Basic listing of that table: active entries as {@link CenRouteStatus#ACTIVE},
 * standby ones as {@link CenRouteStatus#CANDIDATE} naming the winner (D4 c). Different CENs never share
 * routes (R10).
 */
public final class CenRouteTable {
  private final CenId cenId;
  private final RouteTable table;
  private final Map<TransitRouterAttachmentId, CenAttachment> connections;
  private final List<RegionId> regions;
  private final List<CenRouteEntry> routes;
  /** The listing entry of each active table entry (the very instances the table's prefix trie holds). */
  private final Map<TransitRouterRouteEntry, CenRouteEntry> listed;

  private CenRouteTable(
      CenId cenId, RouteTable table, Map<TransitRouterAttachmentId, CenAttachment> connections, List<RegionId> regions) {
    this.cenId = cenId;
    this.table = table;
    this.connections = connections;
    this.regions = regions;
    List<CenRouteEntry> routes = new ArrayList<>(table.entries().size());
    Map<TransitRouterRouteEntry, CenRouteEntry> listed = new IdentityHashMap<>();
    Map<Cidr, NetworkInstanceId> winners = new java.util.HashMap<>();
    for (TransitRouterRouteEntry e : table.entries()) {
      CenAttachment a = connections.get(e.nextHopId().orElseThrow());
      boolean isActive = e.status() == TransitRouterRouteEntryStatus.ACTIVE;
      if (isActive) {
        winners.put(e.destinationCidrBlock(), a.childInstanceId());
      }
      NetworkInstanceId winner = winners.get(e.destinationCidrBlock());
      CenRouteEntry entry =
          CenRouteEntry.builder()
              .cenId(cenId)
              .destinationCidrBlock(e.destinationCidrBlock())
              .nextHopInstanceId(a.childInstanceId())
              .nextHopRegion(a.childInstanceRegion())
              .attachOrder(a.attachOrder())
              .status(isActive ? CenRouteStatus.ACTIVE : CenRouteStatus.CANDIDATE)
              .conflictsWith(isActive ? Optional.empty() : Optional.of(winner))
              .build();
      routes.add(entry);
      if (isActive) {
        listed.put(e, entry);
      }
    }
    this.routes = List.copyOf(routes);
    this.listed = listed;
  }

  /** The route set of {@code cenId} in {@code snapshot} (empty if the CEN has no members). */
  public static CenRouteTable of(Snapshot s, CenId cenId) {
    Map<TransitRouterAttachmentId, CenAttachment> connections = new LinkedHashMap<>();
    LinkedHashSet<RegionId> regions = new LinkedHashSet<>();
    List<TransitRouterRouteEntry> candidates = new ArrayList<>();
    dev.cenkit.model.tr.TransitRouterRouteTableId tableId = BasicRouters.tableId(cenId);
    // The index keeps a CEN's attachments in attach order: the install order of the propagated entries.
    for (CenAttachment a : s.cen().attachmentsInOrder(cenId)) {
      TransitRouterAttachmentId connection = BasicRouters.connectionId(a.childInstanceId());
      connections.put(connection, a);
      regions.add(a.childInstanceRegion());
      for (Cidr destination : advertisedBy(s, a)) {
        candidates.add(
            TransitRouterRouteEntry.builder()
                .routeTableId(tableId)
                .destinationCidrBlock(destination)
                .nextHopType(TransitRouterNextHopType.ATTACHMENT)
                .nextHopId(connection)
                .type(TransitRouterRouteEntryType.PROPAGATED)
                .originResourceId(a.childInstanceId().value())
                .order(a.attachOrder())
                .build());
      }
    }
    return new CenRouteTable(cenId, RouteTable.select(candidates), connections, List.copyOf(regions));
  }

  /** The CEN. */
  public CenId cenId() {
    return cenId;
  }

  /** The one table of the CEN's implicit routers, shared by every region (D1). */
  public RouteTable table() {
    return table;
  }

  /** The attachment behind an implicit connection, if the connection is one of this CEN's. */
  public Optional<CenAttachment> attachment(TransitRouterAttachmentId connection) {
    return Optional.ofNullable(connections.get(connection));
  }

  /** The implicit connections of the CEN's attached instances, in attach order. */
  public Map<TransitRouterAttachmentId, CenAttachment> connections() {
    return java.util.Collections.unmodifiableMap(connections);
  }

  /** The regions the CEN has attached instances in, in the order they were first attached in. */
  public List<RegionId> regions() {
    return regions;
  }

  /** The routes, ordered by destination, the active source of each destination first. */
  public List<CenRouteEntry> routes() {
    return routes;
  }

  /** The listing entry of an active table entry. */
  public CenRouteEntry listed(TransitRouterRouteEntry active) {
    CenRouteEntry e = listed.get(active);
    if (e == null) {
      throw new IllegalArgumentException(active + " is not an active entry of the table of " + cenId);
    }
    return e;
  }

  /** The active route for exactly {@code destination}, if any. */
  public Optional<CenRouteEntry> active(Cidr destination) {
    return table.active(destination).map(this::listed);
  }

  /** The active route of the longest destination containing {@code address}, if any. */
  public Optional<CenRouteEntry> longestActive(Ipv4Address address) {
    return table.lookup(address).map(this::listed);
  }

  /** The active routes whose destination contains {@code address}, the longest destination first. */
  public List<CenRouteEntry> activeContaining(Ipv4Address address) {
    List<TransitRouterRouteEntry> entries = table.activeContaining(address);
    List<CenRouteEntry> out = new ArrayList<>(entries.size());
    for (TransitRouterRouteEntry e : entries) {
      out.add(listed(e));
    }
    return out;
  }

  /**
   * The destinations an attached instance advertises by default (R25), without 100.64.0.0/10 (R26). VPCs
   * advertise their vSwitch blocks; VBRs their static routes towards the data center.
   */
  static List<Cidr> advertisedBy(Snapshot s, CenAttachment attachment) {
    NetworkInstanceId child = attachment.childInstanceId();
    Map<Cidr, Cidr> blocks = new LinkedHashMap<>();
    if (child instanceof VpcId) {
      for (VSwitch vsw : s.vpc().vSwitchMapOf((VpcId) child).values()) {
        blocks.put(vsw.cidrBlock(), vsw.cidrBlock());
      }
    }
    if (child instanceof VbrId) {
      // A VBR advertises its static routes to the data center (next hop: its circuit), D10, R25, R27.
      s.expressConnect().vbr((VbrId) child).ifPresent(
          vbr -> vbr.routeEntries().stream()
              .filter(e -> e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION)
              .forEach(e -> blocks.put(e.destination(), e.destination())));
    }
    blocks.keySet().removeIf(c -> Cidr.CLOUD_SERVICES.overlaps(c));
    return List.copyOf(blocks.keySet());
  }
}
