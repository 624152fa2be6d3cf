package dev.cenkit.testkit;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Protocol;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The oracle's security groups, evaluated the naive way: every rule of every group of the instance is looked
 * at, the matching ones are collected, and the best by priority (drop first at equal priority) decides; no
 * index, no code shared with the engine. It follows the reference literally: members of a basic group with
 * InnerAccessPolicy Accept always reach each other (SG13, SD2); unmatched ingress is denied; unmatched egress is
 * allowed by basic groups and denied by advanced ones (SG10); only the initiator's egress and the responder's
 * ingress are checked (SG20); a rule peer must cover the whole remote block to accept and drops if it touches it
 * (SD16); a rule with a partial source port range accepts nothing and drops.
 */
final class NaiveSecurityGroups {
  private final CloudSnapshot snapshot;
  /** Every instance by VPC and private IP, from one pass over every instance on first use (the first wins). */
  private @Nullable Map<String, EcsInstance> byAddress;

  NaiveSecurityGroups(CloudSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The instance whose private IP in {@code vpc} is {@code address}, from one look at every instance. */
  Optional<EcsInstance> instanceAt(VpcId vpc, Ipv4Address address) {
    if (byAddress == null) {
      byAddress = new HashMap<>();
      for (EcsInstance i : snapshot.ecs().instances().values()) {
        byAddress.putIfAbsent(i.vpcId().value() + "|" + i.privateIp(), i);
      }
    }
    return Optional.ofNullable(byAddress.get(vpc.value() + "|" + address));
  }

  /** Whether a flow from {@code src} (an instance or not) to {@code dst} passes both ends' groups. */
  boolean allows(Optional<EcsInstance> src, Ipv4Address srcAddress, Optional<EcsInstance> dst, Ipv4Address dstAddress,
      Protocol protocol, int port) {
    IpProtocol p = protocol == Protocol.TCP ? IpProtocol.TCP : protocol == Protocol.UDP ? IpProtocol.UDP : IpProtocol.ICMP;
    if (src.isPresent() && !allows(src.get(), RuleDirection.EGRESS, Cidr.of(dstAddress), dst, p, port)) {
      return false;
    }
    return dst.isEmpty() || allows(dst.get(), RuleDirection.INGRESS, Cidr.of(srcAddress), src, p, port);
  }

  private boolean allows(EcsInstance local, RuleDirection d, Cidr remote, Optional<EcsInstance> other, IpProtocol p, int port) {
    List<SecurityGroup> groups = new ArrayList<>();
    for (SecurityGroupId id : local.securityGroupIds()) {
      groups.add(snapshot.ecs().securityGroups().get(id));
    }
    if (other.isPresent()) {
      for (SecurityGroup g : groups) {
        if (other.get().securityGroupIds().contains(g.id()) && g.type() == SecurityGroupType.NORMAL
            && g.innerAccessPolicy() == InnerAccessPolicy.ACCEPT) {
          return true;
        }
      }
    }
    SecurityGroupRule best = null;
    for (SecurityGroup g : groups) {
      for (SecurityGroupRule r : g.rules()) {
        if (r.direction() != d || !(r.protocol() == IpProtocol.ALL || r.protocol() == p)) {
          continue;
        }
        if (p.hasPorts() && !(r.portRange().isAny() || (r.portRange().start() <= port && port <= r.portRange().end()))) {
          continue;
        }
        if (r.localCidr().isPresent() && !r.localCidr().get().contains(local.privateIp())) {
          continue;
        }
        boolean accept = r.policy() == RulePolicy.ACCEPT;
        boolean partialSourcePorts = r.sourcePortRange().isPresent() && !r.sourcePortRange().get().isAny()
            && !(r.sourcePortRange().get().start() == 1 && r.sourcePortRange().get().end() == 65535);
        if (partialSourcePorts && accept) {
          continue;
        }
        boolean peer = r.peerCidr().isPresent()
            ? (accept ? r.peerCidr().get().contains(remote) : r.peerCidr().get().overlaps(remote))
            : other.isPresent() && other.get().securityGroupIds().contains(r.peerGroupId().get());
        if (!peer) {
          continue;
        }
        if (best == null || r.priority() < best.priority()
            || (r.priority() == best.priority() && r.policy() == RulePolicy.DROP && best.policy() == RulePolicy.ACCEPT)) {
          best = r;
        }
      }
    }
    if (best != null) {
      return best.policy() == RulePolicy.ACCEPT;
    }
    return d == RuleDirection.EGRESS && groups.get(0).type() == SecurityGroupType.NORMAL;
  }
}
