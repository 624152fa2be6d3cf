package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.Bindings;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.apigateway.CreateInstanceRequest;
import dev.cenkit.spi.apigateway.DescribeInstancesRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new API Gateway instance, built fluently from {@link Cenkit#dedicatedGateway()} (or
 * {@link Cenkit#vpcIntegrationGateway()}), or the reference to a region's existing shared instance
 * ({@link Cenkit#sharedGateway(RegionId)}, R49: it is found, not created):
 *
 * <pre>{@code
 * ApiGatewaySpec instance = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("gw").bindToNew(vpc1);
 * }</pre>
 *
 * <p>A dedicated instance is {@code api.s1.small} unless {@link #spec(String) told otherwise}; its zone is the
 * bound vSwitch's unless {@link #zone(String) given}. {@link #bindToNew(VpcSpec)} binds the VPC's first vSwitch; a
 * later {@code bindTo} replaces the earlier one, as rebinding does (R51). Immutable: every method returns a new
 * spec referring to the same instance. The cloud's rules (R49-R55) are checked when the spec is applied.
 */
public final class ApiGatewaySpec implements ResourceSpec<ApiGatewayInstance> {
  /** The spec a dedicated instance gets unless another is given. */
  public static final String DEFAULT_SPEC = "api.s1.small";

  /** The HTTPS policy a dedicated instance gets unless another is given. */
  public static final String DEFAULT_HTTPS_POLICY = "HTTPS2_TLS1_2";

  /** The charge type a dedicated instance gets unless another is given. */
  public static final String DEFAULT_CHARGE_TYPE = "PostPaid";

  /** The first stage: the kind of instance is known; the region completes it. */
  public static final class Kind {
    private final ApiGatewayInstanceType type;
    private final @Nullable DedicatedInstanceType dedicatedType;

    Kind(ApiGatewayInstanceType type, @Nullable DedicatedInstanceType dedicatedType) {
      this.type = type;
      this.dedicatedType = dedicatedType;
    }

    /** The instance's region. */
    public ApiGatewaySpec in(RegionId region) {
      Checks.required(region, "region");
      return new ApiGatewaySpec(
          new Fields(Ref.pending(ApiGatewayInstanceId.KIND, "dedicated instance in " + region), region, type, dedicatedType),
          List.of());
    }
  }

  /** The existing shared instance of {@code region} (R49): applying the spec finds it and creates nothing. */
  static ApiGatewaySpec shared(RegionId region) {
    Checks.required(region, "region");
    return new ApiGatewaySpec(
        new Fields(Ref.to(ApiGatewayInstanceId.shared(region)), region, ApiGatewayInstanceType.VPC_SHARED, null), List.of());
  }

  /** The attributes, copied on every change. */
  private static final class Fields implements Cloneable {
    final Ref<ApiGatewayInstanceId> ref;
    final RegionId region;
    final ApiGatewayInstanceType type;
    final @Nullable DedicatedInstanceType dedicatedType;
    @Nullable String name;
    @Nullable String instanceSpec;
    @Nullable String zone;
    String httpsPolicy = DEFAULT_HTTPS_POLICY;
    String chargeType = DEFAULT_CHARGE_TYPE;
    SpecSource bindingSource = Spec.empty();
    @Nullable Ref<VpcId> bindVpc;
    @Nullable Ref<VSwitchId> bindVSwitch;
    @Nullable String bindZone;
    SpecSource connectSource = Spec.empty();
    @Nullable Ref<VpcId> connectVpc;
    @Nullable Cidr connectCidr;
    List<Ref<VSwitchId>> connectVSwitches = List.of();
    @Nullable String connectZone;

    Fields(Ref<ApiGatewayInstanceId> ref, RegionId region, ApiGatewayInstanceType type, @Nullable DedicatedInstanceType d) {
      this.ref = ref;
      this.region = region;
      this.type = type;
      this.dedicatedType = d;
    }

    Fields copy() {
      try {
        return (Fields) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Fields f;
  private final List<SpecSource> parts;
  private final Step<ApiGatewayInstance> create;
  private final @Nullable Step<ApiGatewayInstance> bind;

  private ApiGatewaySpec(Fields f, List<SpecSource> parts) {
    this.f = f;
    this.parts = List.copyOf(parts);
    RegionId region = f.region;
    this.create =
        f.type == ApiGatewayInstanceType.VPC_SHARED
            ? Step.of("find the shared instance of " + region,
                b -> DescribeInstancesRequest.builder().region(region).instanceId(ApiGatewayInstanceId.shared(region)).build())
            : Step.creating(f.ref, this::createRequest, ApiGatewayInstance::id);
    Ref<VpcId> vpc = f.bindVpc;
    Ref<VSwitchId> vsw = f.bindVSwitch;
    Ref<ApiGatewayInstanceId> ref = f.ref;
    this.bind =
        vpc == null || vsw == null
            ? null
            : Step.of(
                "bind " + vpc.label() + " to " + ref.label(),
                b ->
                    ModifyInstanceVpcAttributeForConsoleRequest.builder()
                        .instanceId(b.resolve(ref))
                        .vpcId(b.resolve(vpc))
                        .vswitchId(b.resolve(vsw))
                        .build());
  }

  private CreateInstanceRequest createRequest(Bindings b) {
    boolean dedicated = f.type == ApiGatewayInstanceType.VPC_DEDICATED;
    String zone = f.zone != null ? f.zone : f.connectZone != null ? f.connectZone : f.bindZone;
    CreateInstanceRequest.Builder r =
        CreateInstanceRequest.builder()
            .region(f.region)
            .instanceName(Optional.ofNullable(f.name))
            .instanceType(f.type)
            .dedicatedInstanceType(Optional.ofNullable(f.dedicatedType))
            .instanceSpec(Optional.ofNullable(f.instanceSpec != null ? f.instanceSpec : dedicated ? DEFAULT_SPEC : null))
            .httpsPolicy(f.httpsPolicy)
            .chargeType(f.chargeType)
            .zoneId(Optional.ofNullable(dedicated ? zone : null));
    if (f.connectVpc != null) {
      r.userVpcId(b.resolve(f.connectVpc)).instanceCidr(Optional.ofNullable(f.connectCidr));
      for (Ref<VSwitchId> vsw : f.connectVSwitches) {
        r.addZoneVSwitchIds(b.resolve(vsw));
      }
    }
    return r.build();
  }

  private ApiGatewaySpec with(Fields changed) {
    return new ApiGatewaySpec(changed, parts);
  }

  /** The instance's name: letters, digits, '_' and '-'; a dedicated instance's only (the shared one has its own). */
  public ApiGatewaySpec named(String name) {
    dedicatedOnly("a name");
    Fields c = f.copy();
    c.name = ApiGatewayInstance.checkName(name);
    return with(c);
  }

  /** The spec of a dedicated instance, e.g. {@code api.s1.medium}; checked when applied. */
  public ApiGatewaySpec spec(String instanceSpec) {
    dedicatedOnly("an instance spec");
    Fields c = f.copy();
    c.instanceSpec = Checks.required(instanceSpec, "instance spec");
    return with(c);
  }

  /** The zone of a conventional dedicated instance (R55); by default the bound vSwitch's zone. */
  public ApiGatewaySpec zone(String zoneId) {
    dedicatedOnly("a zone");
    Fields c = f.copy();
    c.zone = Checks.required(zoneId, "zone id");
    return with(c);
  }

  /** The HTTPS policy of a dedicated instance ({@code HttpsPolicy}), {@link #DEFAULT_HTTPS_POLICY} unless given. */
  public ApiGatewaySpec httpsPolicy(String policy) {
    dedicatedOnly("an HTTPS policy");
    Fields c = f.copy();
    c.httpsPolicy = Checks.required(policy, "HTTPS policy");
    return with(c);
  }

  /** The charge type of a dedicated instance ({@code PostPaid} or {@code PrePaid}), {@link #DEFAULT_CHARGE_TYPE} unless given. */
  public ApiGatewaySpec chargeType(String chargeType) {
    dedicatedOnly("a charge type");
    Fields c = f.copy();
    c.chargeType = Checks.required(chargeType, "charge type");
    return with(c);
  }

  private void dedicatedOnly(String what) {
    if (f.type == ApiGatewayInstanceType.VPC_SHARED) {
      throw ErrorCode.INVALID_INSTANCE_TYPE.exception(
          RuleId.R49, "the shared instance of " + f.region + " exists already and takes no " + what + "; only a dedicated instance does",
          f.region);
    }
  }

  /** Whether this is the reference to a region's shared instance rather than a new dedicated one. */
  public boolean isShared() {
    return f.type == ApiGatewayInstanceType.VPC_SHARED;
  }

  /** Binds a VPC that a spec creates, through its first vSwitch (R51, D6); the VPC's steps come first. */
  public ApiGatewaySpec bindToNew(VpcSpec vpc) {
    Checks.required(vpc, "VPC spec");
    return bindToNew(vpc, 0);
  }

  /** Binds a VPC that a spec creates, through its {@code vSwitchIndex}-th vSwitch (0 is the first). */
  public ApiGatewaySpec bindToNew(VpcSpec vpc, int vSwitchIndex) {
    Checks.required(vpc, "VPC spec");
    return bind(vpc, vpc.ref(), vpc.vSwitchRef(vSwitchIndex), vpc.vSwitchZone(vSwitchIndex));
  }

  /** Binds an existing VPC through one of its vSwitches (D6). */
  public ApiGatewaySpec bindToExisting(Vpc vpc, VSwitch vSwitch) {
    Checks.required(vpc, "VPC");
    Checks.required(vSwitch, "vSwitch");
    return bind(Spec.empty(), Ref.to(vpc.id()), Ref.to(vSwitch.id()), vSwitch.zoneId());
  }

  /** Binds the VPC of an existing vSwitch, through that vSwitch (D6). */
  public ApiGatewaySpec bindToExisting(VSwitch vSwitch) {
    Checks.required(vSwitch, "vSwitch");
    return bind(Spec.empty(), Ref.to(vSwitch.vpcId()), Ref.to(vSwitch.id()), vSwitch.zoneId());
  }

  private ApiGatewaySpec bind(SpecSource source, Ref<VpcId> vpc, Ref<VSwitchId> vSwitch, String zone) {
    Fields c = f.copy();
    c.bindingSource = source;
    c.bindVpc = vpc;
    c.bindVSwitch = vSwitch;
    c.bindZone = zone;
    return with(c);
  }

  /**
   * Connects a VPC-integration instance to a VPC that a spec creates, with its instance CIDR block
   * ({@code 192.168.0.0/16} or {@code 172.16.0.0/12}, R55) and a network interface in each of the VPC's vSwitches.
   */
  public ApiGatewaySpec connectToNew(VpcSpec vpc, String instanceCidr) {
    Checks.required(vpc, "VPC spec");
    Cidr cidr = Cidr.of(instanceCidr);
    Fields c = f.copy();
    c.connectSource = vpc;
    c.connectVpc = vpc.ref();
    c.connectCidr = cidr;
    List<Ref<VSwitchId>> vSwitches = new ArrayList<>();
    for (int i = 0; i < vpc.vSwitchSteps().size(); i++) {
      vSwitches.add(vpc.vSwitchRef(i));
    }
    c.connectVSwitches = List.copyOf(vSwitches);
    c.connectZone = vSwitches.isEmpty() ? null : vpc.vSwitchZone(0);
    return with(c);
  }

  /** Adds steps that run after the instance is created and bound (used by builders acting on it). */
  public ApiGatewaySpec with(SpecSource steps) {
    Checks.required(steps, "steps");
    List<SpecSource> more = new ArrayList<>(parts);
    more.add(steps);
    return new ApiGatewaySpec(f, more);
  }

  /** The reference to this instance. */
  public Ref<ApiGatewayInstanceId> ref() {
    return f.ref;
  }

  /** The instance's region. */
  public RegionId region() {
    return f.region;
  }

  @Override
  public Step<ApiGatewayInstance> mainStep() {
    return create;
  }

  /** The steps: the VPCs it needs, the instance, its binding, then anything added. */
  @Override
  public Spec toSpec() {
    List<SpecSource> ordered = new ArrayList<>();
    ordered.add(f.connectSource);
    ordered.add(f.bindingSource);
    ordered.add(Spec.empty().plus(create));
    if (bind != null) {
      ordered.add(Spec.empty().plus(bind));
    }
    ordered.addAll(parts);
    return Spec.of(ordered);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
