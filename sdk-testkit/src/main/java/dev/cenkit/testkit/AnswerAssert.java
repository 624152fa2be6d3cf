package dev.cenkit.testkit;

import dev.cenkit.model.ResourceId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link ReachabilityAnswer}; failures print the answer's explanation. */
public final class AnswerAssert extends AbstractAssert<AnswerAssert, ReachabilityAnswer> {
  AnswerAssert(ReachabilityAnswer actual) {
    super(actual, AnswerAssert.class);
  }

  /** The verdict is {@link Verdict#REACHABLE}. */
  public AnswerAssert isReachable() {
    return hasVerdict(Verdict.REACHABLE);
  }

  /** The verdict is {@link Verdict#UNREACHABLE}. */
  public AnswerAssert isUnreachable() {
    return hasVerdict(Verdict.UNREACHABLE);
  }

  /** The verdict is {@link Verdict#TEST_BANDWIDTH_ONLY}. */
  public AnswerAssert isTestBandwidthOnly() {
    return hasVerdict(Verdict.TEST_BANDWIDTH_ONLY);
  }

  /** The verdict is {@code verdict}. */
  public AnswerAssert hasVerdict(Verdict verdict) {
    isNotNull();
    if (actual.verdict() != verdict) {
      failWithMessage("expected %s but the answer was:%n%s", verdict, actual.explain());
    }
    return this;
  }

  /** Some blocker has {@code code}. */
  public AnswerAssert hasBlocker(BlockerCode code) {
    isNotNull();
    if (actual.blockers().stream().noneMatch(b -> b.code() == code)) {
      failWithMessage("expected a blocker %s but the answer was:%n%s", code, actual.explain());
    }
    return this;
  }

  /** The answer has no blocker. */
  public AnswerAssert hasNoBlockers() {
    isNotNull();
    if (!actual.blockers().isEmpty()) {
      failWithMessage("expected no blockers but the answer was:%n%s", actual.explain());
    }
    return this;
  }

  /** Some blocker sits at the VPC; continue with {@link BlockedAt#withCode}. */
  public BlockedAt isBlockedAt(Vpc vpc) {
    return isBlockedAt(vpc.id());
  }

  /** Some blocker sits at the component with this id; continue with {@link BlockedAt#withCode}. */
  public BlockedAt isBlockedAt(ResourceId id) {
    return isBlockedAt(id.value());
  }

  /** Some blocker sits at the component with this id; continue with {@link BlockedAt#withCode}. */
  public BlockedAt isBlockedAt(String componentId) {
    isNotNull();
    List<Blocker> here =
        actual.blockers().stream().filter(b -> b.component().id().equals(componentId)).collect(Collectors.toList());
    if (here.isEmpty()) {
      failWithMessage("expected a blocker at %s but the answer was:%n%s", componentId, actual.explain());
    }
    return new BlockedAt(this, here, componentId);
  }

  /**
   * Some blocker is a security group's (a {@code SG_*} code) at {@code group}; continue with
   * {@link SecurityGroupBlock#byRule} or {@link SecurityGroupBlock#byDefault}.
   */
  public SecurityGroupBlock isDeniedBySecurityGroup(dev.cenkit.model.ecs.SecurityGroupId group) {
    isNotNull();
    List<Blocker> here = actual.blockers().stream()
        .filter(b -> b.component().id().equals(group.value()) && SECURITY_GROUP_CODES.contains(b.code()))
        .collect(Collectors.toList());
    if (here.isEmpty()) {
      failWithMessage("expected security group %s to deny the traffic but the answer was:%n%s", group, actual.explain());
    }
    return new SecurityGroupBlock(this, here);
  }

  /** The blocker codes of security groups. */
  public static final java.util.Set<BlockerCode> SECURITY_GROUP_CODES = java.util.EnumSet.of(
      BlockerCode.SG_INGRESS_DENIED, BlockerCode.SG_EGRESS_DENIED, BlockerCode.SG_DEFAULT_DENY_ENTERPRISE,
      BlockerCode.SG_INTRA_GROUP_ISOLATED);

  /** The security group blockers at one group, to be narrowed by the deciding rule. */
  public static final class SecurityGroupBlock {
    private final AnswerAssert parent;
    private final List<Blocker> blockers;

    SecurityGroupBlock(AnswerAssert parent, List<Blocker> blockers) {
      this.parent = parent;
      this.blockers = blockers;
    }

    /** The deciding rule is {@code rule}. */
    public AnswerAssert byRule(dev.cenkit.model.ecs.SecurityGroupRuleId rule) {
      if (blockers.stream().noneMatch(b -> b.message().contains("rule " + rule.value()))) {
        parent.failWithMessage("expected rule %s to decide but the answer was:%n%s", rule, parent.actual.explain());
      }
      return parent;
    }

    /** No rule matched: the group type's default or its member isolation decided. */
    public AnswerAssert byDefault() {
      if (blockers.stream().noneMatch(b -> b.message().contains("default of") || b.message().contains("InnerAccessPolicy Drop"))) {
        parent.failWithMessage("expected a default to decide but the answer was:%n%s", parent.actual.explain());
      }
      return parent;
    }

    /** The blocker offers a fix. */
    public AnswerAssert withAFix() {
      if (blockers.stream().allMatch(b -> b.fixes().isEmpty())) {
        parent.failWithMessage("expected a fix but the answer was:%n%s", parent.actual.explain());
      }
      return parent;
    }
  }

  /** The blockers found at one component, to be narrowed by code. */
  public static final class BlockedAt {
    private final AnswerAssert parent;
    private final List<Blocker> blockers;
    private final String componentId;

    BlockedAt(AnswerAssert parent, List<Blocker> blockers, String componentId) {
      this.parent = parent;
      this.blockers = blockers;
      this.componentId = componentId;
    }

    /** One of the blockers at the component has {@code code}. */
    public AnswerAssert withCode(BlockerCode code) {
      if (blockers.stream().noneMatch(b -> b.code() == code)) {
        parent.failWithMessage(
            "expected a blocker %s at %s but found %s; the answer was:%n%s",
            code,
            componentId,
            blockers.stream().map(b -> b.code().name()).collect(Collectors.joining(", ")),
            parent.actual.explain());
      }
      return parent;
    }
  }
}
