package dev.cenkit.testkit;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately naive oracle for network questions between VPC hosts on Enterprise Edition transit routers
 * (enterprise-edition.md §4), sharing no code with the engine. It builds every router table the simple way:
 * static and blackhole entries; each propagating VPC connection's vSwitch blocks (never 100.64.0.0/10) and each
 * VBR connection's routes to its data center; then, over and over until nothing is added, for each inter-region
 * connection {@code p} the best entries of its associated table on one router, except those whose next hop is
 * {@code p}, into the tables it propagates into on the other (DE5). It then follows the packet: the source VPC's
 * vSwitch, custom and auto-published routes by longest prefix; at a router only the table the arriving
 * connection is associated with (E8), each time scanning all its entries for the longest match, static over
 * propagated (E12); a blackhole drops; an inter-region connection hands the packet to the other router and
 * costs its bandwidth, or test bandwidth when it has none (E27). Both directions must be delivered.
 *
 * <p>The real cloud breaks a tie between two propagated entries of one destination by which was installed first
 * (DE6), an order the oracle does not reproduce. Where the answer could depend on that order (a lookup or an
 * auto-published route meets such a tie with different next hops, or an entry whose presence depends on it),
 * the oracle says so: {@link #verdict} is then empty, and a property compares only the decided questions.
 *
 * <p>To stay usable on large estates it groups the snapshot's primary maps once, when it is made, into plain maps
 * of its own (vSwitches and custom routes by VPC, static entries by table) and keeps each table's candidates by
 * destination; it never reads the snapshot's secondary indexes for what it computes.
 */
public final class EnterpriseOracle {
  private final CloudSnapshot snapshot;
  /** Per table: the candidate entries by destination, each keyed by destination, type and next hop. */
  private final Map<TransitRouterRouteTableId, Map<Cidr, Map<String, Candidate>>> tables = new HashMap<>();
  /** Each VPC's vSwitches, from one pass over every vSwitch. */
  private final Map<VpcId, List<VSwitch>> vSwitchesByVpc = new HashMap<>();
  /** Each VPC's custom route entries, from one pass over every entry. */
  private final Map<VpcId, List<RouteEntry>> routeEntriesByVpc = new HashMap<>();
  /** Each table's static and blackhole entries, from one pass over every entry. */
  private final Map<TransitRouterRouteTableId, List<TransitRouterRouteEntry>> staticEntriesByTable = new HashMap<>();

  /** One entry a table may hold; {@code sure} when its presence does not depend on the tie-break order. */
  private static final class Candidate {
    final Cidr destination;
    final boolean isStatic;
    final Optional<TransitRouterAttachmentId> nextHop;
    boolean sure;

    Candidate(Cidr destination, boolean isStatic, Optional<TransitRouterAttachmentId> nextHop, boolean sure) {
      this.destination = destination;
      this.isStatic = isStatic;
      this.nextHop = nextHop;
      this.sure = sure;
    }

    String key() {
      return destination + "|" + isStatic + "|" + nextHop.map(Object::toString).orElse("blackhole");
    }
  }

  /** The outcome of one direction: delivered or not, with the test-bandwidth flag; or undecided. */
  private record Trip(boolean decided, boolean delivered, boolean testOnly, Optional<VpcId> into) {
    static final Trip UNDECIDED = new Trip(false, false, false, Optional.empty());
    static final Trip DROPPED = new Trip(true, false, false, Optional.empty());
  }

  /** An oracle over one snapshot. */
  public EnterpriseOracle(CloudSnapshot snapshot) {
    this.snapshot = snapshot;
    for (VSwitch v : snapshot.vpc().vSwitches().values()) {
      vSwitchesByVpc.computeIfAbsent(v.vpcId(), k -> new ArrayList<>()).add(v);
    }
    for (RouteEntry r : snapshot.vpc().routeEntries().values()) {
      routeEntriesByVpc.computeIfAbsent(r.vpcId(), k -> new ArrayList<>()).add(r);
    }
    for (TransitRouterRouteEntry e : snapshot.transitRouter().staticEntries().values()) {
      staticEntriesByTable.computeIfAbsent(e.routeTableId(), k -> new ArrayList<>()).add(e);
    }
    build();
  }

  /**
   * The verdict for a network question from {@code from} to {@code to} (both VPC hosts), or empty when it
   * depends on the order in which equal routes were installed.
   */
  public Optional<Verdict> verdict(VpcHost from, VpcHost to) {
    Trip there = trip(from.vpcId(), to.vpcId(), to.address());
    if (!there.decided()) {
      return Optional.empty();
    }
    if (!there.delivered()) {
      return Optional.of(Verdict.UNREACHABLE);
    }
    Trip back = trip(to.vpcId(), from.vpcId(), from.address());
    if (!back.decided()) {
      return Optional.empty();
    }
    if (!back.delivered()) {
      return Optional.of(Verdict.UNREACHABLE);
    }
    return Optional.of(there.testOnly() || back.testOnly() ? Verdict.TEST_BANDWIDTH_ONLY : Verdict.REACHABLE);
  }

  // ---- the tables ----

  private void build() {
    for (TransitRouterRouteTable t : snapshot.transitRouter().routeTables().values()) {
      Map<Cidr, Map<String, Candidate>> c = new HashMap<>();
      tables.put(t.id(), c);
      for (TransitRouterRouteEntry e : staticEntriesByTable.getOrDefault(t.id(), List.of())) {
        add(c, new Candidate(e.destinationCidrBlock(), true, e.nextHopId(), true));
      }
      for (TransitRouterRouteTablePropagation p : snapshot.transitRouter().propagationsInto(t.id())) {
        TransitRouterAttachment a = snapshot.transitRouter().attachments().get(p.attachmentId());
        if (a == null || a.isPeer()) {
          continue;
        }
        for (Cidr d : advertised(a)) {
          add(c, new Candidate(d, false, Optional.of(a.id()), true));
        }
      }
    }
    List<TransitRouterAttachment> peers = new ArrayList<>();
    for (TransitRouterAttachment a : snapshot.transitRouter().attachments().values()) {
      if (a.isPeer()) {
        peers.add(a);
      }
    }
    // Which entries exist: carried wherever some best entry of the source table does not point back.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TransitRouterAttachment p : peers) {
        changed |= carry(p, p.transitRouterId(), p.peerTransitRouterId().orElseThrow(), false);
        changed |= carry(p, p.peerTransitRouterId().orElseThrow(), p.transitRouterId(), false);
      }
    }
    // Which of them are sure: carried from a best set that is sure and never points back.
    changed = true;
    while (changed) {
      changed = false;
      for (TransitRouterAttachment p : peers) {
        changed |= carry(p, p.transitRouterId(), p.peerTransitRouterId().orElseThrow(), true);
        changed |= carry(p, p.peerTransitRouterId().orElseThrow(), p.transitRouterId(), true);
      }
    }
  }

  private boolean carry(TransitRouterAttachment p, TransitRouterId from, TransitRouterId to, boolean sureness) {
    Optional<TransitRouterRouteTableAssociation> source = snapshot.transitRouter().associationOf(from, p.id());
    if (source.isEmpty()) {
      return false;
    }
    Map<Cidr, Map<String, Candidate>> src = tables.getOrDefault(source.get().routeTableId(), Map.of());
    Set<Cidr> destinations = new HashSet<>(src.keySet());
    boolean changed = false;
    for (TransitRouterRouteTablePropagation target : snapshot.transitRouter().propagationsOf(to, p.id())) {
      Map<Cidr, Map<String, Candidate>> dst = tables.get(target.routeTableId());
      for (Cidr d : destinations) {
        List<Candidate> best = best(src, d);
        boolean someOther = best.stream().anyMatch(c -> !c.nextHop.equals(Optional.of(p.id())));
        if (!someOther) {
          continue;
        }
        boolean sure = best.stream().noneMatch(c -> c.nextHop.equals(Optional.of(p.id())))
            && best.stream().anyMatch(c -> c.sure);
        if (!sureness) {
          changed |= add(dst, new Candidate(d, false, Optional.of(p.id()), false));
        } else if (sure) {
          Candidate existing = dst.getOrDefault(d, Map.of()).get(new Candidate(d, false, Optional.of(p.id()), false).key());
          if (existing != null && !existing.sure) {
            existing.sure = true;
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private static boolean add(Map<Cidr, Map<String, Candidate>> table, Candidate c) {
    return table.computeIfAbsent(c.destination, d -> new HashMap<>()).putIfAbsent(c.key(), c) == null;
  }

  /** The entries of one destination that can be active: the static ones if any, else every propagated one. */
  private static List<Candidate> best(Map<Cidr, Map<String, Candidate>> table, Cidr destination) {
    List<Candidate> statics = new ArrayList<>();
    List<Candidate> propagated = new ArrayList<>();
    for (Candidate c : table.getOrDefault(destination, Map.of()).values()) {
      (c.isStatic ? statics : propagated).add(c);
    }
    return statics.isEmpty() ? propagated : statics;
  }

  /** What a connection advertises (E26): a VPC its vSwitch blocks, a VBR its routes to its data center. */
  private List<Cidr> advertised(TransitRouterAttachment a) {
    List<Cidr> out = new ArrayList<>();
    a.vpcId().ifPresent(v -> vSwitchesByVpc.getOrDefault(v, List.of()).forEach(s -> out.add(s.cidrBlock())));
    a.vbrId().map(v -> snapshot.expressConnect().vbrs().get(v)).ifPresent(
        b -> b.routeEntries().stream().filter(e -> e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION)
            .forEach(e -> out.add(e.destination())));
    out.removeIf(Cidr.CLOUD_SERVICES::overlaps);
    return out;
  }

  // ---- following the packet ----

  private Trip trip(VpcId source, VpcId target, Ipv4Address dst) {
    VpcId at = source;
    boolean testOnly = false;
    Set<String> visited = new HashSet<>();
    while (visited.add(at.value())) {
      Vpc vpc = snapshot.vpc().vpcs().get(at);
      if (vpc == null) {
        return Trip.DROPPED;
      }
      List<VSwitch> vSwitches = vSwitchesByVpc.getOrDefault(at, List.of());
      if (vSwitches.stream().anyMatch(v -> v.cidrBlock().contains(dst))) {
        return at.equals(target) ? new Trip(true, true, testOnly, Optional.of(at)) : Trip.DROPPED;
      }
      // The VPC's custom routes to connections and the routes auto-published into it, longest prefix first.
      Map<Cidr, Set<TransitRouterAttachmentId>> routes = new HashMap<>();
      Set<Cidr> unsure = new HashSet<>();
      Set<Cidr> custom = new HashSet<>();
      for (RouteEntry r : routeEntriesByVpc.getOrDefault(at, List.of())) {
        custom.add(r.destinationCidrBlock());
        if (r.nextHopType() == NextHopType.ATTACHMENT) {
          routes.computeIfAbsent(r.destinationCidrBlock(), d -> new HashSet<>())
              .add(TransitRouterAttachmentId.of(r.nextHopId()));
        } else {
          routes.computeIfAbsent(r.destinationCidrBlock(), d -> new HashSet<>());
        }
      }
      for (TransitRouterAttachment c : snapshot.transitRouter().attachmentsOfInstance(at.value())) {
        Optional<TransitRouterRouteTableAssociation> as = snapshot.transitRouter().associationOf(c.transitRouterId(), c.id());
        if (!c.autoPublishRouteEnabled() || as.isEmpty()) {
          continue;
        }
        Map<Cidr, Map<String, Candidate>> table = tables.getOrDefault(as.get().routeTableId(), Map.of());
        for (Cidr d : table.keySet()) {
          if (custom.contains(d) || vSwitches.stream().anyMatch(v -> v.cidrBlock().contains(d))) {
            continue;
          }
          List<Candidate> best = best(table, d);
          boolean someOther = best.stream().anyMatch(x -> !x.nextHop.equals(Optional.of(c.id())));
          if (!someOther) {
            continue;
          }
          boolean sure = best.stream().noneMatch(x -> x.nextHop.equals(Optional.of(c.id()))) && best.stream().anyMatch(x -> x.sure);
          if (!sure) {
            unsure.add(d);
          }
          routes.computeIfAbsent(d, x -> new HashSet<>()).add(c.id());
        }
      }
      Cidr longest = null;
      for (Cidr d : routes.keySet()) {
        if (d.contains(dst) && (longest == null || d.prefixLength() > longest.prefixLength())) {
          longest = d;
        }
      }
      if (longest == null) {
        return Trip.DROPPED;
      }
      Set<TransitRouterAttachmentId> via = routes.get(longest);
      if (unsure.contains(longest) || via.size() > 1) {
        return Trip.UNDECIDED;
      }
      if (via.isEmpty()) {
        return Trip.DROPPED; // a custom route to something other than a connection: not followed
      }
      TransitRouterAttachment entering = snapshot.transitRouter().attachments().get(via.iterator().next());
      if (entering == null) {
        return Trip.DROPPED;
      }
      Trip crossed = crossRouters(entering, dst);
      if (!crossed.decided() || !crossed.delivered()) {
        return crossed;
      }
      testOnly |= crossed.testOnly();
      at = crossed.into().orElseThrow();
    }
    return Trip.DROPPED;
  }

  private Trip crossRouters(TransitRouterAttachment entering, Ipv4Address dst) {
    TransitRouterAttachment arriving = entering;
    TransitRouterId router = entering.transitRouterId();
    boolean testOnly = false;
    Set<String> visited = new HashSet<>();
    while (visited.add(router + "|" + arriving.id())) {
      Optional<TransitRouterRouteTableAssociation> as = snapshot.transitRouter().associationOf(router, arriving.id());
      if (as.isEmpty()) {
        return Trip.DROPPED;
      }
      Map<Cidr, Map<String, Candidate>> table = tables.getOrDefault(as.get().routeTableId(), Map.of());
      Cidr longest = null;
      for (Cidr d : table.keySet()) {
        if (d.contains(dst) && (longest == null || d.prefixLength() > longest.prefixLength())) {
          longest = d;
        }
      }
      if (longest == null) {
        return Trip.DROPPED;
      }
      List<Candidate> best = best(table, longest);
      Set<Optional<TransitRouterAttachmentId>> hops = new HashSet<>();
      best.forEach(c -> hops.add(c.nextHop));
      if (hops.size() > 1 || best.stream().anyMatch(c -> !c.sure)) {
        return Trip.UNDECIDED;
      }
      Optional<TransitRouterAttachmentId> hop = hops.iterator().next();
      if (hop.isEmpty()) {
        return Trip.DROPPED; // blackhole
      }
      TransitRouterAttachment next = snapshot.transitRouter().attachments().get(hop.get());
      if (next == null) {
        return Trip.DROPPED;
      }
      if (next.isPeer()) {
        testOnly |= next.bandwidthMbps() <= 0;
        TransitRouterId a = next.transitRouterId();
        TransitRouterId b = next.peerTransitRouterId().orElseThrow();
        router = router.equals(a) ? b : a;
        arriving = next;
        continue;
      }
      if (next.vpcId().isEmpty()) {
        return Trip.DROPPED; // to a VBR: no data centers among these questions
      }
      return new Trip(true, true, testOnly, next.vpcId());
    }
    return Trip.DROPPED;
  }

  /** The routers of the snapshot, for a counterexample's report. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("EnterpriseOracle over");
    for (TransitRouter r : snapshot.transitRouter().transitRouters().values()) {
      sb.append(' ').append(r.id()).append(" (").append(r.region()).append(')');
    }
    return sb.toString();
  }
}
