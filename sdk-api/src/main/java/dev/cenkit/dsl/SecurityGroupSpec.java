package dev.cenkit.dsl;

import dev.cenkit.spi.Bindings;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.RuleDirection;
import dev.cenkit.model.ecs.RulePolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupEgressRequest;
import dev.cenkit.spi.ecs.AuthorizeSecurityGroupRequest;
import dev.cenkit.spi.ecs.CreateSecurityGroupRequest;
import dev.cenkit.spi.ecs.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new security group and its rules, built fluently:
 *
 * <pre>{@code
 * SecurityGroupSpec web = Cenkit.securityGroup().in(vpc1).named("web")
 *     .allowIngress(tcp(443)).from("10.0.0.0/8")
 *     .denyIngress(tcp(22)).priority(1).from("0.0.0.0/0");
 * }</pre>
 *
 * Immutable: every method returns a new spec for the same group. Each rule becomes one
 * {@code AuthorizeSecurityGroup} or {@code AuthorizeSecurityGroupEgress} step after the group's creation; the
 * cloud checks the rules (SG40, SG42) when the spec is applied.
 */
public final class SecurityGroupSpec implements ResourceSpec<SecurityGroup> {
  private final RegionId region;
  private final SpecSource prerequisite;
  private final Ref<SecurityGroupId> ref;
  private final Step<SecurityGroup> create;
  private final List<Step<?>> rules;

  private SecurityGroupSpec(
      RegionId region, SpecSource prerequisite, Ref<SecurityGroupId> ref, Step<SecurityGroup> create, List<Step<?>> rules) {
    this.region = region;
    this.prerequisite = prerequisite;
    this.ref = ref;
    this.create = create;
    this.rules = List.copyOf(rules);
  }

  /** Starts the description of a security group. */
  public static Definition define() {
    return new Definition(null, null, SecurityGroupType.NORMAL);
  }

  /** The first stage: a name, a description and the type may be given; the VPC completes the group. */
  public static final class Definition {
    private final @Nullable String name;
    private final @Nullable String description;
    private final SecurityGroupType type;

    private Definition(@Nullable String name, @Nullable String description, SecurityGroupType type) {
      this.name = name;
      this.description = description;
      this.type = type;
    }

    /** The group's name ({@code SecurityGroupName}). */
    public Definition named(String name) {
      return new Definition(Checks.required(name, "security group name"), description, type);
    }

    /** The group's description. */
    public Definition description(String description) {
      return new Definition(name, Checks.required(description, "description"), type);
    }

    /** Makes the group an advanced ({@code enterprise}) group: default deny both ways, members isolated (SG10). */
    public Definition enterprise() {
      return new Definition(name, description, SecurityGroupType.ENTERPRISE);
    }

    /** The group's VPC, created by {@code vpc}'s spec; completes the group. */
    public SecurityGroupSpec in(VpcSpec vpc) {
      Checks.required(vpc, "VPC spec");
      return complete(vpc.region(), vpc, vpc.ref());
    }

    /** The group's VPC, which exists; completes the group. */
    public SecurityGroupSpec in(Vpc vpc) {
      Checks.required(vpc, "VPC");
      return complete(vpc.region(), Spec.empty(), Ref.to(vpc.id()));
    }

    private SecurityGroupSpec complete(RegionId region, SpecSource prerequisite, Ref<VpcId> vpc) {
      Ref<SecurityGroupId> ref = Ref.pending(SecurityGroupId.KIND, (name != null ? name : "security group") + " in " + vpc.label());
      Step<SecurityGroup> create =
          Step.creating(
              ref,
              b -> CreateSecurityGroupRequest.builder()
                  .region(region)
                  .vpcId(b.resolve(vpc))
                  .securityGroupName(Optional.ofNullable(name))
                  .description(Optional.ofNullable(description))
                  .securityGroupType(type)
                  .build(),
              SecurityGroup::id);
      return new SecurityGroupSpec(region, prerequisite, ref, create, List.of());
    }
  }

  /** Starts an ingress rule that accepts {@code traffic}; {@link RuleStage#from(String)} completes it. */
  public RuleStage allowIngress(Traffic traffic) {
    return new RuleStage(this, RuleDirection.INGRESS, RulePolicy.ACCEPT, traffic, 1);
  }

  /** Starts an ingress rule that drops {@code traffic}; {@link RuleStage#from(String)} completes it. */
  public RuleStage denyIngress(Traffic traffic) {
    return new RuleStage(this, RuleDirection.INGRESS, RulePolicy.DROP, traffic, 1);
  }

  /** Starts an egress rule that accepts {@code traffic}; {@link RuleStage#to(String)} completes it. */
  public RuleStage allowEgress(Traffic traffic) {
    return new RuleStage(this, RuleDirection.EGRESS, RulePolicy.ACCEPT, traffic, 1);
  }

  /** Starts an egress rule that drops {@code traffic}; {@link RuleStage#to(String)} completes it. */
  public RuleStage denyEgress(Traffic traffic) {
    return new RuleStage(this, RuleDirection.EGRESS, RulePolicy.DROP, traffic, 1);
  }

  /** A rule being described: its priority may be set, its peer completes it. */
  public static final class RuleStage {
    private final SecurityGroupSpec group;
    private final RuleDirection direction;
    private final RulePolicy policy;
    private final Traffic traffic;
    private final int priority;

    private RuleStage(SecurityGroupSpec group, RuleDirection direction, RulePolicy policy, Traffic traffic, int priority) {
      this.group = group;
      this.direction = direction;
      this.policy = policy;
      this.traffic = Checks.required(traffic, "traffic");
      this.priority = priority;
    }

    /** The rule's priority, 1 (first, the default) to 100 (SG16). */
    public RuleStage priority(int priority) {
      return new RuleStage(group, direction, policy, traffic, priority);
    }

    /** The source block of an ingress rule ({@code 0.0.0.0/0} for everyone, SG4); completes the rule. */
    public SecurityGroupSpec from(String cidr) {
      requireDirection(RuleDirection.INGRESS, "from");
      return group.withRule(Spec.empty(), direction, b -> base().sourceCidrIp(Checks.required(cidr, "source CIDR")).build(),
          traffic + " from " + cidr);
    }

    /** The source group of an ingress rule (a basic group of the same VPC, SG42); completes the rule. */
    public SecurityGroupSpec from(SecurityGroupSpec source) {
      requireDirection(RuleDirection.INGRESS, "from");
      Checks.required(source, "source group spec");
      return group.withRule(Spec.empty().plus(source.mainStep()), direction,
          b -> base().sourceGroupId(b.resolve(source.ref()).value()).build(), traffic + " from " + source.ref().label());
    }

    /** The destination block of an egress rule; completes the rule. */
    public SecurityGroupSpec to(String cidr) {
      requireDirection(RuleDirection.EGRESS, "to");
      return group.withRule(Spec.empty(), direction, b -> base().destCidrIp(Checks.required(cidr, "destination CIDR")).build(),
          traffic + " to " + cidr);
    }

    /** The destination group of an egress rule; completes the rule. */
    public SecurityGroupSpec to(SecurityGroupSpec destination) {
      requireDirection(RuleDirection.EGRESS, "to");
      Checks.required(destination, "destination group spec");
      return group.withRule(Spec.empty().plus(destination.mainStep()), direction,
          b -> base().destGroupId(b.resolve(destination.ref()).value()).build(), traffic + " to " + destination.ref().label());
    }

    private void requireDirection(RuleDirection expected, String method) {
      if (direction != expected) {
        throw dev.cenkit.error.ErrorCode.INVALID_PARAMETER.exception(
            null, "a " + direction + " rule names its peer with " + (direction == RuleDirection.INGRESS ? "from" : "to") + ", not " + method,
            method);
      }
    }

    private Permission.Builder base() {
      return Permission.builder()
          .ipProtocol(traffic.protocol().apiValue())
          .portRange(traffic.ports().toString())
          .policy(policy.apiValue())
          .priority(Integer.toString(priority));
    }
  }

  private SecurityGroupSpec withRule(
      SpecSource needs, RuleDirection direction, Function<Bindings, Permission> permission, String label) {
    Step<SecurityGroup> step =
        Step.of(
            (direction == RuleDirection.INGRESS ? "authorize ingress " : "authorize egress ") + label + " on " + ref.label(),
            b -> direction == RuleDirection.INGRESS
                ? AuthorizeSecurityGroupRequest.builder().securityGroupId(b.resolve(ref)).addPermissions(permission.apply(b)).build()
                : AuthorizeSecurityGroupEgressRequest.builder().securityGroupId(b.resolve(ref)).addPermissions(permission.apply(b)).build());
    List<Step<?>> more = new ArrayList<>(rules);
    more.addAll(needs.toSpec().steps());
    more.add(step);
    return new SecurityGroupSpec(region, prerequisite, ref, create, more);
  }

  /** The region, the VPC's. */
  public RegionId region() {
    return region;
  }

  /** The reference to this group, for instances and rules that name it. */
  public Ref<SecurityGroupId> ref() {
    return ref;
  }

  @Override
  public Step<SecurityGroup> mainStep() {
    return create;
  }

  @Override
  public Spec toSpec() {
    Spec spec = Spec.of(prerequisite, Spec.empty().plus(create));
    for (Step<?> s : rules) {
      spec = spec.plus(s);
    }
    return spec;
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
