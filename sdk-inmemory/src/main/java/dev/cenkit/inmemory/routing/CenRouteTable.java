package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePSet;

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
 *
 * <p>Persistent: the members, the table and the regions are persistent structures, so {@link #next} derives the
 * table of a later snapshot from the members a change touched in O(k × log n), sharing everything else. What a
 * question does not need (the listing) is made only when asked; the listing entry of one route ({@link #listed})
 * is made per call in O(1); the regions' implicit router and peer ids are kept by the next table while the
 * regions stay the same.
 */
public final class CenRouteTable {
  private final CenId cenId;
  private final TransitRouterRouteTableId tableId;
  private final RouteTable table;
  /** Each attached instance by its implicit connection, with the destinations it advertises. */
  private final PMap<TransitRouterAttachmentId, Member> members;
  /** The attach orders of the members of each region (the first is when the region was first used). */
  private final PMap<RegionId, PSortedSet<Long>> ordersByRegion;
  private final Regions regions;
  /** The listing, made on first use. */
  private volatile @Nullable List<CenRouteEntry> routes;

  /**
   * An attached instance and what it advertises (R25, R26), equal by those two; its implicit connection is made
   * on first use and kept by every later table the member stays unchanged in.
   */
  private static final class Member {
    private final CenAttachment attachment;
    private final List<Cidr> advertised;
    private volatile @Nullable TransitRouterAttachment connection;

    Member(CenAttachment attachment, List<Cidr> advertised) {
      this.attachment = attachment;
      this.advertised = advertised;
    }

    CenAttachment attachment() {
      return attachment;
    }

    List<Cidr> advertised() {
      return advertised;
    }

    TransitRouterAttachment connection(TransitRouterAttachmentId id) {
      TransitRouterAttachment c = connection;
      if (c == null) {
        c = BasicRouters.connection(id, attachment);
        connection = c;
      }
      return c;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Member && ((Member) o).attachment.equals(attachment) && ((Member) o).advertised.equals(advertised);
    }

    @Override
    public int hashCode() {
      return attachment.hashCode() * 31 + advertised.hashCode();
    }
  }

  /**
   * The regions of the CEN in the order they were first used, with their implicit routers' ids (and the implicit
   * peers' ids, made on first use): kept by the next table as long as the regions stay the same, so the implicit
   * routers of a dense CEN are not derived again after every change to one member.
   */
  static final class Regions {
    private final CenId cenId;
    private final List<RegionId> inOrder;
    private final Map<TransitRouterId, RegionId> byRouter;
    private final Map<RegionId, TransitRouter> routers;
    private volatile @Nullable Map<TransitRouterAttachmentId, RegionPair> pairsByPeer;
    private final Map<RegionPair, TransitRouterAttachmentId> peerIds = new java.util.concurrent.ConcurrentHashMap<>();

    Regions(CenId cenId, List<RegionId> inOrder) {
      this.cenId = cenId;
      this.inOrder = List.copyOf(inOrder);
      Map<TransitRouterId, RegionId> byRouter = new HashMap<>();
      Map<RegionId, TransitRouter> routers = new HashMap<>();
      for (RegionId region : inOrder) {
        TransitRouterId id = BasicRouters.routerId(cenId, region);
        byRouter.put(id, region);
        routers.put(region, TransitRouter.builder()
            .id(id)
            .cenId(cenId)
            .region(region)
            .type(TransitRouterType.BASIC)
            .systemRouteTableId(BasicRouters.tableId(cenId))
            .build());
      }
      this.byRouter = byRouter;
      this.routers = routers;
    }

    List<RegionId> inOrder() {
      return inOrder;
    }

    /** The region of an implicit router id of this CEN, or null. */
    @Nullable RegionId regionOf(TransitRouterId router) {
      return byRouter.get(router);
    }

    /** The implicit router of a region of this CEN. */
    TransitRouter router(RegionId region) {
      return routers.get(region);
    }

    /** The id of the implicit peer between two regions of this CEN. */
    TransitRouterAttachmentId peerId(RegionPair pair) {
      return peerIds.computeIfAbsent(pair, p -> BasicRouters.peerId(cenId, p));
    }

    /** The region pair of an implicit peer id of this CEN, or null. */
    @Nullable RegionPair pairOf(TransitRouterAttachmentId peer) {
      Map<TransitRouterAttachmentId, RegionPair> m = pairsByPeer;
      if (m == null) {
        m = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
          for (int j = i + 1; j < inOrder.size(); j++) {
            RegionPair pair = RegionPair.of(inOrder.get(i), inOrder.get(j));
            m.put(BasicRouters.peerId(cenId, pair), pair);
          }
        }
        pairsByPeer = m;
      }
      return m.get(peer);
    }
  }

  private CenRouteTable(
      CenId cenId, TransitRouterRouteTableId tableId, RouteTable table, PMap<TransitRouterAttachmentId, Member> members,
      PMap<RegionId, PSortedSet<Long>> ordersByRegion, @Nullable Regions previousRegions) {
    this.cenId = cenId;
    this.tableId = tableId;
    this.table = table;
    this.members = members;
    this.ordersByRegion = ordersByRegion;
    List<RegionId> inOrder = regionsInOrder(ordersByRegion);
    this.regions =
        previousRegions != null && previousRegions.inOrder().equals(inOrder) ? previousRegions : new Regions(cenId, inOrder);
  }

  private static List<RegionId> regionsInOrder(PMap<RegionId, PSortedSet<Long>> ordersByRegion) {
    List<Map.Entry<RegionId, PSortedSet<Long>>> used = new ArrayList<>(ordersByRegion.entrySet());
    used.sort(Comparator.comparing((Map.Entry<RegionId, PSortedSet<Long>> e) -> e.getValue().first()));
    List<RegionId> out = new ArrayList<>(used.size());
    for (Map.Entry<RegionId, PSortedSet<Long>> e : used) {
      out.add(e.getKey());
    }
    return out;
  }

  /** The route set of {@code cenId} in {@code snapshot} (empty if the CEN has no members), derived from scratch. */
  public static CenRouteTable of(Snapshot s, CenId cenId) {
    PMap<TransitRouterAttachmentId, Member> members = HashTreePMap.empty();
    PMap<RegionId, PSortedSet<Long>> orders = HashTreePMap.empty();
    List<TransitRouterRouteEntry> candidates = new ArrayList<>();
    TransitRouterRouteTableId tableId = BasicRouters.tableId(cenId);
    // The index keeps a CEN's attachments in attach order: the install order of the propagated entries.
    for (CenAttachment a : s.cen().attachmentsInOrder(cenId)) {
      TransitRouterAttachmentId connection = BasicRouters.connectionId(a.childInstanceId());
      List<Cidr> advertised = advertisedBy(s, a);
      members = members.plus(connection, new Member(a, advertised));
      orders = plusOrder(orders, a);
      for (Cidr destination : advertised) {
        candidates.add(candidate(tableId, connection, a, destination));
      }
    }
    return new CenRouteTable(cenId, tableId, RouteTable.select(candidates), members, orders, null);
  }

  private static PMap<RegionId, PSortedSet<Long>> plusOrder(PMap<RegionId, PSortedSet<Long>> orders, CenAttachment a) {
    PSortedSet<Long> held = orders.get(a.childInstanceRegion());
    return orders.plus(a.childInstanceRegion(), (held == null ? TreePSet.<Long>empty() : held).plus(a.attachOrder()));
  }

  private static PMap<RegionId, PSortedSet<Long>> minusOrder(PMap<RegionId, PSortedSet<Long>> orders, CenAttachment a) {
    PSortedSet<Long> held = orders.get(a.childInstanceRegion());
    if (held == null) {
      return orders;
    }
    PSortedSet<Long> left = held.minus(a.attachOrder());
    return left.isEmpty() ? orders.minus(a.childInstanceRegion()) : orders.plus(a.childInstanceRegion(), left);
  }

  private static TransitRouterRouteEntry candidate(
      TransitRouterRouteTableId tableId, TransitRouterAttachmentId connection, CenAttachment a, Cidr destination) {
    return TransitRouterRouteEntry.builder()
        .routeTableId(tableId)
        .destinationCidrBlock(destination)
        .nextHopType(TransitRouterNextHopType.ATTACHMENT)
        .nextHopId(connection)
        .type(TransitRouterRouteEntryType.PROPAGATED)
        .originResourceId(a.childInstanceId().value())
        .order(a.attachOrder())
        .build();
  }

  /**
   * This CEN's table in {@code s}, given that only the instances in {@code touched} may have been attached to or
   * detached from it, or changed what they advertise (vSwitches, VBR routes) since this table's snapshot: only
   * their entries are taken out and put in again, O(k × log n) for k touched instances of a CEN of n routes. The
   * result equals {@link #of} on {@code s}; it is this very table when nothing it holds changed.
   */
  public CenRouteTable next(Snapshot s, Collection<? extends NetworkInstanceId> touched) {
    RouteTable.Editor edit = table.edit();
    PMap<TransitRouterAttachmentId, Member> members = this.members;
    PMap<RegionId, PSortedSet<Long>> orders = ordersByRegion;
    boolean changed = false;
    for (NetworkInstanceId child : touched) {
      TransitRouterAttachmentId connection = BasicRouters.connectionId(child);
      Member old = members.get(connection);
      CenAttachment now = s.cen().attachments().get(child.value());
      Member fresh = now == null || !now.cenId().equals(cenId) ? null : new Member(now, advertisedBy(s, now));
      if (java.util.Objects.equals(old, fresh)) {
        continue;
      }
      changed = true;
      if (old != null) {
        for (Cidr destination : old.advertised()) {
          edit.remove(destination, connection);
        }
        members = members.minus(connection);
        orders = minusOrder(orders, old.attachment());
      }
      if (fresh != null) {
        for (Cidr destination : fresh.advertised()) {
          edit.add(candidate(tableId, connection, fresh.attachment(), destination));
        }
        members = members.plus(connection, fresh);
        orders = plusOrder(orders, fresh.attachment());
      }
    }
    return changed ? new CenRouteTable(cenId, tableId, edit.apply(), members, orders, regions) : this;
  }

  /** The CEN. */
  public CenId cenId() {
    return cenId;
  }

  /** The id of the CEN's one table ({@link BasicRouters#tableId}). */
  public TransitRouterRouteTableId tableId() {
    return tableId;
  }

  /** The one table of the CEN's implicit routers, shared by every region (D1). */
  public RouteTable table() {
    return table;
  }

  /** The regions with their implicit routers' and peers' ids (kept across tables while the regions stay the same). */
  Regions regionIndex() {
    return regions;
  }

  /**
   * The member behind a connection, or null: looked up once in the persistent map of members and then kept in a
   * hash map, as a question asks for the same few connections several times (the table is immutable, so is this).
   */
  private Member member(TransitRouterAttachmentId connection) {
    Member m = membersAsked.get(connection);
    if (m == null) {
      m = members.get(connection);
      if (m != null) {
        membersAsked.put(connection, m);
      }
    }
    return m;
  }

  private final Map<TransitRouterAttachmentId, Member> membersAsked = new java.util.concurrent.ConcurrentHashMap<>();

  /** The attachment behind an implicit connection, if the connection is one of this CEN's. */
  public Optional<CenAttachment> attachment(TransitRouterAttachmentId connection) {
    Member m = member(connection);
    return m == null ? Optional.empty() : Optional.of(m.attachment());
  }

  /** The implicit connection (on the router of its region) of an attached instance, if it is one of this CEN's. */
  public Optional<TransitRouterAttachment> connection(TransitRouterAttachmentId connection) {
    Member m = member(connection);
    return m == null ? Optional.empty() : Optional.of(m.connection(connection));
  }

  /** The attached instance that advertised a table entry (its next hop's instance). */
  public CenAttachment advertiser(TransitRouterRouteEntry entry) {
    Member m = member(entry.nextHopId().orElseThrow());
    if (m == null) {
      throw new IllegalArgumentException(entry + " is not an entry of the table of " + cenId);
    }
    return m.attachment();
  }

  /** The implicit connections of the CEN's attached instances, in attach order (made on each call). */
  public Map<TransitRouterAttachmentId, CenAttachment> connections() {
    List<Map.Entry<TransitRouterAttachmentId, Member>> all = new ArrayList<>(members.entrySet());
    all.sort(Comparator.comparingLong(e -> e.getValue().attachment().attachOrder()));
    Map<TransitRouterAttachmentId, CenAttachment> out = new LinkedHashMap<>();
    for (Map.Entry<TransitRouterAttachmentId, Member> e : all) {
      out.put(e.getKey(), e.getValue().attachment());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The regions the CEN has attached instances in, in the order they were first attached in. */
  public List<RegionId> regions() {
    return regions.inOrder();
  }

  /** The routes, ordered by destination, the active source of each destination first (made on first use). */
  public List<CenRouteEntry> routes() {
    List<CenRouteEntry> r = routes;
    if (r == null) {
      List<CenRouteEntry> out = new ArrayList<>(table.size());
      NetworkInstanceId winner = null;
      for (TransitRouterRouteEntry e : table.entries()) {
        boolean isActive = e.status() == TransitRouterRouteEntryStatus.ACTIVE;
        CenAttachment a = advertiser(e);
        if (isActive) {
          winner = a.childInstanceId();
        }
        out.add(listing(e, a, isActive ? null : winner));
      }
      r = List.copyOf(out);
      routes = r;
    }
    return r;
  }

  private CenRouteEntry listing(TransitRouterRouteEntry e, CenAttachment a, @Nullable NetworkInstanceId winner) {
    return CenRouteEntry.builder()
        .cenId(cenId)
        .destinationCidrBlock(e.destinationCidrBlock())
        .nextHopInstanceId(a.childInstanceId())
        .nextHopRegion(a.childInstanceRegion())
        .attachOrder(a.attachOrder())
        .status(winner == null ? CenRouteStatus.ACTIVE : CenRouteStatus.CANDIDATE)
        .conflictsWith(Optional.ofNullable(winner))
        .build();
  }

  /** The listing entry of an active table entry (made on each call: O(1)). */
  public CenRouteEntry listed(TransitRouterRouteEntry active) {
    Member m = member(active.nextHopId().orElseThrow());
    if (m == null || active.status() != TransitRouterRouteEntryStatus.ACTIVE) {
      throw new IllegalArgumentException(active + " is not an active entry of the table of " + cenId);
    }
    return listing(active, m.attachment(), null);
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

  /** Whether both tables hold the same members, regions and entries (the listing follows from them). */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof CenRouteTable)) {
      return false;
    }
    CenRouteTable t = (CenRouteTable) o;
    return t.cenId.equals(cenId) && t.members.equals(members) && t.regions().equals(regions()) && t.table.equals(table);
  }

  @Override
  public int hashCode() {
    return cenId.hashCode() * 31 + members.hashCode();
  }

  @Override
  public String toString() {
    return "CenRouteTable " + cenId + " " + table;
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
