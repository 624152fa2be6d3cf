package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessId;
import dev.cenkit.spi.ApiGatewayView;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/** The API Gateway part of a {@link Snapshot}: persistent maps, so a change shares everything it does not touch. */
public final class ApiGatewayState implements ApiGatewayView {
  static final ApiGatewayState EMPTY =
      new ApiGatewayState(TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances;
  private final PSortedMap<ApiGroupId, ApiGroup> groups;
  private final PSortedMap<ApiId, Api> apis;
  private final PSortedMap<VpcAccessId, VpcAccess> vpcAccesses;

  private ApiGatewayState(
      PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances,
      PSortedMap<ApiGroupId, ApiGroup> groups,
      PSortedMap<ApiId, Api> apis,
      PSortedMap<VpcAccessId, VpcAccess> vpcAccesses) {
    this.instances = instances;
    this.groups = groups;
    this.apis = apis;
    this.vpcAccesses = vpcAccesses;
  }

  @Override
  public PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances() {
    return instances;
  }

  @Override
  public PSortedMap<ApiGroupId, ApiGroup> groups() {
    return groups;
  }

  @Override
  public PSortedMap<ApiId, Api> apis() {
    return apis;
  }

  @Override
  public PSortedMap<VpcAccessId, VpcAccess> vpcAccesses() {
    return vpcAccesses;
  }

  /** With the instance added or replaced. */
  public ApiGatewayState withInstance(ApiGatewayInstance instance) {
    Checks.required(instance, "instance (ApiGatewayInstance)");
    return new ApiGatewayState(instances.plus(instance.id(), instance), groups, apis, vpcAccesses);
  }

  /** Without the instance. */
  public ApiGatewayState withoutInstance(ApiGatewayInstanceId id) {
    Checks.required(id, "id (ApiGatewayInstanceId)");
    return new ApiGatewayState(instances.minus(id), groups, apis, vpcAccesses);
  }

  /** With the group added or replaced. */
  public ApiGatewayState withGroup(ApiGroup group) {
    Checks.required(group, "group (ApiGroup)");
    return new ApiGatewayState(instances, groups.plus(group.id(), group), apis, vpcAccesses);
  }

  /** Without the group. */
  public ApiGatewayState withoutGroup(ApiGroupId id) {
    Checks.required(id, "id (ApiGroupId)");
    return new ApiGatewayState(instances, groups.minus(id), apis, vpcAccesses);
  }

  /** With the API added or replaced. */
  public ApiGatewayState withApi(Api api) {
    Checks.required(api, "api (Api)");
    return new ApiGatewayState(instances, groups, apis.plus(api.id(), api), vpcAccesses);
  }

  /** Without the API. */
  public ApiGatewayState withoutApi(ApiId id) {
    Checks.required(id, "id (ApiId)");
    return new ApiGatewayState(instances, groups, apis.minus(id), vpcAccesses);
  }

  /** With the authorization added or replaced. */
  public ApiGatewayState withVpcAccess(VpcAccess access) {
    Checks.required(access, "access (VpcAccess)");
    return new ApiGatewayState(instances, groups, apis, vpcAccesses.plus(access.id(), access));
  }

  /** Without the authorization. */
  public ApiGatewayState withoutVpcAccess(VpcAccessId id) {
    Checks.required(id, "id (VpcAccessId)");
    return new ApiGatewayState(instances, groups, apis, vpcAccesses.minus(id));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApiGatewayState)) {
      return false;
    }
    ApiGatewayState s = (ApiGatewayState) o;
    return s.instances.equals(instances)
        && s.groups.equals(groups)
        && s.apis.equals(apis)
        && s.vpcAccesses.equals(vpcAccesses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instances, groups, apis, vpcAccesses);
  }
}
