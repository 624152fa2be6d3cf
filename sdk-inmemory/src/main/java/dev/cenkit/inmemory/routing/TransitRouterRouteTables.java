package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.cen.CenId;
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
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The route tables of Enterprise Edition transit routers, derived from a snapshot and never stored
 * (enterprise-edition.md §4.2, §4.3):
 *
 * <ol>
 *   <li>static and blackhole entries stay in their table (E11);
 *   <li>every connection installs the prefixes it advertises (E26: a VPC its vSwitch blocks, never
 *       100.64.0.0/10; a VBR its routes to the data center) in each table it propagates into, next hop the
 *       connection;
 *   <li>an inter-region connection {@code p} propagating into a table on one router installs there the active
 *       entries of the table {@code p} is associated with on the other router, except those whose next hop is
 *       {@code p} (DE5), recomputed from the active entries until nothing changes (chains and rings of regions
 *       converge; the exception stops ping-pong; an entry whose source is no longer active is not kept);
 *   <li>per table and destination one entry is active: static over propagated, then the first installed, a
 *       learned entry counting as installed after the entry it was learned from (so the fewest, earliest
 *       crossings win); the others stand by (E12, DE6).
 * </ol>
 *
 * Lookups take the longest active prefix (E12). {@link #publishedInto(VpcId)} is what auto-publish writes
 * into a VPC (DE7). The computation runs per CEN, on first use: routers of different CENs never share routes,
 * and {@link #next} keeps the tables of every CEN a change did not touch. As a {@link RouterPlane} it hands the
 * forwarding loop the routers, connections and tables the user created; each table is a {@link RouteTable}, the
 * structure a Basic CEN's shared table ({@link CenRouteTable}) is built with too.
 */
public final class TransitRouterRouteTables implements RouterPlane {
  /**
   * What one crossing of an inter-region connection adds to an entry's order: entries learned across regions
   * come after every local entry, and after the entry they were learned from (DE6).
   */
  private static final long REMOTE_ORDER_BASE = 1L << 40;

  private final Snapshot snapshot;
  /** The tables of each CEN derived so far; a CEN's tables are derived on first use and then kept. */
  private final AtomicReference<PMap<CenId, Map<TransitRouterRouteTableId, RouteTable>>> byCen;

  private TransitRouterRouteTables(
      Snapshot snapshot, PMap<CenId, Map<TransitRouterRouteTableId, RouteTable>> derived) {
    this.snapshot = snapshot;
    this.byCen = new AtomicReference<>(derived);
  }

  /** The transit-router route tables of every CEN of {@code snapshot}, each CEN's derived on first use. */
  public static TransitRouterRouteTables of(Snapshot snapshot) {
    return new TransitRouterRouteTables(snapshot, HashTreePMap.empty());
  }

  /**
   * The tables of {@code next}, keeping what {@code previous} derived for every CEN not in {@code touched}: a
   * change to one CEN's routers, or to a network connected to them, rederives that CEN's tables only.
   */
  public static TransitRouterRouteTables next(TransitRouterRouteTables previous, Snapshot next, Set<CenId> touched) {
    PMap<CenId, Map<TransitRouterRouteTableId, RouteTable>> kept = previous.byCen.get();
    for (CenId cen : touched) {
      kept = kept.minus(cen);
    }
    return new TransitRouterRouteTables(next, kept);
  }

  /** Whether both hold the very same derived tables of {@code cen} (for tests of the incremental update). */
  public boolean sharesCenWith(TransitRouterRouteTables other, CenId cen) {
    Object mine = byCen.get().get(cen);
    return mine != null && mine == other.byCen.get().get(cen);
  }

  /** The derived tables of {@code cen}. */
  private Map<TransitRouterRouteTableId, RouteTable> cen(CenId cen) {
    Map<TransitRouterRouteTableId, RouteTable> tables = byCen.get().get(cen);
    if (tables == null) {
      Map<TransitRouterRouteTableId, RouteTable> derived = computeCen(snapshot, cen);
      tables = byCen.updateAndGet(m -> m.containsKey(cen) ? m : m.plus(cen, derived)).get(cen);
    }
    return tables;
  }

  /** Every entry of a table, static and propagated, ordered by destination, the active entry of each first. */
  public List<TransitRouterRouteEntry> entries(TransitRouterRouteTableId table) {
    return table(table).entries();
  }

  /** The table {@code table} as derived (empty when there is no such table). */
  public RouteTable table(TransitRouterRouteTableId table) {
    TransitRouterRouteTable t = snapshot.transitRouter().routeTables().get(table);
    TransitRouter router = t == null ? null : snapshot.transitRouter().transitRouters().get(t.transitRouterId());
    if (router == null) {
      return RouteTable.empty();
    }
    return cen(router.cenId()).getOrDefault(table, RouteTable.empty());
  }

  /** The active entries of a table, ordered by destination. */
  public List<TransitRouterRouteEntry> activeEntries(TransitRouterRouteTableId table) {
    return table(table).activeEntries();
  }

  /** The active entry of a table with the longest prefix containing {@code destination} (E12), if any. */
  public Optional<TransitRouterRouteEntry> lookup(TransitRouterRouteTableId table, Ipv4Address destination) {
    return table(table).lookup(destination);
  }

  @Override
  public Optional<TransitRouter> router(TransitRouterId id) {
    return snapshot.transitRouter().transitRouter(id);
  }

  @Override
  public Optional<TransitRouterAttachment> connection(TransitRouterAttachmentId id) {
    return snapshot.transitRouter().attachment(id);
  }

  @Override
  public Optional<TransitRouterRouteTableId> associatedTable(TransitRouterId router, TransitRouterAttachmentId connection) {
    return snapshot.transitRouter().associationOf(router, connection).map(TransitRouterRouteTableAssociation::routeTableId);
  }

  @Override
  public Optional<TransitRouterRouteEntry> lookup(TransitRouterId router, TransitRouterRouteTableId table, Ipv4Address destination) {
    return lookup(table, destination);
  }

  /**
   * What auto-publish writes into a VPC (E16, DE7, §4.3): for each of its VPC connections with
   * {@code AutoPublishRouteEnabled}, the active entries of the connection's associated table, next hop that
   * connection, except destinations equal to or inside a vSwitch block of the VPC, equal to a custom route of
   * the VPC, or whose next hop is the connection itself. Ordered by destination; the first connection wins a
   * destination two connections publish.
   */
  public Map<Cidr, TransitRouterAttachmentId> publishedInto(VpcId vpcId) {
    Vpc vpc = snapshot.vpc().vpcs().get(vpcId);
    Map<Cidr, TransitRouterAttachmentId> out = new TreeMap<>();
    if (vpc == null) {
      return out;
    }
    List<VSwitch> vSwitches = snapshot.vpc().vSwitchesOf(vpcId);
    List<RouteEntry> custom = snapshot.vpc().routeEntriesOf(vpc.routeTableId());
    for (TransitRouterAttachment c : snapshot.transitRouter().attachmentsOfInstance(vpcId.value())) {
      if (!c.autoPublishRouteEnabled()) {
        continue;
      }
      Optional<TransitRouterRouteTableAssociation> as =
          snapshot.transitRouter().associationOf(c.transitRouterId(), c.id());
      if (as.isEmpty()) {
        continue;
      }
      for (TransitRouterRouteEntry e : activeEntries(as.get().routeTableId())) {
        Cidr d = e.destinationCidrBlock();
        if (e.nextHopId().equals(Optional.of(c.id()))
            || vSwitches.stream().anyMatch(v -> v.cidrBlock().contains(d))
            || custom.stream().anyMatch(r -> r.destinationCidrBlock().equals(d))) {
          continue;
        }
        out.putIfAbsent(d, c.id());
      }
    }
    return out;
  }

  /** The prefixes a connection advertises into the tables it propagates into (E26). */
  static List<Cidr> advertisedBy(Snapshot s, TransitRouterAttachment c) {
    Map<Cidr, Cidr> blocks = new LinkedHashMap<>();
    if (c.vpcId().isPresent()) {
      for (VSwitch vsw : s.vpc().vSwitchesOf(c.vpcId().get())) {
        blocks.put(vsw.cidrBlock(), vsw.cidrBlock());
      }
    }
    if (c.vbrId().isPresent()) {
      VbrId vbr = c.vbrId().get();
      s.expressConnect().vbr(vbr).ifPresent(
          v -> v.routeEntries().stream()
              .filter(e -> e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION)
              .forEach(e -> blocks.put(e.destination(), e.destination())));
    }
    blocks.keySet().removeIf(Cidr.CLOUD_SERVICES::overlaps);
    return List.copyOf(blocks.keySet());
  }

  /** One candidate entry while the tables are built. */
  private static final class Candidate {
    final TransitRouterRouteEntry entry;

    Candidate(TransitRouterRouteEntry entry) {
      this.entry = entry;
    }

    String key() {
      return entry.destinationCidrBlock() + "|" + entry.type() + "|" + entry.nextHopType() + "|" + entry.nextHopId().map(Object::toString).orElse("");
    }
  }

  private static Map<TransitRouterRouteTableId, RouteTable> computeCen(Snapshot s, CenId cen) {
    List<TransitRouter> routers = s.transitRouter().transitRoutersOf(cen);
    // What each table holds by itself: its static entries and what its propagating connections advertise.
    Map<TransitRouterRouteTableId, Map<String, Candidate>> local = new LinkedHashMap<>();
    List<TransitRouterAttachment> peers = new ArrayList<>();
    for (TransitRouter router : routers) {
      for (TransitRouterRouteTable table : s.transitRouter().routeTablesOf(router.id())) {
        Map<String, Candidate> c = new LinkedHashMap<>();
        local.put(table.id(), c);
        for (TransitRouterRouteEntry e : s.transitRouter().staticEntriesOf(table.id())) {
          add(c, e);
        }
        for (TransitRouterRouteTablePropagation p : s.transitRouter().propagationsInto(table.id())) {
          TransitRouterAttachment a = s.transitRouter().attachments().get(p.attachmentId());
          if (a == null || a.isPeer()) {
            continue;
          }
          for (Cidr d : advertisedBy(s, a)) {
            add(c, propagated(table.id(), d, a.id(), a.resourceId(), a.createOrder()));
          }
        }
      }
      for (TransitRouterAttachment a : s.transitRouter().attachmentsOf(router.id())) {
        if (a.isPeer() && a.transitRouterId().equals(router.id())) {
          peers.add(a);
        }
      }
    }
    // Cross-region (DE5), recomputed from the previous round's active entries until nothing changes: an entry
    // learned over a connection is ordered after the entry it was learned from, so each table keeps the entry
    // of the fewest, earliest crossings, and an entry stops being carried when the entry it came from is no
    // longer active (no stale routes). Each round adds at most one crossing; the bound is a guard.
    Map<TransitRouterRouteTableId, RouteTable> selected = selectAll(local);
    int bound = 2 * routers.size() + 4;
    for (int round = 0; round < bound && !peers.isEmpty(); round++) {
      Map<TransitRouterRouteTableId, Map<String, Candidate>> next = new LinkedHashMap<>();
      local.forEach((table, c) -> next.put(table, new LinkedHashMap<>(c)));
      for (TransitRouterAttachment p : peers) {
        TransitRouterId a = p.transitRouterId();
        TransitRouterId b = p.peerTransitRouterId().orElseThrow();
        carry(s, selected, next, p, a, b);
        carry(s, selected, next, p, b, a);
      }
      Map<TransitRouterRouteTableId, RouteTable> again = selectAll(next);
      if (again.equals(selected)) {
        break;
      }
      selected = again;
    }
    return new HashMap<>(selected);
  }

  private static Map<TransitRouterRouteTableId, RouteTable> selectAll(
      Map<TransitRouterRouteTableId, Map<String, Candidate>> candidates) {
    Map<TransitRouterRouteTableId, RouteTable> out = new LinkedHashMap<>();
    candidates.forEach((table, c) -> out.put(table, select(c)));
    return out;
  }

  /**
   * Installs in the tables {@code p} propagates into on {@code to} the active entries (of the previous round) of
   * its associated table on {@code from}, except those through {@code p}.
   */
  private static void carry(
      Snapshot s, Map<TransitRouterRouteTableId, RouteTable> selected,
      Map<TransitRouterRouteTableId, Map<String, Candidate>> next, TransitRouterAttachment p, TransitRouterId from,
      TransitRouterId to) {
    Optional<TransitRouterRouteTableAssociation> source = s.transitRouter().associationOf(from, p.id());
    if (source.isEmpty()) {
      return;
    }
    List<TransitRouterRouteTablePropagation> targets = s.transitRouter().propagationsOf(to, p.id());
    if (targets.isEmpty()) {
      return;
    }
    List<TransitRouterRouteEntry> active = selected.getOrDefault(source.get().routeTableId(), RouteTable.empty()).entries();
    for (TransitRouterRouteTablePropagation target : targets) {
      Map<String, Candidate> c = next.get(target.routeTableId());
      if (c == null) {
        continue;
      }
      for (TransitRouterRouteEntry e : active) {
        if (e.status() != TransitRouterRouteEntryStatus.ACTIVE || e.nextHopId().equals(Optional.of(p.id()))) {
          continue;
        }
        TransitRouterRouteEntry learned =
            propagated(target.routeTableId(), e.destinationCidrBlock(), p.id(), from.value(),
                e.order() + REMOTE_ORDER_BASE + p.createOrder());
        Candidate candidate = new Candidate(learned);
        Candidate held = c.get(candidate.key());
        if (held == null || learned.order() < held.entry.order()) {
          c.put(candidate.key(), candidate);
        }
      }
    }
  }

  private static TransitRouterRouteEntry propagated(
      TransitRouterRouteTableId table, Cidr destination, TransitRouterAttachmentId hop, String origin, long order) {
    return TransitRouterRouteEntry.builder()
        .routeTableId(table)
        .destinationCidrBlock(destination)
        .nextHopType(TransitRouterNextHopType.ATTACHMENT)
        .nextHopId(hop)
        .type(TransitRouterRouteEntryType.PROPAGATED)
        .originResourceId(origin)
        .order(order)
        .build();
  }

  private static boolean add(Map<String, Candidate> c, TransitRouterRouteEntry e) {
    Candidate candidate = new Candidate(e);
    return c.putIfAbsent(candidate.key(), candidate) == null;
  }

  /** Per destination: static over propagated, then the first installed is active; the others stand by (E12, DE6). */
  private static RouteTable select(Map<String, Candidate> candidates) {
    List<TransitRouterRouteEntry> entries = new ArrayList<>(candidates.size());
    for (Candidate c : candidates.values()) {
      entries.add(c.entry);
    }
    return RouteTable.select(entries);
  }
}
