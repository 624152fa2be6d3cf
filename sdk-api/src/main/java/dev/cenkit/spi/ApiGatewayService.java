package dev.cenkit.spi;

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
    CreateInstanceRequest.Builder builder = CreateInstanceRequest.builder();
    request.accept(builder);
    return createInstance(builder.build());
  }

  /** {@code DeleteInstance}. */
  default ApiGatewayInstance deleteInstance(DeleteInstanceRequest request) {
    return execute(request);
  }

  /** {@code DeleteInstance}, with the request built in place. */
  default ApiGatewayInstance deleteInstance(Consumer<DeleteInstanceRequest.Builder> request) {
    DeleteInstanceRequest.Builder builder = DeleteInstanceRequest.builder();
    request.accept(builder);
    return deleteInstance(builder.build());
  }

  /** {@code ModifyInstanceVpcAttributeForConsole}. */
  default ApiGatewayInstance modifyInstanceVpcAttributeForConsole(ModifyInstanceVpcAttributeForConsoleRequest request) {
    return execute(request);
  }

  /** {@code ModifyInstanceVpcAttributeForConsole}, with the request built in place. */
  default ApiGatewayInstance modifyInstanceVpcAttributeForConsole(Consumer<ModifyInstanceVpcAttributeForConsoleRequest.Builder> request) {
    ModifyInstanceVpcAttributeForConsoleRequest.Builder builder = ModifyInstanceVpcAttributeForConsoleRequest.builder();
    request.accept(builder);
    return modifyInstanceVpcAttributeForConsole(builder.build());
  }

  /** {@code CreateApiGroup}. */
  default ApiGroup createApiGroup(CreateApiGroupRequest request) {
    return execute(request);
  }

  /** {@code CreateApiGroup}, with the request built in place. */
  default ApiGroup createApiGroup(Consumer<CreateApiGroupRequest.Builder> request) {
    CreateApiGroupRequest.Builder builder = CreateApiGroupRequest.builder();
    request.accept(builder);
    return createApiGroup(builder.build());
  }

  /** {@code DeleteApiGroup}. */
  default Optional<ApiGroup> deleteApiGroup(DeleteApiGroupRequest request) {
    return execute(request);
  }

  /** {@code DeleteApiGroup}, with the request built in place. */
  default Optional<ApiGroup> deleteApiGroup(Consumer<DeleteApiGroupRequest.Builder> request) {
    DeleteApiGroupRequest.Builder builder = DeleteApiGroupRequest.builder();
    request.accept(builder);
    return deleteApiGroup(builder.build());
  }

  /** {@code ModifyIntranetDomainPolicy}. */
  default ApiGroup modifyIntranetDomainPolicy(ModifyIntranetDomainPolicyRequest request) {
    return execute(request);
  }

  /** {@code ModifyIntranetDomainPolicy}, with the request built in place. */
  default ApiGroup modifyIntranetDomainPolicy(Consumer<ModifyIntranetDomainPolicyRequest.Builder> request) {
    ModifyIntranetDomainPolicyRequest.Builder builder = ModifyIntranetDomainPolicyRequest.builder();
    request.accept(builder);
    return modifyIntranetDomainPolicy(builder.build());
  }

  /** {@code CreateApi}. */
  default Api createApi(CreateApiRequest request) {
    return execute(request);
  }

  /** {@code CreateApi}, with the request built in place. */
  default Api createApi(Consumer<CreateApiRequest.Builder> request) {
    CreateApiRequest.Builder builder = CreateApiRequest.builder();
    request.accept(builder);
    return createApi(builder.build());
  }

  /** {@code DeleteApi}. */
  default Api deleteApi(DeleteApiRequest request) {
    return execute(request);
  }

  /** {@code DeleteApi}, with the request built in place. */
  default Api deleteApi(Consumer<DeleteApiRequest.Builder> request) {
    DeleteApiRequest.Builder builder = DeleteApiRequest.builder();
    request.accept(builder);
    return deleteApi(builder.build());
  }

  /** {@code DeployApi}. */
  default Api deployApi(DeployApiRequest request) {
    return execute(request);
  }

  /** {@code DeployApi}, with the request built in place. */
  default Api deployApi(Consumer<DeployApiRequest.Builder> request) {
    DeployApiRequest.Builder builder = DeployApiRequest.builder();
    request.accept(builder);
    return deployApi(builder.build());
  }

  /** {@code AbolishApi}. */
  default Api abolishApi(AbolishApiRequest request) {
    return execute(request);
  }

  /** {@code AbolishApi}, with the request built in place. */
  default Api abolishApi(Consumer<AbolishApiRequest.Builder> request) {
    AbolishApiRequest.Builder builder = AbolishApiRequest.builder();
    request.accept(builder);
    return abolishApi(builder.build());
  }

  /** {@code SetVpcAccess}. */
  default VpcAccess setVpcAccess(SetVpcAccessRequest request) {
    return execute(request);
  }

  /** {@code SetVpcAccess}, with the request built in place. */
  default VpcAccess setVpcAccess(Consumer<SetVpcAccessRequest.Builder> request) {
    SetVpcAccessRequest.Builder builder = SetVpcAccessRequest.builder();
    request.accept(builder);
    return setVpcAccess(builder.build());
  }

  /** {@code RemoveVpcAccess}. */
  default VpcAccess removeVpcAccess(RemoveVpcAccessRequest request) {
    return execute(request);
  }

  /** {@code RemoveVpcAccess}, with the request built in place. */
  default VpcAccess removeVpcAccess(Consumer<RemoveVpcAccessRequest.Builder> request) {
    RemoveVpcAccessRequest.Builder builder = RemoveVpcAccessRequest.builder();
    request.accept(builder);
    return removeVpcAccess(builder.build());
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

  /** {@code DescribeInstances}: every instance, ordered by id. */
  default List<ApiGatewayInstance> describeInstances() {
    return List.copyOf(snapshot().apiGateway().instances().values());
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
