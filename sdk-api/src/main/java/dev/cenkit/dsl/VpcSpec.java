package dev.cenkit.dsl;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new VPC and its vSwitches, built fluently:
 *
 * <pre>{@code
 * VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
 * }</pre>
 *
 * Immutable: every method returns a new spec that refers to the same VPC, so a CEN spec that attaches
 * {@code vpc1} and the spec that adds a vSwitch to it agree on which VPC they mean. Parameters are checked
 * when given; the cloud's rules (R36, R37…) are checked when the spec is applied.
 */
public final class VpcSpec implements ResourceSpec<Vpc> {
  private final RegionId region;
  private final Ref<VpcId> ref;
  private final Step<Vpc> create;
  private final List<Step<VSwitch>> vSwitches;
  private final List<String> vSwitchZones;

  private VpcSpec(RegionId region, Ref<VpcId> ref, Step<Vpc> create, List<Step<VSwitch>> vSwitches) {
    this(region, ref, create, vSwitches, List.of());
  }

  private VpcSpec(
      RegionId region, Ref<VpcId> ref, Step<Vpc> create, List<Step<VSwitch>> vSwitches, List<String> vSwitchZones) {
    this.region = region;
    this.ref = ref;
    this.create = create;
    this.vSwitches = List.copyOf(vSwitches);
    this.vSwitchZones = List.copyOf(vSwitchZones);
  }

  /** Starts the description of a VPC in {@code region}; users reach it as {@link Cenkit#vpc(RegionId)}. */
  static Definition in(RegionId region) {
    return new Definition(Checks.required(region, "region"), null, null, TagSet.NONE);
  }

  /** The first stage: the region is known; a name and description may follow; the CIDR block ends it. */
  public static final class Definition {
    private final RegionId region;
    private final @Nullable String name;
    private final @Nullable String description;
    private final TagSet tags;

    private Definition(RegionId region, @Nullable String name, @Nullable String description, TagSet tags) {
      this.region = region;
      this.name = name;
      this.description = description;
      this.tags = tags;
    }

    /** The VPC's name (R4). */
    public Definition named(String name) {
      return new Definition(region, Checks.name(name, "VPC"), description, tags);
    }

    /** The VPC's description (R4). */
    public Definition description(String description) {
      return new Definition(region, name, Checks.description(description, "VPC"), tags);
    }

    /** Adds the tag {@code key}={@code value} ({@code Tag.N.Key}/{@code Tag.N.Value}, R4: at most 20). */
    public Definition tag(String key, String value) {
      return new Definition(region, name, description, tags.plus(key, value, "VPC"));
    }

    /** The resource group ({@code ResourceGroupId}, {@code rg-…}, R4). */
    public Definition resourceGroup(String resourceGroupId) {
      return new Definition(region, name, description, tags.in(resourceGroupId));
    }

    /** The primary CIDR block, e.g. {@code "172.16.0.0/16"}; completes the VPC. */
    public VpcSpec cidr(String cidrBlock) {
      return cidr(Cidr.of(cidrBlock));
    }

    /** The primary CIDR block; completes the VPC. */
    public VpcSpec cidr(Cidr cidrBlock) {
      Checks.required(cidrBlock, "CIDR block");
      CreateVpcRequest request =
          CreateVpcRequest.builder()
              .region(region)
              .cidrBlock(cidrBlock)
              .vpcName(Optional.ofNullable(name))
              .description(Optional.ofNullable(description))
              .tags(tags.tags())
              .resourceGroupId(tags.resourceGroup())
              .build();
      Ref<VpcId> ref = Ref.pending(VpcId.KIND, name != null ? name : cidrBlock.toString());
      return new VpcSpec(region, ref, Step.creating(ref, b -> request, Vpc::id), List.of());
    }
  }

  /** Adds a vSwitch in {@code zoneId} with {@code cidrBlock}. */
  public VpcSpec vSwitch(String zoneId, String cidrBlock) {
    return vSwitch(zoneId, cidrBlock, null);
  }

  /** Adds a named vSwitch in {@code zoneId} with {@code cidrBlock}. */
  public VpcSpec vSwitch(String zoneId, String cidrBlock, @Nullable String name) {
    return vSwitch(zoneId, cidrBlock, name, null, Map.of());
  }

  /**
   * Adds a vSwitch in {@code zoneId} with {@code cidrBlock}, its name and description (either may be null) and
   * tags (R4: at most 20, checked here).
   */
  public VpcSpec vSwitch(
      String zoneId, String cidrBlock, @Nullable String name, @Nullable String description, Map<String, String> tags) {
    Checks.required(zoneId, "zone id");
    Optional<String> vswDescription = Optional.ofNullable(description).map(d -> Checks.description(d, "vSwitch"));
    Map<String, String> vswTags = Map.copyOf(dev.cenkit.model.Tagged.checkTags(tags, "vSwitch"));
    Cidr cidr = Cidr.of(cidrBlock);
    Optional<String> vswName = Optional.ofNullable(name).map(n -> Checks.name(n, "vSwitch"));
    Ref<VSwitchId> vSwitchRef = Ref.pending(VSwitchId.KIND, cidr + " in " + zoneId + " of " + ref.label());
    Step<VSwitch> step =
        Step.creating(
            vSwitchRef,
            b ->
                CreateVSwitchRequest.builder()
                    .vpcId(b.resolve(ref))
                    .zoneId(zoneId)
                    .cidrBlock(cidr)
                    .vSwitchName(vswName)
                    .description(vswDescription)
                    .tags(vswTags)
                    .build(),
            VSwitch::id);
    List<Step<VSwitch>> more = new ArrayList<>(vSwitches);
    more.add(step);
    List<String> zones = new ArrayList<>(vSwitchZones);
    zones.add(zoneId);
    return new VpcSpec(region, ref, create, more, zones);
  }

  /**
   * The reference to the {@code index}-th vSwitch of this spec (0 is the first), for specs that bind or use it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when there is no such vSwitch
   */
  @SuppressWarnings("unchecked")
  public Ref<VSwitchId> vSwitchRef(int index) {
    checkVSwitchIndex(index);
    return (Ref<VSwitchId>) vSwitches.get(index).produces().orElseThrow();
  }

  /**
   * The zone of the {@code index}-th vSwitch of this spec.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when there is no such vSwitch
   */
  public String vSwitchZone(int index) {
    checkVSwitchIndex(index);
    return vSwitchZones.get(index);
  }

  private void checkVSwitchIndex(int index) {
    if (index < 0 || index >= vSwitches.size()) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, ref.label() + " has " + vSwitches.size() + " vSwitches; there is no vSwitch " + index, index);
    }
  }

  /** The reference to this VPC, for other specs that attach or bind it. */
  public Ref<VpcId> ref() {
    return ref;
  }

  /** The region of the VPC. */
  public RegionId region() {
    return region;
  }

  @Override
  public Step<Vpc> mainStep() {
    return create;
  }

  /** The vSwitch steps, in order. */
  public List<Step<VSwitch>> vSwitchSteps() {
    return vSwitches;
  }

  @Override
  public Spec toSpec() {
    Spec spec = Spec.empty().plus(create);
    for (Step<VSwitch> s : vSwitches) {
      spec = spec.plus(s);
    }
    return spec;
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
