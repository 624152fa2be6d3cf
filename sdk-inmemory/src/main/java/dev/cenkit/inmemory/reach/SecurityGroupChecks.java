package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.inmemory.secgroups.SecurityGroupDecision;
import dev.cenkit.inmemory.secgroups.SecurityGroupEvaluator;
import dev.cenkit.inmemory.secgroups.SecurityGroupEvaluator.Remote;
import dev.cenkit.inmemory.state.EcsState;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.Protocol;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupRequest;
import dev.cenkit.spi.ecs.Permission;
import java.util.List;
import java.util.Optional;

/**
 * The engine's security group checkpoints (section 2.3 of the reference): the initiator's egress and the
 * responder's ingress, once per flow, never the reply (SG20, SD10). An end is an ECS instance when its address
 * is an instance's private IP in its VPC (SG57); data-center hosts and gateways have no group (SG56). A denied
 * flow is a blocker naming the group and the deciding rule or default, with the least-privilege fix: exactly the
 * protocol, port and source asked, pinned to the one instance by the rule's other end (a quintuple rule), at a
 * priority that beats the deciding drop rule.
 */
final class SecurityGroupChecks {
  private final EcsState ecs;
  private final SecurityGroupEvaluator evaluator;

  SecurityGroupChecks(EcsState ecs) {
    this.ecs = ecs;
    this.evaluator = new SecurityGroupEvaluator(ecs);
  }

  /** The instance at a place, if the place is an instance's private IP (SG57). */
  Optional<EcsInstance> instanceAt(Place place) {
    return place instanceof InVpc ? ecs.instanceAt(((InVpc) place).vpc().id(), place.address()) : Optional.empty();
  }

  /** Checks a flow from {@code src} to {@code dst} on {@code protocol}/{@code port}. */
  void flow(PathBuilder path, Leg leg, Place src, Place dst, Protocol protocol, int port) {
    flow(path, leg, src, Cidr.of(src.address()), dst, protocol, port);
  }

  /**
   * Checks a flow whose source may send from any address of {@code sourceBlock} (a gateway's egress block,
   * SD16), from {@code src} to {@code dst}.
   */
  void flow(PathBuilder path, Leg leg, Place src, Cidr sourceBlock, Place dst, Protocol protocol, int port) {
    path.on(leg, Direction.FORWARD);
    IpProtocol p = ipProtocol(protocol);
    Optional<EcsInstance> from = instanceAt(src);
    Optional<EcsInstance> to = instanceAt(dst);
    from.ifPresent(i -> decide(path, evaluator.egress(i, new Remote(Cidr.of(dst.address()), to), p, port), i, Cidr.of(dst.address()), p, port));
    to.ifPresent(i -> decide(path, evaluator.ingress(i, new Remote(sourceBlock, from), p, port), i, sourceBlock, p, port));
    if (dst instanceof InDataCenter) { // the port is filtered where it is received: nothing models a data center's firewall
      path.note(BlockerCode.DATA_CENTER_HOST_NOT_FILTERED, dst.component(), RuleId.SG56,
          "host " + dst.address() + " in data center '" + ((InDataCenter) dst).dataCenter().name()
              + "' has no security group; cenkit does not check its own firewall for " + p + portText(p, port));
    }
  }

  /**
   * Checks only the egress of a client instance towards a block it cannot name one address of (the shared
   * instance's VPC domain in 100.64.0.0/10): an accept rule must cover the whole block (SG55, SD16).
   */
  void clientEgress(PathBuilder path, Leg leg, Place client, Cidr destination, Protocol protocol, int port) {
    path.on(leg, Direction.FORWARD);
    IpProtocol p = ipProtocol(protocol);
    instanceAt(client).ifPresent(i -> decide(path, evaluator.egress(i, new Remote(destination, Optional.empty()), p, port), i, destination, p, port));
  }

  private void decide(PathBuilder path, SecurityGroupDecision d, EcsInstance at, Cidr remote, IpProtocol p, int port) {
    boolean ingress = d.direction() == RuleDirection.INGRESS;
    String flow = p + portText(p, port) + (ingress ? " from " : " to ") + remote;
    Component group = component(d.group());
    if (d.allowed()) {
      path.hop(group, d.direction() + " " + flow + " of " + at.id() + " allowed by " + d.decidedBy(),
          Optional.of(d.reason() == SecurityGroupDecision.Reason.RULE ? RuleId.SG16 : d.reason() == SecurityGroupDecision.Reason.MEMBERS_ACCEPT ? RuleId.SG13 : RuleId.SG10),
          Optional.empty());
      return;
    }
    BlockerCode code;
    RuleId rule;
    switch (d.reason()) {
      case DEFAULT_DENY_ENTERPRISE:
        code = BlockerCode.SG_DEFAULT_DENY_ENTERPRISE;
        rule = RuleId.SG10;
        break;
      case MEMBERS_ISOLATED:
        code = BlockerCode.SG_INTRA_GROUP_ISOLATED;
        rule = RuleId.SG13;
        break;
      case DEFAULT_DENY_BASIC:
        code = BlockerCode.SG_INGRESS_DENIED;
        rule = RuleId.SG10;
        break;
      default:
        code = ingress ? BlockerCode.SG_INGRESS_DENIED : BlockerCode.SG_EGRESS_DENIED;
        rule = RuleId.SG16;
    }
    path.block(code, group,
        rule, d.group().id() + " of " + at.id() + " (" + at.privateIp() + ") drops " + d.direction() + " " + flow + ": " + d.decidedBy(),
        fix(d, at, remote, p, port));
  }

  /**
   * The least-privilege fix: one rule on the deciding group for exactly this protocol, port and remote block,
   * pinned to the instance's own address, at priority 1 against a default or one better than the deciding drop
   * rule. A drop rule at priority 1 cannot be beaten by an accept rule (SG16): no fix is offered then.
   */
  private static List<Fix> fix(SecurityGroupDecision d, EcsInstance at, Cidr remote, IpProtocol p, int port) {
    int priority = 1;
    if (d.rule().isPresent() && d.rule().get().policy() == RulePolicy.DROP) {
      if (d.rule().get().priority() == 1) {
        return List.of();
      }
      priority = d.rule().get().priority() - 1;
    }
    Cidr self = Cidr.of(at.privateIp());
    if (self.equals(remote)) {
      return List.of();
    }
    boolean ingress = d.direction() == RuleDirection.INGRESS;
    Permission.Builder perm =
        Permission.builder()
            .ipProtocol(p.apiValue())
            .portRange(p.hasPorts() ? port + "/" + port : "-1/-1")
            .priority(Integer.toString(priority))
            .policy("accept")
            .description("cenkit fix: " + p + portText(p, port) + (ingress ? " from " : " to ") + remote + " for " + at.id());
    if (ingress) {
      perm.sourceCidrIp(remote.toString()).destCidrIp(self.toString());
    } else {
      perm.destCidrIp(remote.toString()).sourceCidrIp(self.toString());
    }
    String what = "authorize " + d.direction() + " " + p + portText(p, port) + (ingress ? " from " : " to ") + remote
        + " on " + d.group().id() + " for " + at.id() + " only, priority " + priority;
    return List.of(Fix.of(what, Fixes.of(ingress
        ? AuthorizeSecurityGroupRequest.builder().securityGroupId(d.group().id()).addPermissions(perm.build()).build()
        : AuthorizeSecurityGroupEgressRequest.builder().securityGroupId(d.group().id()).addPermissions(perm.build()).build())));
  }

  private static String portText(IpProtocol p, int port) {
    return p.hasPorts() ? "/" + port : "";
  }

  static Component component(SecurityGroup g) {
    return Component.of(ComponentKind.SECURITY_GROUP, g.id().value(), g.name().orElse(g.id().value()), Optional.of(g.region()));
  }

  static IpProtocol ipProtocol(Protocol protocol) {
    switch (protocol) {
      case TCP:
        return IpProtocol.TCP;
      case UDP:
        return IpProtocol.UDP;
      default:
        return IpProtocol.ICMP;
    }
  }
}
