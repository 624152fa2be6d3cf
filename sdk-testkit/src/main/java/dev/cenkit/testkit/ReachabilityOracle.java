package dev.cenkit.testkit;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately naive reachability oracle: it recomputes every route table from scratch for every hop, with
 * no index and no shared code with the engine, and follows packets hop by hop with a visited set. It is slow
 * on purpose; the engine must agree with it on every question (it decides the verdict only).
 */
public final class ReachabilityOracle {
  private final CloudSnapshot snapshot;

  /** An oracle over one snapshot. */
  public ReachabilityOracle(CloudSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The verdict for a network question between two VPC hosts. */
  public Verdict verdict(NetworkQuestion question) {
    Optional<VpcHost> src = host(question.source());
    Optional<VpcHost> dst = host(question.destination());
    if (src.isEmpty() || dst.isEmpty()) {
      return Verdict.UNREACHABLE;
    }
    Trip there = travel(src.get().vpcId(), dst.get());
    Trip back = travel(dst.get().vpcId(), src.get());
    if (!there.delivered || !back.delivered) {
      return Verdict.UNREACHABLE;
    }
    return there.testOnly || back.testOnly ? Verdict.TEST_BANDWIDTH_ONLY : Verdict.REACHABLE;
  }

  private Optional<VpcHost> host(Endpoint e) {
    if (!(e instanceof VpcHost)) {
      return Optional.empty();
    }
    VpcHost h = (VpcHost) e;
    boolean inSomeVSwitch =
        snapshot.vpc().vSwitches().values().stream()
            .anyMatch(v -> v.vpcId().equals(h.vpcId()) && v.cidrBlock().contains(h.address()));
    return inSomeVSwitch ? Optional.of(h) : Optional.empty();
  }

  private static final class Trip {
    boolean delivered;
    boolean testOnly;
  }

  /** Follows the packet from {@code start} towards {@code target}. */
  private Trip travel(VpcId start, VpcHost target) {
    Trip trip = new Trip();
    Set<VpcId> visited = new HashSet<>();
    VpcId at = start;
    while (visited.add(at)) {
      Ipv4Address address = target.address();
      Candidate best = null;
      for (Candidate c : routesOf(at)) {
        if (c.prefix.contains(address) && (best == null || c.prefix.prefixLength() > best.prefix.prefixLength())) {
          best = c;
        }
      }
      if (best == null) {
        return trip;
      }
      if (best.nextVpc.isEmpty()) {
        trip.delivered = at.equals(target.vpcId());
        return trip;
      }
      VpcId next = best.nextVpc.get();
      RegionId from = vpc(at).region();
      RegionId to = vpc(next).region();
      if (!from.equals(to) && allocatedMbps(best.attachment, from, to) <= 0) {
        trip.testOnly = true;
      }
      at = next;
    }
    return trip;
  }

  private static final class Candidate {
    final Cidr prefix;
    final Optional<VpcId> nextVpc;
    final CenAttachment attachment;

    Candidate(Cidr prefix, Optional<VpcId> nextVpc, CenAttachment attachment) {
      this.prefix = prefix;
      this.nextVpc = nextVpc;
      this.attachment = attachment;
    }
  }

  /** Every route of a VPC, recomputed from scratch. */
  private List<Candidate> routesOf(VpcId vpc) {
    List<Candidate> routes = new ArrayList<>();
    List<VSwitch> own = new ArrayList<>();
    for (VSwitch v : snapshot.vpc().vSwitches().values()) {
      if (v.vpcId().equals(vpc)) {
        own.add(v);
        routes.add(new Candidate(v.cidrBlock(), Optional.empty(), null));
      }
    }
    CenAttachment mine = snapshot.cen().attachments().get(vpc.value());
    if (mine == null) {
      return routes;
    }
    for (CenAttachment other : snapshot.cen().attachments().values()) {
      if (!other.cenId().equals(mine.cenId()) || !(other.childInstanceId() instanceof VpcId) || other == mine) {
        continue;
      }
      for (VSwitch v : snapshot.vpc().vSwitches().values()) {
        if (!v.vpcId().equals(other.childInstanceId()) || !isWinner(v.cidrBlock(), other)) {
          continue;
        }
        boolean shadowed = own.stream().anyMatch(o -> o.cidrBlock().contains(v.cidrBlock()));
        if (!shadowed) {
          routes.add(new Candidate(v.cidrBlock(), Optional.of((VpcId) other.childInstanceId()), other));
        }
      }
    }
    return routes;
  }

  /** Whether {@code owner}'s advertisement of {@code prefix} wins in its CEN: no earlier attachment has it. */
  private boolean isWinner(Cidr prefix, CenAttachment owner) {
    for (CenAttachment a : snapshot.cen().attachments().values()) {
      if (a.cenId().equals(owner.cenId()) && a.attachOrder() < owner.attachOrder() && a.childInstanceId() instanceof VpcId) {
        for (VSwitch v : snapshot.vpc().vSwitches().values()) {
          if (v.vpcId().equals(a.childInstanceId()) && v.cidrBlock().equals(prefix)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private Vpc vpc(VpcId id) {
    return snapshot.vpc().vpcs().get(id);
  }

  /** The inter-region bandwidth allocated to a pair in the attachment's CEN, in Mbit/s (0 when none). */
  private long allocatedMbps(CenAttachment attachment, RegionId a, RegionId b) {
    for (InterRegionBandwidthLimit limit : snapshot.cen().bandwidthLimits().values()) {
      if (limit.cenId().equals(attachment.cenId())
          && limit.regions().contains(a)
          && limit.regions().contains(b)) {
        return limit.bandwidthLimit().mbps();
      }
    }
    return 0;
  }
}
