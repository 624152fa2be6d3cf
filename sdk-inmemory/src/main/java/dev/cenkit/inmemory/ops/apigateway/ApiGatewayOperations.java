package dev.cenkit.inmemory.ops.apigateway;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.ApiGatewayRules;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessId;
import dev.cenkit.model.apigateway.VpcBinding;
import dev.cenkit.model.apigateway.VpcIntegration;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.apigateway.AbolishApiRequest;
import dev.cenkit.spi.apigateway.CreateApiGroupRequest;
import dev.cenkit.spi.apigateway.CreateApiRequest;
import dev.cenkit.spi.apigateway.CreateInstanceRequest;
import dev.cenkit.spi.apigateway.DeleteApiGroupRequest;
import dev.cenkit.spi.apigateway.DeleteApiRequest;
import dev.cenkit.spi.apigateway.DeleteInstanceRequest;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import dev.cenkit.spi.apigateway.DescribeInstancesRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import dev.cenkit.spi.apigateway.RemoveVpcAccessRequest;
import dev.cenkit.spi.apigateway.SetVpcAccessRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The handlers of the API Gateway actions ({@code CloudAPI} 2016-07-14). */
public final class ApiGatewayOperations {
  private ApiGatewayOperations() {}

  /** Registers every API Gateway handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateInstance", CreateInstanceRequest.class, ApiGatewayOperations::createInstance)
        .register("DeleteInstance", DeleteInstanceRequest.class, ApiGatewayOperations::deleteInstance)
        .register("DescribeInstances", DescribeInstancesRequest.class, ApiGatewayOperations::describeInstances)
        .register(
            "ModifyInstanceVpcAttributeForConsole",
            ModifyInstanceVpcAttributeForConsoleRequest.class,
            ApiGatewayOperations::modifyInstanceVpcAttribute)
        .register("CreateApiGroup", CreateApiGroupRequest.class, ApiGatewayOperations::createApiGroup)
        .register("DeleteApiGroup", DeleteApiGroupRequest.class, ApiGatewayOperations::deleteApiGroup)
        .register(
            "ModifyIntranetDomainPolicy", ModifyIntranetDomainPolicyRequest.class, ApiGatewayOperations::modifyIntranetDomainPolicy)
        .register("CreateApi", CreateApiRequest.class, ApiGatewayOperations::createApi)
        .register("DeleteApi", DeleteApiRequest.class, ApiGatewayOperations::deleteApi)
        .register("DeployApi", DeployApiRequest.class, ApiGatewayOperations::deployApi)
        .register("AbolishApi", AbolishApiRequest.class, ApiGatewayOperations::abolishApi)
        .register("SetVpcAccess", SetVpcAccessRequest.class, ApiGatewayOperations::setVpcAccess)
        .register("RemoveVpcAccess", RemoveVpcAccessRequest.class, ApiGatewayOperations::removeVpcAccess);
  }

  static ApiGatewayInstance createInstance(Txn txn, CreateInstanceRequest r) {
    Snapshot s = txn.state();
    ApiGatewayRules.r49InstanceKind(r);
    DedicatedInstanceType type = r.dedicatedInstanceType().orElse(DedicatedInstanceType.NORMAL);
    Optional<VpcIntegration.Builder> integration = Optional.empty();
    ApiGatewayRules.r55DedicatedParameters(r, type);
    ApiGatewayRules.instanceQuota(s, r.region(), txn.quotas().apiGatewayInstancesPerRegion());
    if (type == DedicatedInstanceType.VPC_CONNECT) {
      List<VSwitch> vSwitches =
          ApiGatewayRules.r53ConnectedVpc(s, r.region(), r.userVpcId().get(), r.instanceCidr().get(), r.zoneVSwitchIds());
      integration = Optional.of(integration(s, r, vSwitches));
    }
    Optional<Cidr> egress =
        type == DedicatedInstanceType.VPC_CONNECT ? Optional.empty() : Optional.of(ApiGatewayRules.r52NextEgressBlock(s));
    ApiGatewayInstanceId id = newInstanceId(txn, r);
    ApiGatewayInstance instance =
        ApiGatewayInstance.builder()
            .id(id)
            .name(r.instanceName())
            .region(r.region())
            .instanceType(r.instanceType())
            .dedicatedInstanceType(Optional.ofNullable(type))
            .instanceSpec(r.instanceSpec())
            .httpsPolicy(r.httpsPolicy())
            .chargeType(r.chargeType())
            .zoneId(r.zoneId())
            .vpcEgressAddress(egress)
            .vpcIntegration(integration.map(VpcIntegration.Builder::build))
            .build();
    txn.update(st -> st.withApiGateway(a -> a.withInstance(instance)));
    return instance;
  }

  private static VpcIntegration.Builder integration(Snapshot s, CreateInstanceRequest r, List<VSwitch> vSwitches) {
    VpcIntegration.Builder b =
        VpcIntegration.builder().vpcId(r.userVpcId().get()).instanceCidr(r.instanceCidr().get());
    for (VSwitch vsw : vSwitches) {
      // The vSwitches are distinct blocks, so the addresses chosen here never collide with each other.
      Ipv4Address address = ApiGatewayRules.freeAddress(s, vsw);
      b.addVSwitchIds(vsw.id()).addEniAddresses(address);
    }
    return b;
  }

  private static ApiGatewayInstanceId newInstanceId(Txn txn, CreateInstanceRequest r) {
    String token = txn.newToken(12);
    StringBuilder hex = new StringBuilder();
    for (char c : token.toCharArray()) {
      hex.append(Character.forDigit(Character.digit(c, 36) % 16, 16));
    }
    return ApiGatewayInstanceId.of("apigateway-" + ApiGatewayInstanceId.regionAbbreviation(r.region()) + "-" + hex);
  }

  static ApiGatewayInstance deleteInstance(Txn txn, DeleteInstanceRequest r) {
    ApiGatewayInstance instance = ApiGatewayRules.instance(txn.state(), r.instanceId());
    ApiGatewayRules.r49NotShared(instance);
    ApiGatewayRules.noGroupsOn(txn.state(), instance);
    txn.update(s -> s.withApiGateway(a -> a.withoutInstance(instance.id())));
    return instance;
  }

  static ApiGatewayInstance modifyInstanceVpcAttribute(Txn txn, ModifyInstanceVpcAttributeForConsoleRequest r) {
    ApiGatewayInstance instance = ApiGatewayRules.instance(txn.state(), r.instanceId());
    ApiGatewayInstance changed;
    if (r.deleteVpcAccess()) {
      ApiGatewayRules.r51DedicatedOnly(instance);
      if (instance.vpcBinding().isEmpty()) {
        return instance;
      }
      changed = instance.toBuilder().vpcBinding(Optional.empty()).build();
    } else {
      VpcBinding binding = ApiGatewayRules.r51Binding(txn.state(), instance, r.vpcId(), r.vswitchId());
      if (instance.vpcBinding().filter(binding::equals).isPresent()) {
        return instance;
      }
      changed = instance.toBuilder().vpcBinding(binding).build();
    }
    txn.update(s -> s.withApiGateway(a -> a.withInstance(changed)));
    return changed;
  }

  static ApiGroup createApiGroup(Txn txn, CreateApiGroupRequest r) {
    ApiGatewayInstance instance = ApiGatewayRules.groupInstance(txn.state(), r.instanceId(), r.region());
    ApiGatewayRules.r56GroupQuota(txn.state(), instance.region(), txn.quotas().apiGroupsPerRegion());
    ApiGatewayRules.uniqueGroupName(txn.state(), instance.region(), r.groupName());
    ApiGroup group =
        ApiGroup.builder()
            .id(txn.newId(ApiGroupId.KIND, ApiGroupId::of))
            .name(r.groupName())
            .description(r.description())
            .instanceId(instance.id())
            .region(instance.region())
            .basePath(r.basePath())
            .build();
    // R49: the region's shared instance exists already; the first group on it makes it part of the state.
    txn.update(s -> s.withApiGateway(a -> (a.instances().containsKey(instance.id()) ? a : a.withInstance(instance)).withGroup(group)));
    return group;
  }

  /** A read: the instance named, in the request's region (a region's shared instance included); changes nothing. */
  static ApiGatewayInstance describeInstances(Txn txn, DescribeInstancesRequest r) {
    return ApiGatewayRules.groupInstance(txn.state(), Optional.of(r.instanceId()), Optional.of(r.region()));
  }

  static Optional<ApiGroup> deleteApiGroup(Txn txn, DeleteApiGroupRequest r) {
    Optional<ApiGroup> group = txn.state().apiGateway().group(r.groupId());
    if (group.isEmpty()) {
      return Optional.empty(); // R62: deleting a group that does not exist succeeds
    }
    ApiGatewayRules.r62GroupEmpty(txn.state(), group.get());
    txn.update(s -> s.withApiGateway(a -> a.withoutGroup(r.groupId())));
    return group;
  }

  static ApiGroup modifyIntranetDomainPolicy(Txn txn, ModifyIntranetDomainPolicyRequest r) {
    ApiGroup group = ApiGatewayRules.group(txn.state(), r.groupId());
    // D7: accepted on shared instances and on dedicated instances before binding.
    if (group.vpcDomainEnabled() == r.vpcIntranetEnable()) {
      return group;
    }
    ApiGroup changed = group.toBuilder().vpcDomainEnabled(r.vpcIntranetEnable()).build();
    txn.update(s -> s.withApiGateway(a -> a.withGroup(changed)));
    return changed;
  }

  static Api createApi(Txn txn, CreateApiRequest r) {
    Snapshot s = txn.state();
    ApiGroup group = ApiGatewayRules.group(s, r.groupId());
    ApiGatewayInstance instance = ApiGatewayRules.instance(s, group.instanceId());
    ApiGatewayRules.r56ApiQuota(s, group.id(), txn.quotas().apisPerGroup());
    ApiGatewayRules.r60Unique(s, group.id(), r.apiName(), r.requestHttpMethod(), r.requestPath());
    ApiGatewayRules.backendReferences(s, group, instance, r.backend());
    Api api =
        Api.builder()
            .id(txn.newId(ApiId.KIND, ApiId::of))
            .groupId(group.id())
            .region(group.region())
            .name(r.apiName())
            .description(r.description())
            .requestHttpMethod(r.requestHttpMethod())
            .requestPath(r.requestPath())
            .requestProtocol(r.requestProtocol())
            .disableInternet(r.disableInternet())
            .backend(r.backend())
            .build();
    txn.update(st -> st.withApiGateway(a -> a.withApi(api)));
    return api;
  }

  static Api deleteApi(Txn txn, DeleteApiRequest r) {
    Api api = ApiGatewayRules.api(txn.state(), r.groupId(), r.apiId());
    ApiGatewayRules.r62NotDeployed(api);
    txn.update(s -> s.withApiGateway(a -> a.withoutApi(api.id())));
    return api;
  }

  static Api deployApi(Txn txn, DeployApiRequest r) {
    Stage stage = r.stage();
    Api api = ApiGatewayRules.api(txn.state(), r.groupId(), r.apiId());
    return withStages(txn, api, stage, true);
  }

  static Api abolishApi(Txn txn, AbolishApiRequest r) {
    Stage stage = r.stage();
    Api api = ApiGatewayRules.api(txn.state(), r.groupId(), r.apiId());
    return withStages(txn, api, stage, false);
  }

  private static Api withStages(Txn txn, Api api, Stage stage, boolean deployed) {
    if (api.deployedTo(stage) == deployed) {
      return api;
    }
    Set<Stage> stages = api.deployedStages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(api.deployedStages());
    if (deployed) {
      stages.add(stage);
    } else {
      stages.remove(stage);
    }
    Api changed = api.toBuilder().deployedStages(stages).build();
    txn.update(s -> s.withApiGateway(a -> a.withApi(changed)));
    return changed;
  }

  static VpcAccess setVpcAccess(Txn txn, SetVpcAccessRequest r) {
    Snapshot s = txn.state();
    Vpc vpc = ApiGatewayRules.r68VpcAvailable(s, r.vpcId());
    ApiGatewayRules.r66UniqueName(s, vpc.region(), r.name());
    ApiGatewayRules.r66UniqueTarget(s, vpc.id(), r.instanceId(), r.port());
    ApiGatewayRules.vpcAccessQuota(s, vpc.region(), txn.quotas().vpcAccessesPerRegion());
    VpcAccess access =
        VpcAccess.builder()
            .id(txn.newId(VpcAccessId.KIND, VpcAccessId::of))
            .name(r.name())
            .region(vpc.region())
            .vpcId(vpc.id())
            .instanceId(r.instanceId())
            .port(r.port())
            .description(r.description())
            .build();
    txn.update(st -> st.withApiGateway(a -> a.withVpcAccess(access)));
    return access;
  }

  static VpcAccess removeVpcAccess(Txn txn, RemoveVpcAccessRequest r) {
    VpcAccess access = ApiGatewayRules.r66ByTuple(txn.state(), r.vpcId(), r.instanceId(), r.port());
    // R70, D12: accepted even while APIs use it; they keep referring to the name and reachability reports them.
    txn.update(s -> s.withApiGateway(a -> a.withoutVpcAccess(access.id())));
    return access;
  }
}
