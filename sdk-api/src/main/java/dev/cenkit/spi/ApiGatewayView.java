package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.apigateway.VpcAccessId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API Gateway part of a {@link CloudSnapshot}: instances, groups, APIs and VPC access authorizations, as
 * unmodifiable maps ordered by id.
 */
public interface ApiGatewayView {
  /**
   * Every instance a spec created or a group uses, by id. The shared instance of a region exists before anything
   * uses it: {@link #instance} and {@link #instancesIn} know it too.
   */
  Map<ApiGatewayInstanceId, ApiGatewayInstance> instances();

  /** Every API group by id. */
  Map<ApiGroupId, ApiGroup> groups();

  /** Every API by id. */
  Map<ApiId, Api> apis();

  /** Every VPC access authorization by id. */
  Map<VpcAccessId, VpcAccess> vpcAccesses();

  /** The instance with this id, if it exists: one in {@link #instances()}, or a region's shared instance (R49). */
  default Optional<ApiGatewayInstance> instance(ApiGatewayInstanceId id) {
    ApiGatewayInstance stored = instances().get(Checks.required(id, "id"));
    return stored != null ? Optional.of(stored) : id.sharedRegion().map(ApiGatewayInstance::shared);
  }

  /** The group with this id, if it exists. */
  default Optional<ApiGroup> group(ApiGroupId id) {
    return Optional.ofNullable(groups().get(Checks.required(id, "id")));
  }

  /** The API with this id, if it exists. */
  default Optional<Api> api(ApiId id) {
    return Optional.ofNullable(apis().get(Checks.required(id, "id")));
  }

  /** The authorization with this id, if it exists. */
  default Optional<VpcAccess> vpcAccess(VpcAccessId id) {
    return Optional.ofNullable(vpcAccesses().get(Checks.required(id, "id")));
  }

  /** The authorization named {@code name} in {@code region}, if it exists (names are unique per region, D11). */
  default Optional<VpcAccess> vpcAccessNamed(RegionId region, String name) {
    Checks.required(name, "name (String)");
    Checks.required(region, "region");
    Checks.required(name, "name");
    return vpcAccesses().values().stream()
        .filter(a -> a.region().equals(region) && a.name().equals(name))
        .findFirst();
  }

  /** The instances of a region, its shared instance included (R49), ordered by id. */
  default List<ApiGatewayInstance> instancesIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    List<ApiGatewayInstance> in =
        instances().values().stream().filter(i -> i.region().equals(region)).collect(Collectors.toList());
    return withShared(region, in);
  }

  /** {@code instances} with the region's shared instance added if it is not among them, ordered by id. */
  static List<ApiGatewayInstance> withShared(RegionId region, List<ApiGatewayInstance> instances) {
    Checks.noNullElements(Checks.required(instances, "instances"), "instances");
    ApiGatewayInstance shared = ApiGatewayInstance.shared(region);
    if (instances.stream().anyMatch(i -> i.id().equals(shared.id()))) {
      return List.copyOf(instances);
    }
    List<ApiGatewayInstance> all = new java.util.ArrayList<>(instances);
    all.add(shared);
    all.sort(java.util.Comparator.comparing(ApiGatewayInstance::id));
    return List.copyOf(all);
  }

  /** The dedicated instances bound to {@code vpcId} for incoming calls (R51), ordered by id. */
  default List<ApiGatewayInstance> instancesBoundTo(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return instances().values().stream()
        .filter(i -> i.vpcBinding().filter(b -> b.vpcId().equals(vpcId)).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /** The groups hosted on an instance, ordered by id. */
  default List<ApiGroup> groupsOn(ApiGatewayInstanceId instanceId) {
    Checks.required(instanceId, "instanceId (ApiGatewayInstanceId)");
    return groups().values().stream()
        .filter(g -> g.instanceId().equals(instanceId))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The APIs of a group, ordered by id. */
  default List<Api> apisOf(ApiGroupId groupId) {
    Checks.required(groupId, "groupId (ApiGroupId)");
    return apis().values().stream().filter(a -> a.groupId().equals(groupId)).collect(Collectors.toUnmodifiableList());
  }

  /** The APIs of {@code region} whose backend goes through the authorization named {@code name}. */
  default List<Api> apisUsingVpcAccess(RegionId region, String name) {
    Checks.required(region, "region (RegionId)");
    Checks.required(name, "name (String)");
    return apis().values().stream()
        .filter(a -> a.region().equals(region))
        .filter(a -> a.backend() instanceof VpcAccessBackend && ((VpcAccessBackend) a.backend()).vpcAccessName().equals(name))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The APIs whose VPC backend names an authorization that no longer exists: it was removed while they used it
   * (R70, D12). Reachability reports them as broken.
   */
  default List<Api> apisWithMissingVpcAccess() {
    return apis().values().stream()
        .filter(a -> a.backend() instanceof VpcAccessBackend)
        .filter(a -> vpcAccessNamed(a.region(), ((VpcAccessBackend) a.backend()).vpcAccessName()).isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The API Gateway instance with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several instances share the name
   */
  default Optional<ApiGatewayInstance> instanceNamed(String name) {
    return ByName.unique(instances().values(), ApiGatewayInstance::name, name, "API Gateway instance");
  }

  /**
   * The API group with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several groups share the name
   */
  default Optional<ApiGroup> groupNamed(String name) {
    return ByName.unique(groups().values(), g -> Optional.of(g.name()), name, "API group");
  }

  /**
   * The API with this name, if exactly one has it (names are unique within a group, not across groups).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several APIs share the name
   */
  default Optional<Api> apiNamed(String name) {
    return ByName.unique(apis().values(), a -> Optional.of(a.name()), name, "API");
  }
}
