package dev.cenkit.inmemory.secgroups;

import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupRule;
import java.util.Optional;

/**
 * What an instance's security groups decide for one flow in one direction: allowed or not, why, and the group
 * and rule that decided (SD1).
 *
 * @param direction ingress (at the responder) or egress (at the initiator)
 * @param allowed whether the packet passes
 * @param reason why
 * @param group the group of the deciding rule, or the group whose default or member policy decided
 * @param rule the deciding rule, when a rule decided
 */
public record SecurityGroupDecision(
    RuleDirection direction, boolean allowed, Reason reason, SecurityGroup group, Optional<SecurityGroupRule> rule) {

  /** Why a decision was taken. */
  public enum Reason {
    /** A rule matched (SG16, SG17). */
    RULE,
    /** The two instances share a basic group whose members always reach each other (SG13, SG14, SD2). */
    MEMBERS_ACCEPT,
    /** No rule matched and basic groups allow all egress (SG10). */
    DEFAULT_ALLOW_EGRESS,
    /** No rule matched: a basic group denies ingress by default (SG10). */
    DEFAULT_DENY_BASIC,
    /** No rule matched: an advanced group denies by default, both ways (SG10). */
    DEFAULT_DENY_ENTERPRISE,
    /** No rule matched and the two instances share only groups that isolate their members (SG13). */
    MEMBERS_ISOLATED
  }

  /** The deciding rule or default, for messages, e.g. {@code rule sgr-… (ingress drop TCP 22/22 from 0.0.0.0/0, priority 1)}. */
  public String decidedBy() {
    switch (reason) {
      case RULE:
        return "rule " + rule.orElseThrow().summary();
      case MEMBERS_ACCEPT:
        return "InnerAccessPolicy Accept of " + group.id() + ": members reach each other (SG13)";
      case DEFAULT_ALLOW_EGRESS:
        return "the default of basic groups: all egress allowed (SG10)";
      case DEFAULT_DENY_BASIC:
        return "the default of basic group " + group.id() + ": ingress denied unless a rule accepts it (SG10)";
      case DEFAULT_DENY_ENTERPRISE:
        return "the default of advanced group " + group.id() + ": " + direction + " denied unless a rule accepts it (SG10)";
      default:
        return "InnerAccessPolicy Drop of " + group.id() + ": members are isolated unless a rule accepts them (SG13)";
    }
  }
}
