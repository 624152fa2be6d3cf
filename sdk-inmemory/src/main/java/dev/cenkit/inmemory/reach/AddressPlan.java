package dev.cenkit.inmemory.reach;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterRoute;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrRouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every prefix a route lookup of one snapshot can match, for deciding which addresses every lookup treats alike
 * (the matrix's client classes). Prefixes nest or are disjoint, so for a vSwitch block that no other prefix lies
 * inside and that no other network owns, every address in it is matched by exactly the same prefixes: the block
 * itself and the prefixes strictly containing it. Two such blocks contained by the same prefixes are told apart
 * by no lookup except through the block's own routes, which name their VPC. The sources are every vSwitch block
 * (with its VPC), every custom route, VBR route, data-center prefix and route, cloud-service route, transit-router
 * static route, gateway egress block and interface address, and 100.64.0.0/10 (an instance's ingress address in its
 * bound VPC's block is kept apart: it singles out only itself). Routes that other routes derive
 * from (CEN-learned, propagated and published routes) are copies of these. Built once per snapshot, in one pass.
 */
final class AddressPlan {
  /** The owning VPC of each vSwitch block. */
  private final Map<Cidr, VpcId> vSwitchOwner = new HashMap<>();
  /** The vSwitch blocks that several VPCs have. */
  private final Set<Cidr> sharedBlocks = new HashSet<>();
  /** The prefixes of every source other than vSwitch blocks. */
  private final Set<Cidr> other = new HashSet<>();
  /** The networks that advertise each prefix into a CEN by default: VPCs their vSwitch blocks, VBRs their circuit routes. */
  private final Map<Cidr, List<NetworkInstanceId>> advertisers = new HashMap<>();
  /** The ingress addresses of dedicated instances, each with the VPCs it is bound to. */
  private final Map<Cidr, Set<VpcId>> ingresses = new HashMap<>();
  /**
   * The ingress addresses that are no other source's prefix, by key, with the one VPC bound there: inside a block of
   * that VPC they do not tell the block's addresses apart for any lookup but one of the address itself (the
   * matrix walks a client at an ingress address alone).
   */
  private final Map<Long, VpcId> ingressOnly = new HashMap<>();
  /** {@link #uniqueBlock} per block, as computed. */
  private final Map<Cidr, Optional<List<Cidr>>> unique = new java.util.concurrent.ConcurrentHashMap<>();
  /** Every prefix, encoded as {@code network << 6 | length}, sorted. */
  private final long[] sorted;
  /** The ingress addresses of dedicated instances as unsigned 32-bit values, ascending. */
  private final long[] ingressAddresses;

  private AddressPlan(Snapshot s) {
    for (VSwitch v : s.vpc().vSwitches().values()) {
      VpcId was = vSwitchOwner.putIfAbsent(v.cidrBlock(), v.vpcId());
      if (was != null && !was.equals(v.vpcId())) {
        sharedBlocks.add(v.cidrBlock());
      }
      advertisers.computeIfAbsent(v.cidrBlock(), c -> new ArrayList<>(1)).add(v.vpcId());
    }
    other.add(Cidr.CLOUD_SERVICES);
    s.vpc().routeEntries().values().forEach(e -> other.add(e.destinationCidrBlock()));
    for (Vbr vbr : s.expressConnect().vbrs().values()) {
      for (VbrRouteEntry e : vbr.routeEntries()) {
        other.add(e.destination());
        if (e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION) {
          advertisers.computeIfAbsent(e.destination(), c -> new ArrayList<>(1)).add(vbr.id());
        }
      }
    }
    for (DataCenter dc : s.expressConnect().dataCenters().values()) {
      other.addAll(dc.prefixes());
      for (DataCenterRoute r : dc.routes()) {
        other.add(r.destination());
      }
    }
    s.expressConnect().cloudServiceRoutes().values().forEach(r -> other.add(r.host()));
    s.transitRouter().staticEntries().values().forEach(e -> other.add(e.destinationCidrBlock()));
    for (ApiGatewayInstance i : s.apiGateway().instances().values()) {
      i.vpcEgressAddress().ifPresent(other::add);
      i.vpcIntegration().ifPresent(v -> v.eniAddresses().forEach(a -> other.add(Cidr.of(a))));
      i.vpcBinding().ifPresent(b -> ingresses.computeIfAbsent(Cidr.of(b.ingressAddress()), c -> new HashSet<>(1)).add(b.vpcId()));
    }
    Set<Cidr> all = new HashSet<>(other);
    all.addAll(ingresses.keySet());
    for (Map.Entry<Cidr, Set<VpcId>> e : ingresses.entrySet()) {
      if (!other.contains(e.getKey()) && !vSwitchOwner.containsKey(e.getKey()) && e.getValue().size() == 1) {
        ingressOnly.put(key(e.getKey()), e.getValue().iterator().next());
      }
    }
    all.addAll(vSwitchOwner.keySet());
    long[] keys = new long[all.size()];
    int n = 0;
    for (Cidr c : all) {
      keys[n++] = key(c);
    }
    Arrays.sort(keys);
    this.sorted = keys;
    this.ingressAddresses = ingresses.keySet().stream().mapToLong(c -> c.network().toLong()).sorted().toArray();
  }

  /** The address plan of {@code snapshot}. */
  static AddressPlan of(Snapshot snapshot) {
    return new AddressPlan(snapshot);
  }

  private static long key(Cidr c) {
    return (c.network().toLong() << 6) | c.prefixLength();
  }

  /**
   * The prefixes strictly containing {@code block} (shortest first), if {@code block} is a vSwitch block of
   * {@code vpc} alone, no other source has exactly it, no prefix lies strictly inside it but ingress addresses of
   * instances bound to {@code vpc} (see {@link #ingressesIn}) and no vSwitch block of any VPC strictly contains it;
   * empty otherwise (the block's addresses may then be told apart, or the block may be confused with another
   * VPC's).
   */
  Optional<List<Cidr>> uniqueBlock(VpcId vpc, Cidr block) {
    return unique.computeIfAbsent(block, b -> computeUniqueBlock(b)).filter(x -> vpc.equals(vSwitchOwner.get(block)));
  }

  private Optional<List<Cidr>> computeUniqueBlock(Cidr block) {
    VpcId vpc = vSwitchOwner.get(block);
    if (vpc == null || sharedBlocks.contains(block) || other.contains(block)) {
      return Optional.empty();
    }
    long own = key(block);
    int i = Arrays.binarySearch(sorted, own);
    if (i < 0) {
      return Optional.empty();
    }
    long lastInside = (block.last().toLong() << 6) | 63;
    for (int k = i + 1; k < sorted.length && sorted[k] <= lastInside; k++) {
      if (!vpc.equals(ingressOnly.get(sorted[k]))) {
        return Optional.empty(); // a prefix strictly inside the block
      }
    }
    List<Cidr> containing = new ArrayList<>(2);
    for (int length = 0; length < block.prefixLength(); length++) {
      Cidr wider = Cidr.containing(block.network(), length);
      if (vSwitchOwner.containsKey(wider)) {
        return Optional.empty();
      }
      if (other.contains(wider)) {
        containing.add(wider);
      }
    }
    return Optional.of(List.copyOf(containing));
  }

  /**
   * The ingress addresses of dedicated instances inside {@code block}, ascending, as unsigned 32-bit values: a
   * client at one of them is not classed.
   */
  long[] ingressesIn(Cidr block) {
    long first = block.network().toLong();
    long last = block.last().toLong();
    int from = Arrays.binarySearch(ingressAddresses, first);
    from = from >= 0 ? from : -from - 1;
    int to = from;
    while (to < ingressAddresses.length && ingressAddresses[to] <= last) {
      to++;
    }
    return Arrays.copyOfRange(ingressAddresses, from, to);
  }

  /** The networks that advertise a prefix containing {@code address} into their CEN by default. */
  List<NetworkInstanceId> advertisersContaining(Ipv4Address address) {
    List<NetworkInstanceId> out = new ArrayList<>(2);
    for (int length = 0; length <= 32; length++) {
      List<NetworkInstanceId> a = advertisers.get(Cidr.containing(address, length));
      if (a != null) {
        out.addAll(a);
      }
    }
    return out;
  }
}
