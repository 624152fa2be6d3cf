package dev.cenkit.model.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A security group of a VPC ({@code CreateSecurityGroup}): a stateful firewall on the network interfaces of its
 * member instances (SG1). Its rules are the ingress and egress permissions authorized on it, in the order they
 * were added; what matches no rule falls to the type's default (SG10).
 */
@Value.Immutable
@CenkitStyle
public interface SecurityGroup {
  /** The group id ({@code sg-…}). */
  SecurityGroupId id();

  /** The region, the VPC's. */
  RegionId region();

  /** The VPC ({@code VpcId}). */
  VpcId vpcId();

  /** The name ({@code SecurityGroupName}), if one was given; names need not be unique (SG2). */
  Optional<String> name();

  /** The description, if one was given. */
  Optional<String> description();

  /** Basic ({@code normal}, the default) or advanced ({@code enterprise}). */
  @Value.Default
  default SecurityGroupType type() {
    return SecurityGroupType.NORMAL;
  }

  /** Whether members reach each other (SG13): Accept for basic groups by default, always Drop for advanced ones. */
  @Value.Default
  default InnerAccessPolicy innerAccessPolicy() {
    return type() == SecurityGroupType.ENTERPRISE ? InnerAccessPolicy.DROP : InnerAccessPolicy.ACCEPT;
  }

  /** Every rule, ingress and egress, in the order they were authorized. */
  List<SecurityGroupRule> rules();

  /** The rules of one direction, in the order they were authorized. */
  default List<SecurityGroupRule> rules(RuleDirection direction) {
    return rules().stream().filter(r -> r.direction() == direction).collect(Collectors.toUnmodifiableList());
  }

  /** The rules that name another group as their peer. */
  default List<SecurityGroupRule> groupReferences() {
    return rules().stream().filter(r -> r.peerGroupId().isPresent()).collect(Collectors.toUnmodifiableList());
  }

  /** The rule with this id, if the group has it. */
  default Optional<SecurityGroupRule> rule(SecurityGroupRuleId ruleId) {
    return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** Whether the group is basic and its members reach each other whatever the rules say (SG13, SD2). */
  default boolean membersAlwaysReachEachOther() {
    return type() == SecurityGroupType.NORMAL && innerAccessPolicy() == InnerAccessPolicy.ACCEPT;
  }

  /** Checks the invariants when the value is built. */
  @Value.Check
  default void check() {
    if (type() == SecurityGroupType.ENTERPRISE && innerAccessPolicy() == InnerAccessPolicy.ACCEPT) {
      throw dev.cenkit.error.ErrorCode.INVALID_PARAMETER.exception(
          null, "advanced security group " + id() + " always isolates its members (SG11)", id());
    }
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link SecurityGroup}. */
  class Builder extends ImmutableSecurityGroup.Builder {}
}
