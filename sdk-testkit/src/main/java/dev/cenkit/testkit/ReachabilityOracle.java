package dev.cenkit.testkit;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.NetworkQuestion;
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
import org.jspecify.annotations.Nullable;

/**
 * A deliberately naive reachability oracle for network questions between VPC hosts and data-center hosts: it
 * computes every route table it needs from scratch, with no code and no index shared with the engine, and follows
 * packets router by router (VPCs and VBRs) with a visited set. The engine must agree with it on every question
 * (it decides the verdict only).
 *
 * <p>To stay usable at 10,000 VPCs it groups the snapshot's primary maps once, when it is made, into plain
 * {@link HashMap}s of its own (vSwitches and custom routes by VPC, attachments by child and by CEN, bandwidth
 * limits by CEN, what each member advertises, and per CEN the earliest attach order advertising each prefix),
 * and remembers each router's table once computed. It never reads the snapshot's secondary indexes, so it shares
 * nothing with the engine but the primary maps.
 *
 * <p>What it models: vSwitch routes; custom VPC routes (a packet matching one is not delivered, router
 * interfaces and cloud services are not followed); routes learned in a CEN from the other members (a VPC
 * advertises its vSwitch blocks, a VBR its static routes to its data center; of identical prefixes the member
 * attached first wins, R28; a VPC ignores learned prefixes inside its own vSwitch blocks or equal to a custom
 * route; a VBR ignores those equal to a static route); the data center's declared routes towards its VBRs
 * (D10); a VBR carries traffic only while it is active and its circuit Enabled (R43, R44); data center to data
 * center is denied (D15); cross-region hops without an inter-region limit carry test bandwidth only (R12).
 * Both directions must be delivered. Security groups of ECS instances at either end are then checked the naive
 * way ({@link NaiveSecurityGroups}): the initiator's egress and the responder's ingress.
 */
public final class ReachabilityOracle {
  private static final Cidr CLOUD_SERVICES = Cidr.of("100.64.0.0/10");

  private final CloudSnapshot snapshot;
  private final NaiveSecurityGroups groups;
  /** Each VPC's vSwitches, from one pass over every vSwitch. */
  private final Map<VpcId, List<VSwitch>> vSwitchesByVpc = new HashMap<>();
  /** Each VPC's custom route entries, from one pass over every entry. */
  private final Map<VpcId, List<RouteEntry>> routeEntriesByVpc = new HashMap<>();
  /** Each child's attachment, keyed by the child's id text, from one pass over every attachment. */
  private final Map<String, CenAttachment> attachmentByChild = new HashMap<>();
  /** Each CEN's attachments, from the same pass. */
  private final Map<CenId, List<CenAttachment>> attachmentsByCen = new HashMap<>();
  /** Each CEN's inter-region bandwidth limits, from one pass over every limit. */
  private final Map<CenId, List<InterRegionBandwidthLimit>> limitsByCen = new HashMap<>();
  /** Per CEN: for each prefix some member advertises, the smallest attach order among its advertisers. */
  private final Map<CenId, Map<Cidr, Long>> firstAdvertiserOrder = new HashMap<>();
  /** Each router's table, computed on first use. */
  private final Map<String, List<Candidate>> tables = new HashMap<>();

  /** An oracle over one snapshot. */
  public ReachabilityOracle(CloudSnapshot snapshot) {
    this.snapshot = snapshot;
    this.groups = new NaiveSecurityGroups(snapshot);
    for (VSwitch v : snapshot.vpc().vSwitches().values()) {
      vSwitchesByVpc.computeIfAbsent(v.vpcId(), k -> new ArrayList<>()).add(v);
    }
    for (RouteEntry e : snapshot.vpc().routeEntries().values()) {
      routeEntriesByVpc.computeIfAbsent(e.vpcId(), k -> new ArrayList<>()).add(e);
    }
    for (CenAttachment a : snapshot.cen().attachments().values()) {
      attachmentByChild.put(a.childInstanceId().value(), a);
      attachmentsByCen.computeIfAbsent(a.cenId(), k -> new ArrayList<>()).add(a);
    }
    for (InterRegionBandwidthLimit limit : snapshot.cen().bandwidthLimits().values()) {
      limitsByCen.computeIfAbsent(limit.cenId(), k -> new ArrayList<>()).add(limit);
    }
    for (Map.Entry<CenId, List<CenAttachment>> cen : attachmentsByCen.entrySet()) {
      Map<Cidr, Long> first = new HashMap<>();
      for (CenAttachment a : cen.getValue()) {
        for (Cidr prefix : advertised(a.childInstanceId())) {
          first.merge(prefix, a.attachOrder(), Math::min);
        }
      }
      firstAdvertiserOrder.put(cen.getKey(), first);
    }
  }

  /** Where a host is: in a VPC or in a data center, with its address. */
  private record Place(Optional<VpcId> vpc, Optional<DataCenter> dataCenter, Ipv4Address address) {}

  /** The verdict for a network question between two hosts (VPC or data center). */
  public Verdict verdict(NetworkQuestion question) {
    Optional<Place> src = place(question.source());
    Optional<Place> dst = place(question.destination());
    if (src.isEmpty() || dst.isEmpty()) {
      return Verdict.UNREACHABLE;
    }
    if (src.get().dataCenter().isPresent() && dst.get().dataCenter().isPresent()) {
      // Two hosts of one data center talk inside it; between two data centers a CEN denies it (D15).
      boolean same = src.get().dataCenter().get().id().equals(dst.get().dataCenter().get().id());
      return same ? Verdict.REACHABLE : Verdict.UNREACHABLE;
    }
    Trip there = travel(src.get(), dst.get());
    Trip back = travel(dst.get(), src.get());
    if (!there.delivered || !back.delivered) {
      return Verdict.UNREACHABLE;
    }
    Optional<dev.cenkit.model.ecs.EcsInstance> from = src.get().vpc().flatMap(v -> groups.instanceAt(v, src.get().address()));
    Optional<dev.cenkit.model.ecs.EcsInstance> to = dst.get().vpc().flatMap(v -> groups.instanceAt(v, dst.get().address()));
    if (!groups.allows(from, src.get().address(), to, dst.get().address(), question.protocol(), question.port())) {
      return Verdict.UNREACHABLE;
    }
    return there.testOnly || back.testOnly ? Verdict.TEST_BANDWIDTH_ONLY : Verdict.REACHABLE;
  }

  private Optional<Place> place(Endpoint e) {
    if (e instanceof dev.cenkit.reach.EcsHost) {
      dev.cenkit.model.ecs.EcsInstance i = snapshot.ecs().instances().get(((dev.cenkit.reach.EcsHost) e).instanceId());
      if (i == null) {
        return Optional.empty();
      }
      e = new VpcHost(i.vpcId(), i.privateIp());
    }
    if (e instanceof VpcHost) {
      VpcHost h = (VpcHost) e;
      for (VSwitch v : vSwitchesOf(h.vpcId())) {
        if (v.cidrBlock().contains(h.address()) && vpc(h.vpcId()) != null) {
          return Optional.of(new Place(Optional.of(h.vpcId()), Optional.empty(), h.address()));
        }
      }
      return Optional.empty();
    }
    if (e instanceof DataCenterHost) {
      DataCenterHost h = (DataCenterHost) e;
      DataCenter dc = snapshot.expressConnect().dataCenters().get(h.dataCenterId());
      if (dc != null && dc.prefixes().stream().anyMatch(p -> p.contains(h.address()))) {
        return Optional.of(new Place(Optional.empty(), Optional.of(dc), h.address()));
      }
    }
    return Optional.empty();
  }

  private static final class Trip {
    boolean delivered;
    boolean testOnly;
  }

  /** Follows the packet from {@code from} towards {@code to}, router by router. */
  private Trip travel(Place from, Place to) {
    Trip trip = new Trip();
    NetworkInstanceId at;
    if (from.vpc().isPresent()) {
      at = from.vpc().get();
    } else {
      // The data center sends the packet to the VBR of its longest matching declared route (D10).
      DataCenterRoute best = null;
      for (DataCenterRoute r : from.dataCenter().get().routes()) {
        if (r.destination().contains(to.address())
            && (best == null || r.destination().prefixLength() > best.destination().prefixLength())) {
          best = r;
        }
      }
      if (best == null) {
        return trip;
      }
      at = best.vbrId();
    }
    Set<String> visited = new HashSet<>();
    while (visited.add(at.value())) {
      if (at instanceof VbrId && !vbrUsable((VbrId) at)) {
        return trip;
      }
      Candidate best = null;
      for (Candidate c : routesOf(at)) {
        if (c.prefix.contains(to.address()) && (best == null || c.prefix.prefixLength() > best.prefix.prefixLength())) {
          best = c;
        }
      }
      if (best == null || best.kind == Kind.DEAD_END) {
        return trip;
      }
      if (best.kind == Kind.LOCAL) {
        trip.delivered = to.vpc().isPresent() && to.vpc().get().equals(at);
        return trip;
      }
      if (best.kind == Kind.DATA_CENTER) {
        PhysicalConnection pc = snapshot.expressConnect().physicalConnections().get(vbr((VbrId) at).physicalConnectionId());
        DataCenterId dc = pc == null ? null : pc.dataCenterId();
        trip.delivered = to.dataCenter().isPresent() && to.dataCenter().get().id().equals(dc);
        return trip;
      }
      NetworkInstanceId next = best.next;
      if (from.dataCenter().isPresent() && at instanceof VbrId && next instanceof VbrId) {
        return trip; // D15: data center to data center through a CEN
      }
      RegionId a = regionOf(at);
      RegionId b = regionOf(next);
      if (a == null || b == null) {
        return trip;
      }
      if (!a.equals(b) && allocatedMbps(best.cen, a, b) <= 0) {
        trip.testOnly = true;
      }
      at = next;
    }
    return trip;
  }

  private boolean vbrUsable(VbrId id) {
    Vbr vbr = vbr(id);
    if (vbr == null || vbr.status() != VbrStatus.ACTIVE) {
      return false;
    }
    PhysicalConnection pc = snapshot.expressConnect().physicalConnections().get(vbr.physicalConnectionId());
    return pc != null && pc.status() == PhysicalConnectionStatus.ENABLED;
  }

  private enum Kind {
    /** A vSwitch of this VPC. */
    LOCAL,
    /** A VBR's static route over its circuit into its data center. */
    DATA_CENTER,
    /** Learned in the CEN: on to another member. */
    CEN,
    /** Anything the oracle does not follow (custom routes, router interfaces). */
    DEAD_END
  }

  private static final class Candidate {
    final Cidr prefix;
    final Kind kind;
    final @Nullable NetworkInstanceId next;
    final @Nullable CenId cen;

    Candidate(Cidr prefix, Kind kind, @Nullable NetworkInstanceId next, @Nullable CenId cen) {
      this.prefix = prefix;
      this.kind = kind;
      this.next = next;
      this.cen = cen;
    }
  }

  /** Every route of a VPC or VBR, computed once per oracle. */
  private List<Candidate> routesOf(NetworkInstanceId router) {
    List<Candidate> known = tables.get(router.value());
    if (known == null) {
      known = computeRoutesOf(router);
      tables.put(router.value(), known);
    }
    return known;
  }

  /** Every route of a VPC or VBR, computed from scratch. */
  private List<Candidate> computeRoutesOf(NetworkInstanceId router) {
    List<Candidate> routes = new ArrayList<>();
    List<Cidr> own = new ArrayList<>();
    List<Cidr> exact = new ArrayList<>();
    if (router instanceof VpcId) {
      for (VSwitch v : vSwitchesOf((VpcId) router)) {
        own.add(v.cidrBlock());
        routes.add(new Candidate(v.cidrBlock(), Kind.LOCAL, null, null));
      }
      routes.add(new Candidate(CLOUD_SERVICES, Kind.DEAD_END, null, null));
      for (RouteEntry e : routeEntriesByVpc.getOrDefault((VpcId) router, List.of())) {
        exact.add(e.destinationCidrBlock());
        routes.add(new Candidate(e.destinationCidrBlock(), Kind.DEAD_END, null, null));
      }
    } else {
      for (VbrRouteEntry e : vbr((VbrId) router).routeEntries()) {
        exact.add(e.destination());
        boolean circuit = e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION;
        routes.add(new Candidate(e.destination(), circuit ? Kind.DATA_CENTER : Kind.DEAD_END, null, null));
      }
    }
    CenAttachment mine = attachmentOf(router);
    if (mine == null) {
      return routes;
    }
    for (CenAttachment other : attachmentsByCen.get(mine.cenId())) {
      if (other.childInstanceId().value().equals(router.value())) {
        continue;
      }
      for (Cidr prefix : advertised(other.childInstanceId())) {
        if (!isWinner(prefix, other)) {
          continue;
        }
        boolean shadowed =
            own.stream().anyMatch(o -> o.contains(prefix)) || exact.stream().anyMatch(x -> x.equals(prefix));
        if (!shadowed) {
          routes.add(new Candidate(prefix, Kind.CEN, other.childInstanceId(), other.cenId()));
        }
      }
    }
    return routes;
  }

  /** What a member advertises to its CEN: a VPC its vSwitch blocks, a VBR its routes into its data center. */
  private List<Cidr> advertised(NetworkInstanceId member) {
    List<Cidr> out = new ArrayList<>();
    if (member instanceof VpcId) {
      for (VSwitch v : vSwitchesOf((VpcId) member)) {
        out.add(v.cidrBlock());
      }
    } else if (member instanceof VbrId && vbr((VbrId) member) != null) {
      for (VbrRouteEntry e : vbr((VbrId) member).routeEntries()) {
        if (e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION) {
          out.add(e.destination());
        }
      }
    }
    out.removeIf(c -> c.overlaps(CLOUD_SERVICES));
    return out;
  }

  /** Whether {@code owner}'s advertisement of {@code prefix} wins in its CEN: no earlier member has it. */
  private boolean isWinner(Cidr prefix, CenAttachment owner) {
    Long first = firstAdvertiserOrder.get(owner.cenId()).get(prefix);
    return first == null || first >= owner.attachOrder();
  }

  private @Nullable CenAttachment attachmentOf(NetworkInstanceId child) {
    return attachmentByChild.get(child.value());
  }

  private List<VSwitch> vSwitchesOf(VpcId vpc) {
    return vSwitchesByVpc.getOrDefault(vpc, List.of());
  }

  private @Nullable Vpc vpc(VpcId id) {
    return snapshot.vpc().vpcs().get(id);
  }

  private @Nullable Vbr vbr(VbrId id) {
    return snapshot.expressConnect().vbrs().get(id);
  }

  private @Nullable RegionId regionOf(NetworkInstanceId id) {
    if (id instanceof VpcId) {
      Vpc v = vpc((VpcId) id);
      return v == null ? null : v.region();
    }
    Vbr b = id instanceof VbrId ? vbr((VbrId) id) : null;
    return b == null ? null : b.region();
  }

  /** The inter-region bandwidth allocated to a pair in a CEN, in Mbit/s (0 when none). */
  private long allocatedMbps(@Nullable CenId cen, RegionId a, RegionId b) {
    for (InterRegionBandwidthLimit limit : cen == null ? List.<InterRegionBandwidthLimit>of() : limitsByCen.getOrDefault(cen, List.of())) {
      if (limit.regions().contains(a) && limit.regions().contains(b)) {
        return limit.bandwidthLimit().mbps();
      }
    }
    return 0;
  }
}
