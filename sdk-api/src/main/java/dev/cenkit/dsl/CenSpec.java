package dev.cenkit.dsl;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.Bindings;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new CEN instance and what joins it, built fluently:
 *
 * <pre>{@code
 * CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);
 * }</pre>
 *
 * Attaching a {@link VpcSpec} includes the steps that create it, so applying the CEN spec creates the VPCs
 * too. Immutable: each method returns a new spec referring to the same CEN.
 */
public final class CenSpec implements ResourceSpec<CenInstance> {
  private final Ref<CenId> ref;
  private final @Nullable String name;
  private final @Nullable String description;
  private final TagSet tags;
  private final List<SpecSource> parts;
  /** Steps that must run after every attachment: the bandwidth plans' allocations (N1). */
  private final List<SpecSource> last;
  private final Step<CenInstance> create;

  private CenSpec(
      Ref<CenId> ref,
      @Nullable String name,
      @Nullable String description,
      TagSet tags,
      List<SpecSource> parts,
      List<SpecSource> last) {
    this(ref, name, description, tags, parts, last, createStep(ref, name, description, tags));
  }

  /** Keeps {@code create}: a spec derived by adding parts creates the same CEN with the same step. */
  private CenSpec(
      Ref<CenId> ref,
      @Nullable String name,
      @Nullable String description,
      TagSet tags,
      List<SpecSource> parts,
      List<SpecSource> last,
      Step<CenInstance> create) {
    this.ref = ref;
    this.name = name;
    this.description = description;
    this.tags = tags;
    this.parts = List.copyOf(parts);
    this.last = List.copyOf(last);
    this.create = create;
  }

  private static Step<CenInstance> createStep(
      Ref<CenId> ref, @Nullable String name, @Nullable String description, TagSet tags) {
    CreateCenRequest request =
        CreateCenRequest.builder()
            .name(Optional.ofNullable(name))
            .description(Optional.ofNullable(description))
            .tags(tags.tags())
            .resourceGroupId(tags.resourceGroup())
            .build();
    return Step.creating(ref, b -> request, CenInstance::id);
  }

  /** Starts the description of a new CEN instance. */
  static CenSpec create() {
    return new CenSpec(Ref.pending(CenId.KIND, "new CEN"), null, null, TagSet.NONE, List.of(), List.of());
  }

  /** The CEN's name (R4). */
  public CenSpec named(String name) {
    Checks.name(name, "CEN");
    // Before anything refers to the CEN, the reference can take the name for clearer messages.
    Ref<CenId> named = parts.isEmpty() && last.isEmpty() ? Ref.pending(CenId.KIND, name) : ref;
    return new CenSpec(named, name, description, tags, parts, last);
  }

  /** The CEN's description (R4). */
  public CenSpec description(String description) {
    return new CenSpec(ref, name, Checks.description(description, "CEN"), tags, parts, last);
  }

  /** Adds the tag {@code key}={@code value} ({@code Tag.N.Key}/{@code Tag.N.Value}, R4: at most 20). */
  public CenSpec tag(String key, String value) {
    return new CenSpec(ref, name, description, tags.plus(key, value, "CEN"), parts, last);
  }

  /** The resource group ({@code ResourceGroupId}, {@code rg-…}, R4). */
  public CenSpec resourceGroup(String resourceGroupId) {
    return new CenSpec(ref, name, description, tags.in(resourceGroupId), parts, last);
  }

  /** Attaches a new VPC: applying this spec creates it (its creation steps come first). */
  public CenSpec attachNew(VpcSpec vpc) {
    Checks.required(vpc, "VPC spec");
    return attachRef(vpc, vpc.ref(), vpc.region(), Optional.empty());
  }

  /**
   * Attaches a VPC that exists already; nothing is created for it. A VPC of another account than the default one is
   * attached naming its owner ({@code ChildInstanceOwnerId}), which must have granted it to this CEN (R8).
   */
  public CenSpec attachExisting(Vpc vpc) {
    Checks.required(vpc, "VPC");
    return attachRef(Spec.empty(), Ref.to(vpc.id()), vpc.region(), ownerOf(vpc));
  }

  /** The steps of {@link Cenkit#attachExisting(CenId, Vpc)}. */
  static Spec attachment(CenId cen, Vpc vpc) {
    Checks.required(cen, "CEN id");
    Checks.required(vpc, "VPC");
    AttachCenChildInstanceRequest request =
        AttachCenChildInstanceRequest.builder()
            .cenId(cen)
            .childInstanceId(vpc.id())
            .childInstanceRegion(vpc.region())
            .childInstanceOwnerId(ownerOf(vpc))
            .build();
    return Spec.empty().plus(Step.of("attach " + vpc.id() + " to " + cen, bindings -> request));
  }

  /** The owner to name when attaching {@code vpc}: none for the default account's. */
  private static Optional<AccountId> ownerOf(Vpc vpc) {
    return vpc.ownerId().equals(AccountId.DEFAULT) ? Optional.empty() : Optional.of(vpc.ownerId());
  }

  /**
   * Attaches an existing network instance of another account ({@code ChildInstanceOwnerId} = {@code owner}) by id;
   * its owner must have granted it to this CEN with {@code GrantInstanceToCen} first (R8).
   *
   * @param <I> the id type
   */
  public <I extends dev.cenkit.model.ResourceId & NetworkInstanceId> CenSpec attachExisting(
      I childId, RegionId region, AccountId owner) {
    Checks.required(childId, "child instance id");
    Checks.required(region, "child instance region");
    Checks.required(owner, "child instance owner");
    return attachRef(Spec.empty(), Ref.to(childId), region, Optional.of(owner));
  }

  /**
   * Attaches an existing network instance of {@code region} by id (a {@code VpcId}, or a VBR id).
   *
   * @param <I> the id type
   */
  public <I extends dev.cenkit.model.ResourceId & NetworkInstanceId> CenSpec attachExisting(I childId, RegionId region) {
    Checks.required(childId, "child instance id");
    Checks.required(region, "child instance region");
    return attachRef(Spec.empty(), Ref.to(childId), region, Optional.empty());
  }

  /**
   * Attaches a network instance that another spec creates, given its reference and region; used by the
   * Express Connect builders for VBRs.
   *
   * @param <I> the id type
   */
  public <I extends dev.cenkit.model.ResourceId & NetworkInstanceId> CenSpec attachNew(
      SpecSource prerequisite, Ref<I> child, RegionId region) {
    Checks.required(prerequisite, "spec of the child instance");
    Checks.required(child, "child instance");
    Checks.required(region, "child instance region");
    return attachRef(prerequisite, child, region, Optional.empty());
  }

  private <I extends dev.cenkit.model.ResourceId & NetworkInstanceId> CenSpec attachRef(
      SpecSource prerequisite, Ref<I> child, RegionId region, Optional<AccountId> owner) {
    Ref<CenId> cen = ref;
    Function<Bindings, dev.cenkit.spi.operation.Operation<dev.cenkit.model.cen.CenAttachment>> op =
        b ->
            AttachCenChildInstanceRequest.builder()
                .cenId(b.resolve(cen))
                .childInstanceId(b.resolve(child))
                .childInstanceRegion(region)
                .childInstanceOwnerId(owner)
                .build();
    Step<?> attach = Step.of("attach " + child.label() + " to " + cen.label(), op);
    return with(Spec.of(prerequisite, Spec.empty().plus(attach)));
  }

  /**
   * Adds any further steps that run after the CEN is created (used by bandwidth plans and other
   * builders that act on this CEN).
   */
  public CenSpec with(SpecSource steps) {
    Checks.required(steps, "steps");
    List<SpecSource> more = new ArrayList<>(parts);
    more.add(steps);
    return new CenSpec(ref, name, description, tags, more, last, create);
  }

  /**
   * Buys a bandwidth plan for this CEN: the plan is created and associated with the CEN, and its allocations
   * are set after every attachment of the spec, wherever {@code bandwidth} appears in the chain:
   *
   * <pre>{@code
   * Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)
   *     .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2));
   * }</pre>
   */
  public CenSpec bandwidth(BandwidthPlanSpec plan) {
    Checks.required(plan, "bandwidth plan");
    BandwidthPlanSpec.Parts steps = plan.stepsFor(ref);
    List<SpecSource> more = new ArrayList<>(parts);
    more.add(steps.setUp);
    List<SpecSource> after = new ArrayList<>(last);
    after.add(steps.limits);
    return new CenSpec(ref, name, description, tags, more, after, create);
  }

  /** The reference to this CEN. */
  public Ref<CenId> ref() {
    return ref;
  }

  @Override
  public Step<CenInstance> mainStep() {
    return create;
  }

  /**
   * The steps: the prerequisites of attached resources first, then the CEN, then attachments and the rest,
   * in the order they were described.
   */
  @Override
  public Spec toSpec() {
    List<SpecSource> ordered = new ArrayList<>();
    // Creation steps of attached resources can run before the CEN exists; steps that need the CEN cannot.
    ordered.add(Spec.empty().plus(create));
    ordered.addAll(parts);
    ordered.addAll(last);
    return Spec.of(ordered);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
