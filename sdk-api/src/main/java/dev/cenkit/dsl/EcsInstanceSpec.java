package dev.cenkit.dsl;

import dev.cenkit.spi.Bindings;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.spi.ecs.RunInstancesRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new ECS instance ({@code RunInstances} of one instance), built fluently:
 *
 * <pre>{@code
 * EcsInstanceSpec ecs3 = Cenkit.ecsInstance("ecs-3").in(vpc1, 0).privateIp("172.16.1.10").securityGroup(web);
 * EcsInstanceId id = cloud.apply(ecs3).id(ecs3.ref());
 * }</pre>
 *
 * Immutable; the groups' and the VPC's specs run first when they are part of this one.
 */
public final class EcsInstanceSpec implements SpecSource {
  private final String name;
  private final RegionId region;
  private final SpecSource prerequisite;
  private final Ref<VSwitchId> vSwitch;
  private final @Nullable String privateIp;
  private final List<Ref<SecurityGroupId>> groups;
  private final List<SpecSource> groupSpecs;
  private final Ref<EcsInstanceId> ref;
  private final Step<List<EcsInstance>> run;

  private EcsInstanceSpec(
      String name, RegionId region, SpecSource prerequisite, Ref<VSwitchId> vSwitch, @Nullable String privateIp,
      List<Ref<SecurityGroupId>> groups, List<SpecSource> groupSpecs, Ref<EcsInstanceId> ref) {
    this.name = name;
    this.region = region;
    this.prerequisite = prerequisite;
    this.vSwitch = vSwitch;
    this.privateIp = privateIp;
    this.groups = List.copyOf(groups);
    this.groupSpecs = List.copyOf(groupSpecs);
    this.ref = ref;
    this.run =
        Step.creating(
            ref,
            b -> {
              List<SecurityGroupId> ids = new ArrayList<>();
              for (Ref<SecurityGroupId> g : this.groups) {
                ids.add(b.resolve(g));
              }
              return RunInstancesRequest.builder()
                  .region(region)
                  .vSwitchId(b.resolve(vSwitch))
                  .privateIpAddress(Optional.ofNullable(privateIp))
                  .securityGroupIds(ids)
                  .instanceName(name)
                  .build();
            },
            l -> l.get(0).id());
  }

  /** Starts the description of an instance named {@code name} ({@code InstanceName}). */
  public static Definition named(String name) {
    return new Definition(Checks.required(name, "instance name"));
  }

  /** The first stage: the name is known; the vSwitch comes next. */
  public static final class Definition {
    private final String name;

    private Definition(String name) {
      this.name = name;
    }

    /** The instance's vSwitch, which exists. */
    public EcsInstanceSpec in(VSwitch vSwitch) {
      Checks.required(vSwitch, "vSwitch");
      return start(vSwitch.region(), Spec.empty(), Ref.to(vSwitch.id()));
    }

    /** The {@code index}-th vSwitch of {@code vpc}'s spec (0 is the first). */
    public EcsInstanceSpec in(VpcSpec vpc, int index) {
      Checks.required(vpc, "VPC spec");
      return start(vpc.region(), vpc, vpc.vSwitchRef(index));
    }

    private EcsInstanceSpec start(RegionId region, SpecSource prerequisite, Ref<VSwitchId> vSwitch) {
      return new EcsInstanceSpec(name, region, prerequisite, vSwitch, null, List.of(), List.of(),
          Ref.pending(EcsInstanceId.KIND, name));
    }
  }

  /** The primary private IP ({@code PrivateIpAddress}); the first free address of the vSwitch when not given. */
  public EcsInstanceSpec privateIp(String address) {
    return new EcsInstanceSpec(name, region, prerequisite, vSwitch, Checks.required(address, "private IP"), groups, groupSpecs, ref);
  }

  /** Adds a security group created by {@code group}'s spec. */
  public EcsInstanceSpec securityGroup(SecurityGroupSpec group) {
    Checks.required(group, "security group spec");
    return withGroup(group.ref(), group);
  }

  /** Adds a security group that exists. */
  public EcsInstanceSpec securityGroup(SecurityGroup group) {
    Checks.required(group, "security group");
    return withGroup(Ref.to(group.id()), Spec.empty());
  }

  private EcsInstanceSpec withGroup(Ref<SecurityGroupId> group, SpecSource spec) {
    List<Ref<SecurityGroupId>> more = new ArrayList<>(groups);
    more.add(group);
    List<SpecSource> specs = new ArrayList<>(groupSpecs);
    specs.add(spec);
    return new EcsInstanceSpec(name, region, prerequisite, vSwitch, privateIp, more, specs, ref);
  }

  /** The reference to this instance. */
  public Ref<EcsInstanceId> ref() {
    return ref;
  }

  /** The instance's name. */
  public String name() {
    return name;
  }

  /** The step that runs the instance. */
  public Step<List<EcsInstance>> runStep() {
    return run;
  }

  @Override
  public Spec toSpec() {
    List<SpecSource> parts = new ArrayList<>();
    parts.add(prerequisite);
    parts.addAll(groupSpecs);
    return Spec.of(parts).plus(run);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
