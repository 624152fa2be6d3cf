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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 *       {@code p} (DE5), repeated until nothing changes (chains of regions converge; the exception stops
 *       ping-pong);
 *   <li>per table and destination one entry is active: static over propagated, then the first installed; the
 *       others stand by (E12, DE6).
 * </ol>
 *
 * Lookups take the longest active prefix (E12). {@link #publishedInto(VpcId)} is what auto-publish writes
 * into a VPC (DE7). The computation runs per CEN: routers of different CENs never share routes.
 */
public final class TransitRouterRouteTables {
  /** Orders of propagated entries learned across regions start here, after every local entry (DE6). */
  private static final long REMOTE_ORDER_BASE = 1L << 40;

  private final Snapshot snapshot;
  private final Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> byTable;

  private TransitRouterRouteTables(Snapshot snapshot, Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> byTable) {
    this.snapshot = snapshot;
    this.byTable = byTable;
  }

  /** The transit-router route tables of every CEN of {@code snapshot}. */
  public static TransitRouterRouteTables of(Snapshot snapshot) {
    Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> all = new HashMap<>();
    for (CenId cen : snapshot.cen().cens().keySet()) {
      all.putAll(computeCen(snapshot, cen));
    }
    return new TransitRouterRouteTables(snapshot, all);
  }

  /** The transit-router route tables of one CEN. */
  public static TransitRouterRouteTables ofCen(Snapshot snapshot, CenId cen) {
    return new TransitRouterRouteTables(snapshot, computeCen(snapshot, cen));
  }

  /** Every entry of a table, static and propagated, ordered by destination, the active entry of each first. */
  public List<TransitRouterRouteEntry> entries(TransitRouterRouteTableId table) {
    return byTable.getOrDefault(table, List.of());
  }

  /** The active entries of a table, ordered by destination. */
  public List<TransitRouterRouteEntry> activeEntries(TransitRouterRouteTableId table) {
    List<TransitRouterRouteEntry> active = new ArrayList<>();
    for (TransitRouterRouteEntry e : entries(table)) {
      if (e.status() == TransitRouterRouteEntryStatus.ACTIVE) {
        active.add(e);
      }
    }
    return active;
  }

  /** The active entry of a table with the longest prefix containing {@code destination} (E12), if any. */
  public Optional<TransitRouterRouteEntry> lookup(TransitRouterRouteTableId table, Ipv4Address destination) {
    TransitRouterRouteEntry best = null;
    for (TransitRouterRouteEntry e : entries(table)) {
      if (e.status() == TransitRouterRouteEntryStatus.ACTIVE
          && e.destinationCidrBlock().contains(destination)
          && (best == null || e.destinationCidrBlock().prefixLength() > best.destinationCidrBlock().prefixLength())) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
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

  private static Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> computeCen(Snapshot s, CenId cen) {
    List<TransitRouter> routers = s.transitRouter().transitRoutersOf(cen);
    Map<TransitRouterRouteTableId, Map<String, Candidate>> candidates = new LinkedHashMap<>();
    List<TransitRouterAttachment> peers = new ArrayList<>();
    for (TransitRouter router : routers) {
      for (TransitRouterRouteTable table : s.transitRouter().routeTablesOf(router.id())) {
        Map<String, Candidate> c = new LinkedHashMap<>();
        candidates.put(table.id(), c);
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
    long round = 0;
    boolean changed = !peers.isEmpty();
    while (changed) {
      changed = false;
      round++;
      for (TransitRouterAttachment p : peers) {
        TransitRouterId a = p.transitRouterId();
        TransitRouterId b = p.peerTransitRouterId().orElseThrow();
        changed |= carry(s, candidates, p, a, b, round);
        changed |= carry(s, candidates, p, b, a, round);
      }
    }
    Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> out = new HashMap<>();
    for (Map.Entry<TransitRouterRouteTableId, Map<String, Candidate>> e : candidates.entrySet()) {
      out.put(e.getKey(), select(e.getValue()));
    }
    return out;
  }

  /** Installs in the tables {@code p} propagates into on {@code to} the active entries of its table on {@code from}. */
  private static boolean carry(
      Snapshot s, Map<TransitRouterRouteTableId, Map<String, Candidate>> candidates, TransitRouterAttachment p,
      TransitRouterId from, TransitRouterId to, long round) {
    Optional<TransitRouterRouteTableAssociation> source = s.transitRouter().associationOf(from, p.id());
    if (source.isEmpty()) {
      return false;
    }
    List<TransitRouterRouteTablePropagation> targets = s.transitRouter().propagationsOf(to, p.id());
    if (targets.isEmpty()) {
      return false;
    }
    List<TransitRouterRouteEntry> active = select(candidates.getOrDefault(source.get().routeTableId(), Map.of()));
    boolean changed = false;
    for (TransitRouterRouteTablePropagation target : targets) {
      Map<String, Candidate> c = candidates.get(target.routeTableId());
      for (TransitRouterRouteEntry e : active) {
        if (e.status() != TransitRouterRouteEntryStatus.ACTIVE || e.nextHopId().equals(Optional.of(p.id()))) {
          continue;
        }
        TransitRouterRouteEntry learned =
            propagated(target.routeTableId(), e.destinationCidrBlock(), p.id(), from.value(),
                REMOTE_ORDER_BASE + (round << 24) + p.createOrder());
        changed |= add(c, learned);
      }
    }
    return changed;
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
  private static List<TransitRouterRouteEntry> select(Map<String, Candidate> candidates) {
    Map<Cidr, List<TransitRouterRouteEntry>> byDestination = new TreeMap<>();
    for (Candidate c : candidates.values()) {
      byDestination.computeIfAbsent(c.entry.destinationCidrBlock(), d -> new ArrayList<>()).add(c.entry);
    }
    List<TransitRouterRouteEntry> out = new ArrayList<>();
    Comparator<TransitRouterRouteEntry> precedence =
        Comparator.comparing((TransitRouterRouteEntry e) -> e.type() == TransitRouterRouteEntryType.STATIC ? 0 : 1)
            .thenComparingLong(TransitRouterRouteEntry::order);
    for (List<TransitRouterRouteEntry> same : byDestination.values()) {
      same.sort(precedence);
      for (int i = 0; i < same.size(); i++) {
        TransitRouterRouteEntryStatus status =
            i == 0 ? TransitRouterRouteEntryStatus.ACTIVE : TransitRouterRouteEntryStatus.STANDBY;
        out.add(same.get(i).status() == status ? same.get(i) : same.get(i).toBuilder().status(status).build());
      }
    }
    return List.copyOf(out);
  }
}
