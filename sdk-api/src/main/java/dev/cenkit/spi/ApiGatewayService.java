package dev.cenkit.spi;

import dev.cenkit.model.RegionId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.spi.apigateway.AbolishApiRequest;
import dev.cenkit.spi.apigateway.CreateApiGroupRequest;
import dev.cenkit.spi.apigateway.CreateApiRequest;
import dev.cenkit.spi.apigateway.CreateInstanceRequest;
import dev.cenkit.spi.apigateway.DeleteApiGroupRequest;
import dev.cenkit.spi.apigateway.DeleteApiRequest;
import dev.cenkit.spi.apigateway.DeleteInstanceRequest;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import dev.cenkit.spi.apigateway.RemoveVpcAccessRequest;
import dev.cenkit.spi.apigateway.SetVpcAccessRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The API Gateway actions ({@code CloudAPI} 2016-07-14): instances and their VPC binding, groups and their VPC
 * domain, APIs and their deployment, VPC access authorizations.
 */
public interface ApiGatewayService extends OperationExecutor {
  /** {@code CreateInstance}. */
  default ApiGatewayInstance createInstance(CreateInstanceRequest request) {
    return execute(request);
  }

  /** {@code CreateInstance}, with the request built in place. */
  default ApiGatewayInstance createInstance(Consumer<CreateInstanceRequest.Builder> request) {
    return createInstance(OperationExecutor.build(CreateInstanceRequest.builder(), request, CreateInstanceRequest.Builder::build));
  }

  /** {@code DeleteInstance}. */
  default ApiGatewayInstance deleteInstance(DeleteInstanceRequest request) {
    return execute(request);
  }

  /** {@code DeleteInstance}, with the request built in place. */
  default ApiGatewayInstance deleteInstance(Consumer<DeleteInstanceRequest.Builder> request) {
    return deleteInstance(OperationExecutor.build(DeleteInstanceRequest.builder(), request, DeleteInstanceRequest.Builder::build));
  }

  /** {@code ModifyInstanceVpcAttributeForConsole}. */
  default ApiGatewayInstance modifyInstanceVpcAttributeForConsole(ModifyInstanceVpcAttributeForConsoleRequest request) {
    return execute(request);
  }

  /** {@code ModifyInstanceVpcAttributeForConsole}, with the request built in place. */
  default ApiGatewayInstance modifyInstanceVpcAttributeForConsole(Consumer<ModifyInstanceVpcAttributeForConsoleRequest.Builder> request) {
    return modifyInstanceVpcAttributeForConsole(OperationExecutor.build(ModifyInstanceVpcAttributeForConsoleRequest.builder(), request, ModifyInstanceVpcAttributeForConsoleRequest.Builder::build));
  }

  /** {@code CreateApiGroup}. */
  default ApiGroup createApiGroup(CreateApiGroupRequest request) {
    return execute(request);
  }

  /** {@code CreateApiGroup}, with the request built in place. */
  default ApiGroup createApiGroup(Consumer<CreateApiGroupRequest.Builder> request) {
    return createApiGroup(OperationExecutor.build(CreateApiGroupRequest.builder(), request, CreateApiGroupRequest.Builder::build));
  }

  /** {@code DeleteApiGroup}. */
  default Optional<ApiGroup> deleteApiGroup(DeleteApiGroupRequest request) {
    return execute(request);
  }

  /** {@code DeleteApiGroup}, with the request built in place. */
  default Optional<ApiGroup> deleteApiGroup(Consumer<DeleteApiGroupRequest.Builder> request) {
    return deleteApiGroup(OperationExecutor.build(DeleteApiGroupRequest.builder(), request, DeleteApiGroupRequest.Builder::build));
  }

  /** {@code ModifyIntranetDomainPolicy}. */
  default ApiGroup modifyIntranetDomainPolicy(ModifyIntranetDomainPolicyRequest request) {
    return execute(request);
  }

  /** {@code ModifyIntranetDomainPolicy}, with the request built in place. */
  default ApiGroup modifyIntranetDomainPolicy(Consumer<ModifyIntranetDomainPolicyRequest.Builder> request) {
    return modifyIntranetDomainPolicy(OperationExecutor.build(ModifyIntranetDomainPolicyRequest.builder(), request, ModifyIntranetDomainPolicyRequest.Builder::build));
  }

  /** {@code CreateApi}. */
  default Api createApi(CreateApiRequest request) {
    return execute(request);
  }

  /** {@code CreateApi}, with the request built in place. */
  default Api createApi(Consumer<CreateApiRequest.Builder> request) {
    return createApi(OperationExecutor.build(CreateApiRequest.builder(), request, CreateApiRequest.Builder::build));
  }

  /** {@code DeleteApi}. */
  default Api deleteApi(DeleteApiRequest request) {
    return execute(request);
  }

  /** {@code DeleteApi}, with the request built in place. */
  default Api deleteApi(Consumer<DeleteApiRequest.Builder> request) {
    return deleteApi(OperationExecutor.build(DeleteApiRequest.builder(), request, DeleteApiRequest.Builder::build));
  }

  /** {@code DeployApi}. */
  default Api deployApi(DeployApiRequest request) {
    return execute(request);
  }

  /** {@code DeployApi}, with the request built in place. */
  default Api deployApi(Consumer<DeployApiRequest.Builder> request) {
    return deployApi(OperationExecutor.build(DeployApiRequest.builder(), request, DeployApiRequest.Builder::build));
  }

  /** {@code AbolishApi}. */
  default Api abolishApi(AbolishApiRequest request) {
    return execute(request);
  }

  /** {@code AbolishApi}, with the request built in place. */
  default Api abolishApi(Consumer<AbolishApiRequest.Builder> request) {
    return abolishApi(OperationExecutor.build(AbolishApiRequest.builder(), request, AbolishApiRequest.Builder::build));
  }

  /** {@code SetVpcAccess}. */
  default VpcAccess setVpcAccess(SetVpcAccessRequest request) {
    return execute(request);
  }

  /** {@code SetVpcAccess}, with the request built in place. */
  default VpcAccess setVpcAccess(Consumer<SetVpcAccessRequest.Builder> request) {
    return setVpcAccess(OperationExecutor.build(SetVpcAccessRequest.builder(), request, SetVpcAccessRequest.Builder::build));
  }

  /** {@code RemoveVpcAccess}. */
  default VpcAccess removeVpcAccess(RemoveVpcAccessRequest request) {
    return execute(request);
  }

  /** {@code RemoveVpcAccess}, with the request built in place. */
  default VpcAccess removeVpcAccess(Consumer<RemoveVpcAccessRequest.Builder> request) {
    return removeVpcAccess(OperationExecutor.build(RemoveVpcAccessRequest.builder(), request, RemoveVpcAccessRequest.Builder::build));
  }

  /** {@code RemoveVpcAccess} of an authorization, by its VPC, target and port. */
  default VpcAccess removeVpcAccess(VpcAccess access) {
    Checks.required(access, "VPC access authorization");
    return removeVpcAccess(
        RemoveVpcAccessRequest.builder()
            .vpcId(access.vpcId())
            .instanceId(access.instanceId())
            .port(access.port())
            .build());
  }

  /** {@code DeployApi} of an API to a stage (R61). */
  default Api deployApi(Api api, Stage stage) {
    Checks.required(api, "API");
    Checks.required(stage, "stage");
    return deployApi(DeployApiRequest.builder().groupId(api.groupId()).apiId(api.id()).stageName(stage.name()).build());
  }

  /** {@code AbolishApi} of an API from a stage (R61). */
  default Api abolishApi(Api api, Stage stage) {
    Checks.required(api, "API");
    Checks.required(stage, "stage");
    return abolishApi(AbolishApiRequest.builder().groupId(api.groupId()).apiId(api.id()).stageName(stage.name()).build());
  }

  /**
   * {@code DescribeInstances} across regions: every instance a spec created or a group uses, ordered by id. The
   * shared instance every region has is listed by {@link #describeInstances(RegionId)} even before it is used.
   */
  default List<ApiGatewayInstance> describeInstances() {
    return List.copyOf(snapshot().apiGateway().instances().values());
  }

  /** {@code DescribeInstances} of a region: its shared instance (R49) and its dedicated ones, ordered by id. */
  default List<ApiGatewayInstance> describeInstances(RegionId region) {
    return snapshot().apiGateway().instancesIn(dev.cenkit.model.Checks.required(region, "region"));
  }

  /** {@code DescribeInstances} of one instance. */
  default Optional<ApiGatewayInstance> describeInstance(ApiGatewayInstanceId instanceId) {
    return snapshot().apiGateway().instance(instanceId);
  }

  /** {@code DescribeApiGroups}: every group, ordered by id. */
  default List<ApiGroup> describeApiGroups() {
    return List.copyOf(snapshot().apiGateway().groups().values());
  }

  /** {@code DescribeApiGroup}: one group, if it exists. */
  default Optional<ApiGroup> describeApiGroup(ApiGroupId groupId) {
    return snapshot().apiGateway().group(groupId);
  }

  /** {@code DescribeApis}: the APIs of a group, ordered by id. */
  default List<Api> describeApis(ApiGroupId groupId) {
    return snapshot().apiGateway().apisOf(groupId);
  }

  /** {@code DescribeVpcAccesses}: every VPC access authorization, ordered by id. */
  default List<VpcAccess> describeVpcAccesses() {
    return List.copyOf(snapshot().apiGateway().vpcAccesses().values());
  }
}
