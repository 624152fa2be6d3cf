package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.apigateway.CreateApiGroupRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new API group, built fluently from {@link Cenkit#apiGroup(String)}:
 *
 * <pre>{@code
 * ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(instance).enableVpcDomain();
 * }</pre>
 *
 * Placing the group on an {@link ApiGatewaySpec} includes the steps that create the instance.
 * {@link #enableVpcDomain()} adds {@code ModifyIntranetDomainPolicy(VpcIntranetEnable=true)} after the group is
 * created (R58). Immutable: every method returns a new spec referring to the same group.
 */
public final class ApiGroupSpec implements ResourceSpec<ApiGroup> {
  private final Ref<ApiGroupId> ref;
  private final String name;
  private final SpecSource instanceSource;
  private final Ref<ApiGatewayInstanceId> instance;
  private final RegionId region;
  private final @Nullable String description;
  private final String basePath;
  private final boolean vpcDomain;
  private final Step<ApiGroup> create;
  private final @Nullable Step<ApiGroup> enable;

  private ApiGroupSpec(
      Ref<ApiGroupId> ref,
      String name,
      SpecSource instanceSource,
      Ref<ApiGatewayInstanceId> instance,
      RegionId region,
      @Nullable String description,
      String basePath,
      boolean vpcDomain) {
    this.ref = ref;
    this.name = name;
    this.instanceSource = instanceSource;
    this.instance = instance;
    this.region = region;
    this.description = description;
    this.basePath = basePath;
    this.vpcDomain = vpcDomain;
    this.create =
        Step.creating(
            ref,
            b ->
                CreateApiGroupRequest.builder()
                    .instanceId(b.resolve(instance))
                    .groupName(name)
                    .description(Optional.ofNullable(description))
                    .basePath(basePath)
                    .build(),
            ApiGroup::id);
    this.enable =
        vpcDomain
            ? Step.of(
                "enable the VPC domain of " + ref.label(),
                b -> ModifyIntranetDomainPolicyRequest.builder().groupId(b.resolve(ref)).vpcIntranetEnable(true).build())
            : null;
  }

  /** Starts the description of a group named {@code name} (R4). */
  static Definition named(String name) {
    return new Definition(Checks.name(name, "API group"));
  }

  /** The first stage: the name is known; the instance completes the group. */
  public static final class Definition {
    private final String name;

    private Definition(String name) {
      this.name = name;
    }

    /** Places the group on an instance that a spec creates (its steps come first). */
    public ApiGroupSpec onNew(ApiGatewaySpec instance) {
      Checks.required(instance, "API Gateway instance spec");
      return start(instance, instance.ref(), instance.region());
    }

    /** Places the group on an existing instance. */
    public ApiGroupSpec onExisting(ApiGatewayInstance instance) {
      Checks.required(instance, "API Gateway instance");
      return start(Spec.empty(), Ref.to(instance.id()), instance.region());
    }

    private ApiGroupSpec start(SpecSource source, Ref<ApiGatewayInstanceId> instance, RegionId region) {
      return new ApiGroupSpec(
          Ref.pending(ApiGroupId.KIND, name), name, source, instance, region, null, "/", false);
    }
  }

  /** The group's description (R4). */
  public ApiGroupSpec description(String description) {
    return new ApiGroupSpec(
        ref, name, instanceSource, instance, region, Checks.description(description, "API group"), basePath, vpcDomain);
  }

  /** The group's base path ({@code BasePath}), {@code /} by default. */
  public ApiGroupSpec basePath(String basePath) {
    return new ApiGroupSpec(
        ref, name, instanceSource, instance, region, description, ApiGroup.checkBasePath(basePath), vpcDomain);
  }

  /** Enables the VPC second-level domain once the group exists (R58, D7). */
  public ApiGroupSpec enableVpcDomain() {
    return new ApiGroupSpec(ref, name, instanceSource, instance, region, description, basePath, true);
  }

  /** The reference to this group. */
  public Ref<ApiGroupId> ref() {
    return ref;
  }

  /** The group's region, its instance's. */
  public RegionId region() {
    return region;
  }

  @Override
  public Step<ApiGroup> mainStep() {
    return create;
  }

  /** The steps: the instance's, the group, then enabling its VPC domain if asked. */
  @Override
  public Spec toSpec() {
    Spec spec = Spec.of(instanceSource, Spec.empty().plus(create));
    if (enable != null) {
      spec = spec.plus(enable);
    }
    return spec;
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
