package dev.cenkit.inmemory.secgroups;

import dev.cenkit.inmemory.state.EcsState;
import dev.cenkit.inmemory.state.GroupRuleIndex;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.PortRange;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.ecs.SecurityGroupType;
import java.util.Optional;

/**
 * Decides a flow at an instance's network interface from its security groups, the way SD1 reads the
 * reference: the rules of every group on the interface form one set (SG18); the first matching rule by
 * priority, drop before accept at equal priority (SG16), decides; with no match the type's default applies
 * (SG10). Two instances sharing a basic group whose InnerAccessPolicy is Accept always reach each other (SG13,
 * SG14, SD2). Groups are stateful (SG20, SD10): callers ask the initiator's egress and the responder's ingress,
 * never the reply.
 *
 * <p>The remote end is a block: one address for a host, or a gateway's whole egress block (SD16). An accept rule
 * admits the block only if its peer covers all of it; a drop rule that touches any of it drops (some of the
 * gateway's addresses would be dropped). A rule with a source port range that is not every port accepts nothing
 * (the client's port is not known) and drops conservatively. Lookups go through each group's
 * {@link GroupRuleIndex}, so no evaluation scans the rules of a group.
 */
public final class SecurityGroupEvaluator {
  private final EcsState ecs;

  /** An evaluator over the instances and groups of one snapshot. */
  public SecurityGroupEvaluator(EcsState ecs) {
    this.ecs = ecs;
  }

  /**
   * The remote end of a flow.
   *
   * @param block the remote addresses: a /32 for a host, a gateway's egress block
   * @param instance the remote instance, when the remote is an ECS instance
   */
  public record Remote(Cidr block, Optional<EcsInstance> instance) {}

  /** The egress decision for {@code from} sending {@code protocol}/{@code port} to {@code to}. */
  public SecurityGroupDecision egress(EcsInstance from, Remote to, IpProtocol protocol, int port) {
    return decide(from, RuleDirection.EGRESS, to, protocol, port);
  }

  /** The ingress decision for {@code at} receiving {@code protocol}/{@code port} from {@code from}. */
  public SecurityGroupDecision ingress(EcsInstance at, Remote from, IpProtocol protocol, int port) {
    return decide(at, RuleDirection.INGRESS, from, protocol, port);
  }

  private SecurityGroupDecision decide(EcsInstance local, RuleDirection d, Remote remote, IpProtocol protocol, int port) {
    Optional<SecurityGroup> shared = sharedGroup(local, remote);
    if (shared.isPresent() && shared.get().membersAlwaysReachEachOther()) {
      return new SecurityGroupDecision(d, true, SecurityGroupDecision.Reason.MEMBERS_ACCEPT, shared.get(), Optional.empty());
    }
    SecurityGroupRule best = null;
    SecurityGroup bestGroup = null;
    for (SecurityGroupId gid : local.securityGroupIds()) {
      Optional<GroupRuleIndex> index = ecs.ruleIndex(gid);
      if (index.isEmpty()) {
        continue;
      }
      for (SecurityGroupRule r : index.get().candidates(d, protocol, port)) {
        if (best != null && GroupRuleIndex.EVALUATION_ORDER.compare(r, best) >= 0) {
          break; // the rest of this group's candidates come after the best found so far
        }
        if (matches(r, local, remote)) {
          best = r;
          bestGroup = ecs.securityGroups().get(gid);
          break;
        }
      }
    }
    if (best != null) {
      return new SecurityGroupDecision(d, best.policy() == RulePolicy.ACCEPT, SecurityGroupDecision.Reason.RULE, bestGroup, Optional.of(best));
    }
    SecurityGroup first = ecs.securityGroups().get(local.securityGroupIds().get(0));
    if (first.type() == SecurityGroupType.ENTERPRISE) {
      return new SecurityGroupDecision(d, false, SecurityGroupDecision.Reason.DEFAULT_DENY_ENTERPRISE, first, Optional.empty());
    }
    if (d == RuleDirection.EGRESS) {
      return new SecurityGroupDecision(d, true, SecurityGroupDecision.Reason.DEFAULT_ALLOW_EGRESS, first, Optional.empty());
    }
    if (shared.isPresent()) {
      return new SecurityGroupDecision(d, false, SecurityGroupDecision.Reason.MEMBERS_ISOLATED, shared.get(), Optional.empty());
    }
    return new SecurityGroupDecision(d, false, SecurityGroupDecision.Reason.DEFAULT_DENY_BASIC, first, Optional.empty());
  }

  /** A group both ends are in, preferring one whose members always reach each other (SG14). */
  private Optional<SecurityGroup> sharedGroup(EcsInstance local, Remote remote) {
    if (remote.instance().isEmpty()) {
      return Optional.empty();
    }
    SecurityGroup found = null;
    for (SecurityGroupId g : local.securityGroupIds()) {
      if (remote.instance().get().securityGroupIds().contains(g)) {
        SecurityGroup group = ecs.securityGroups().get(g);
        if (group.membersAlwaysReachEachOther()) {
          return Optional.of(group);
        }
        if (found == null && group.innerAccessPolicy() == InnerAccessPolicy.DROP) {
          found = group;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean matches(SecurityGroupRule r, EcsInstance local, Remote remote) {
    boolean accept = r.policy() == RulePolicy.ACCEPT;
    if (!r.localContains(local.privateIp())) {
      return false;
    }
    boolean everySourcePort = r.sourcePortRange().map(p -> p.isAny() || p.equals(PortRange.of(1, 65535))).orElse(true);
    if (!everySourcePort && accept) {
      return false;
    }
    if (r.peerCidr().isPresent()) {
      return accept ? r.peerCidr().get().contains(remote.block()) : r.peerCidr().get().overlaps(remote.block());
    }
    return remote.instance().map(i -> i.securityGroupIds().contains(r.peerGroupId().orElseThrow())).orElse(false);
  }
}
