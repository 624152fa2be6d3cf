package dev.cenkit.server;

import static dev.cenkit.server.Product.CLOUD_API;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.FcType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpBackend;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.MockBackend;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.fc.FcVersion;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.CloudSnapshot;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code CloudAPI} 2016-07-14 actions: dedicated instances and their VPC binding, API groups and their VPC
 * domain, APIs (with {@code RequestConfig} and {@code ServiceConfig} as JSON strings) and their deployment, VPC
 * access authorizations. The region of an API Gateway call is the endpoint's ({@link CallContext#region()}).
 */
final class CloudApiActions {

  private CloudApiActions() {}

  static void register(ActionTable t) {
    t.operation(CLOUD_API, "CreateInstance", CloudApiActions::createInstance, i -> Json.object("InstanceId", i.id(), "TagStatus", false));
    t.operation(CLOUD_API, "DeleteInstance", (p, c) -> DeleteInstanceRequest.builder()
            .instanceId(p.required("InstanceId", ApiGatewayInstanceId::of)).build(),
        x -> Json.object());
    t.query(CLOUD_API, "DescribeInstances", (p, c) -> { p.optional("Language"); p.optionalBoolean("EnableTagAuthorization");
          return new Scoped<>(c.region(), p.optional("InstanceId", ApiGatewayInstanceId::of), Paging.read(p, 100)); },
        CloudApiActions::describeInstances);
    t.operation(CLOUD_API, "ModifyInstanceVpcAttributeForConsole", (p, c) -> { p.optional("VpcOwnerId"); p.optional("Token"); p.optionalBoolean("DeleteVpcAccess");
          return ModifyInstanceVpcAttributeForConsoleRequest.builder()
              .instanceId(p.required("InstanceId", ApiGatewayInstanceId::of))
              .vpcId(p.optional("VpcId", VpcId::of))
              .vswitchId(p.optional("VswitchId", VSwitchId::of))
              .build(); },
        x -> Json.object());

    t.operation(CLOUD_API, "CreateApiGroup", (p, c) -> { p.optional("Source");
          return CreateApiGroupRequest.builder()
              .region(c.region())
              .instanceId(p.optional("InstanceId", ApiGatewayInstanceId::of))
              .groupName(p.required("GroupName"))
              .description(p.optional("Description"))
              .basePath(p.optional("BasePath").orElse("/"))
              .build(); },
        (ApiGroup g) -> Json.object(
            "GroupId", g.id(), "GroupName", g.name(), "SubDomain", g.subDomain(), "Description", g.description(),
            "InstanceId", g.instanceId(), "BasePath", g.basePath(), "TagStatus", false));
    t.operation(CLOUD_API, "DeleteApiGroup", (p, c) -> DeleteApiGroupRequest.builder()
            .groupId(p.required("GroupId", ApiGroupId::of)).build(),
        x -> Json.object());
    t.query(CLOUD_API, "DescribeApiGroup", (p, c) -> { p.optional("Tag"); return p.required("GroupId", ApiGroupId::of); },
        (id, b) -> group(b.cloud().snapshot(), b.cloud().describeApiGroup(id).orElseThrow(() ->
            ErrorCode.NOT_FOUND_API_GROUP.exception(null, "API group " + id + " does not exist", id))));
    t.query(CLOUD_API, "DescribeApiGroups", (p, c) -> new GroupFilter(c.region(), p.optional("GroupId", ApiGroupId::of),
            p.optional("GroupName"), p.optional("InstanceId", ApiGatewayInstanceId::of), Paging.read(p, 100)),
        CloudApiActions::describeGroups);
    t.operation(CLOUD_API, "ModifyIntranetDomainPolicy", (p, c) -> ModifyIntranetDomainPolicyRequest.builder()
            .groupId(p.required("GroupId", ApiGroupId::of))
            .vpcIntranetEnable(p.optionalBoolean("VpcIntranetEnable").orElseThrow(() -> WireError.missing("VpcIntranetEnable")))
            .build(),
        x -> Json.object());
    t.operation(CLOUD_API, "CreateIntranetDomain", (p, c) -> { p.optionalBoolean("DeleteInternetDomain");
          return ModifyIntranetDomainPolicyRequest.builder().groupId(p.required("GroupId", ApiGroupId::of)).vpcIntranetEnable(true).build(); },
        g -> Json.object("DomainName", g.vpcDomain()));

    t.operation(CLOUD_API, "CreateApi", CloudApiActions::createApi, a -> Json.object("ApiId", a.id()));
    t.operation(CLOUD_API, "DeleteApi", (p, c) -> DeleteApiRequest.builder()
            .groupId(p.required("GroupId", ApiGroupId::of)).apiId(p.required("ApiId", ApiId::of)).build(),
        x -> Json.object());
    t.operation(CLOUD_API, "DeployApi", (p, c) -> { p.optional("Description"); p.optional("SupplementalRemark");
          return DeployApiRequest.builder()
              .groupId(p.required("GroupId", ApiGroupId::of)).apiId(p.required("ApiId", ApiId::of))
              .stageName(p.required("StageName")).build(); },
        x -> Json.object());
    t.operation(CLOUD_API, "AbolishApi", (p, c) -> AbolishApiRequest.builder()
            .groupId(p.required("GroupId", ApiGroupId::of)).apiId(p.required("ApiId", ApiId::of))
            .stageName(p.required("StageName")).build(),
        x -> Json.object());
    t.query(CLOUD_API, "DescribeApis", (p, c) -> new ApiFilter(p.required("GroupId", ApiGroupId::of), p.optional("ApiId", ApiId::of),
            p.optional("ApiName"), Paging.read(p, 100)),
        CloudApiActions::describeApis);
    t.query(CLOUD_API, "DescribeApi", (p, c) -> { p.optional("GroupId", ApiGroupId::of); return p.required("ApiId", ApiId::of); },
        (id, b) -> api(b.cloud().snapshot(), b.cloud().snapshot().apiGateway().api(id).orElseThrow(() ->
            ErrorCode.NOT_FOUND_API.exception(null, "API " + id + " does not exist", id))));

    t.operation(CLOUD_API, "SetVpcAccess", (p, c) -> { p.optional("VpcTargetHostName"); p.optional("Token");
          return SetVpcAccessRequest.builder()
              .name(p.required("Name"))
              .vpcId(p.required("VpcId", VpcId::of))
              .instanceId(p.required("InstanceId"))
              .port((int) p.requiredLong("Port"))
              .description(p.optional("Description"))
              .build(); },
        (VpcAccess a) -> Json.object("VpcAccessId", a.id()));
    t.operation(CLOUD_API, "RemoveVpcAccess", (p, c) -> { p.optionalBoolean("NeedBatchWork"); p.optionalBoolean("Refresh");
          return RemoveVpcAccessRequest.builder()
              .vpcId(p.required("VpcId", VpcId::of))
              .instanceId(p.required("InstanceId"))
              .port((int) p.requiredLong("Port"))
              .build(); },
        x -> Json.object());
    t.query(CLOUD_API, "DescribeVpcAccesses", (p, c) -> new AccessFilter(c.region(), p.optional("Name"), p.optional("VpcId", VpcId::of),
            p.optional("InstanceId"), p.optionalLong("Port"), p.optional("VpcAccessId"), Paging.read(p, 100)),
        CloudApiActions::describeVpcAccesses);
  }

  // ---- instances ----

  private static CreateInstanceRequest createInstance(Params p, CallContext c) {
    p.optional("PayType");
    p.optional("PricingCycle");
    p.optionalLong("Duration");
    p.optionalBoolean("AutoPay");
    p.optional("Token");
    CreateInstanceRequest.Builder b = CreateInstanceRequest.builder()
        .region(c.region())
        .instanceName(p.optional("InstanceName"))
        .instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
        .dedicatedInstanceType(p.optional("InstanceType", DedicatedInstanceType::of))
        .instanceSpec(p.optional("InstanceSpec"))
        .httpsPolicy(p.optional("HttpsPolicy"))
        .chargeType(p.optional("ChargeType"))
        .zoneId(p.optional("ZoneId"))
        .userVpcId(p.optional("UserVpcId", VpcId::of))
        .instanceCidr(p.optional("InstanceCidr", Cidr::of));
    for (int i = 1; p.has("ZoneVSwitchSecurityGroup." + i + ".VSwitchId"); i++) {
      String prefix = "ZoneVSwitchSecurityGroup." + i + ".";
      b.addZoneVSwitchIds(p.required(prefix + "VSwitchId", VSwitchId::of));
      p.optional(prefix + "ZoneId");
      p.optional(prefix + "CidrBlock");
      p.optional(prefix + "SecurityGroupId");
    }
    return b.build();
  }

  /** A region, an optional id and paging. */
  record Scoped<I>(RegionId region, Optional<I> id, Paging paging) {}

  private static Map<String, Object> describeInstances(Scoped<ApiGatewayInstanceId> q, Backend b) {
    List<ApiGatewayInstance> all = q.id().isPresent()
        ? b.cloud().describeInstance(q.id().get()).stream().toList()
        : b.cloud().describeInstances(q.region());
    List<ApiGatewayInstance> out = all.stream().filter(i -> i.region().equals(q.region())).toList();
    Map<String, Object> page = q.paging().page(out, "Instances", "InstanceAttribute", CloudApiActions::instance);
    return page;
  }

  private static Map<String, Object> instance(ApiGatewayInstance i) {
    return Json.object(
        "InstanceId", i.id(),
        "InstanceName", i.name(),
        "RegionId", i.region(),
        "ZoneId", i.zoneId(),
        "InstanceType", i.instanceType().name(),
        "InstanceSpec", i.instanceSpec(),
        "HttpsPolicies", i.httpsPolicy(),
        "InstanceChargeType", i.chargeType(),
        "DedicatedInstanceType", i.dedicatedInstanceType().map(DedicatedInstanceType::apiValue),
        "Status", i.status().name(),
        "VpcEgressAddress", i.vpcEgressAddress(),
        "VpcIntranetEnable", i.vpcBinding().isPresent(),
        "UserVpcId", i.vpcBinding().map(v -> v.vpcId().value()),
        "UserVswitchId", i.vpcBinding().map(v -> v.vSwitchId().value()),
        "ConnectVpcId", i.vpcIntegration().map(v -> v.vpcId().value()),
        "InstanceCidrBlock", i.vpcIntegration().map(v -> v.instanceCidr().toString()));
  }

  // ---- groups ----

  record GroupFilter(RegionId region, Optional<ApiGroupId> id, Optional<String> name, Optional<ApiGatewayInstanceId> instanceId, Paging paging) {}

  private static Map<String, Object> describeGroups(GroupFilter f, Backend b) {
    CloudSnapshot s = b.cloud().snapshot();
    List<ApiGroup> all = f.id().isPresent()
        ? s.apiGateway().group(f.id().get()).stream().toList()
        : f.instanceId().isPresent() ? s.apiGateway().groupsOn(f.instanceId().get()) : b.cloud().describeApiGroups();
    List<ApiGroup> out = all.stream()
        .filter(g -> g.region().equals(f.region()))
        .filter(g -> f.name().map(n -> g.name().equals(n)).orElse(true))
        .filter(g -> f.instanceId().map(i -> g.instanceId().equals(i)).orElse(true))
        .toList();
    return f.paging().page(out, "ApiGroupAttributes", "ApiGroupAttribute", g -> group(s, g));
  }

  private static Map<String, Object> group(CloudSnapshot s, ApiGroup g) {
    return Json.object(
        "GroupId", g.id(),
        "GroupName", g.name(),
        "Description", g.description(),
        "RegionId", g.region(),
        "InstanceId", g.instanceId(),
        "InstanceType", s.apiGateway().instance(g.instanceId()).map(i -> i.instanceType().name()),
        "BasePath", g.basePath(),
        "SubDomain", g.subDomain(),
        "VpcDomain", g.vpcDomain(),
        "VpcIntranetEnable", g.vpcDomainEnabled(),
        "Status", g.status().name());
  }

  // ---- APIs ----

  private static CreateApiRequest createApi(Params p, CallContext c) {
    p.optional("Visibility");
    p.optional("AuthType");
    p.optional("ResultType");
    p.optional("ResultSample");
    p.optional("FailResultSample");
    p.optional("AppCodeAuthType");
    p.optional("AllowSignatureMethod");
    p.optionalBoolean("ForceNonceCheck");
    p.optional("WebSocketApiType");
    JsonNode request = json(p, "RequestConfig");
    JsonNode service = json(p, "ServiceConfig");
    return CreateApiRequest.builder()
        .groupId(p.required("GroupId", ApiGroupId::of))
        .apiName(p.required("ApiName"))
        .description(p.optional("Description"))
        .requestHttpMethod(field(request, "RequestConfig", "RequestHttpMethod", HttpMethod::valueOf).orElseThrow(
            () -> WireError.missing("RequestConfig.RequestHttpMethod")))
        .requestPath(text(request, "RequestPath").orElseThrow(() -> WireError.missing("RequestConfig.RequestPath")))
        .requestProtocol(field(request, "RequestConfig", "RequestProtocol", dev.cenkit.model.apigateway.RequestProtocol::parse)
            .orElse(dev.cenkit.model.apigateway.RequestProtocol.HTTP))
        .disableInternet(p.optionalBoolean("DisableInternet").orElse(false))
        .backend(backend(service))
        .build();
  }

  private static JsonNode json(Params p, String name) {
    String value = p.required(name);
    try {
      JsonNode node = Mappers.json().readTree(value);
      if (node == null || !node.isObject()) {
        throw WireError.invalid(name, value, "expected a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw WireError.invalid(name, value, "not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
  }

  private static <T> Optional<T> field(JsonNode node, String where, String field, java.util.function.Function<String, T> parse) {
    return text(node, field).map(v -> {
      try {
        return parse.apply(v);
      } catch (IllegalArgumentException e) {
        throw WireError.invalid(where + "." + field, v, e.getMessage());
      }
    });
  }

  /** The backend a {@code ServiceConfig} describes: a VPC access, Function Compute, a mock or a public HTTP address. */
  private static ApiBackend backend(JsonNode s) {
    String protocol = text(s, "ServiceProtocol").orElse("HTTP");
    Optional<HttpMethod> method = field(s, "ServiceConfig", "ServiceHttpMethod", HttpMethod::valueOf);
    String path = text(s, "ServicePath").orElse("/");
    if (text(s, "Mock").orElse("FALSE").equalsIgnoreCase("TRUE") || protocol.equalsIgnoreCase("MOCK")) {
      MockBackend.Builder b = MockBackend.builder().mockResult(text(s, "MockResult").orElse(""));
      text(s, "MockStatusCode").ifPresent(v -> b.mockStatusCode(Integer.parseInt(v)));
      return b.build();
    }
    if (protocol.equalsIgnoreCase("FunctionCompute")) {
      JsonNode fc = s.get("FunctionComputeConfig");
      if (fc == null || !fc.isObject()) {
        throw WireError.missing("ServiceConfig.FunctionComputeConfig");
      }
      FunctionComputeBackend.Builder b = FunctionComputeBackend.builder()
          .fcRegion(RegionId.of(text(fc, "FcRegionId").orElseThrow(() -> WireError.missing("FunctionComputeConfig.FcRegionId"))))
          .serviceName(text(fc, "ServiceName"))
          .functionName(text(fc, "FunctionName"))
          .qualifier(text(fc, "Qualifier"))
          .fcBaseUrl(text(fc, "FcBaseUrl"))
          .path(text(fc, "Path"))
          .method(field(fc, "FunctionComputeConfig", "Method", HttpMethod::valueOf))
          .roleArn(text(fc, "RoleArn"));
      text(fc, "FcType").ifPresent(v -> b.fcType(v.equalsIgnoreCase("HttpTrigger") ? FcType.HTTP_TRIGGER : FcType.FC_EVENT));
      text(fc, "FcVersion").ifPresent(v -> b.fcVersion(v.startsWith("2") ? FcVersion.V2_0 : FcVersion.V3_0));
      return b.build();
    }
    if (text(s, "ServiceVpcEnable").orElse("FALSE").equalsIgnoreCase("TRUE")) {
      JsonNode vpc = s.get("VpcConfig");
      String name = vpc == null ? null : text(vpc, "Name").orElse(null);
      if (name == null) {
        throw WireError.missing("ServiceConfig.VpcConfig.Name");
      }
      VpcAccessBackend.Builder b = VpcAccessBackend.builder().vpcAccessName(name).servicePath(path).serviceHttpMethod(method);
      text(vpc, "VpcScheme").ifPresent(b::vpcScheme);
      return b.build();
    }
    return HttpBackend.builder()
        .serviceAddress(text(s, "ServiceAddress").orElseThrow(() -> WireError.missing("ServiceConfig.ServiceAddress")))
        .servicePath(path)
        .serviceHttpMethod(method)
        .build();
  }

  record ApiFilter(ApiGroupId groupId, Optional<ApiId> apiId, Optional<String> name, Paging paging) {}

  private static Map<String, Object> describeApis(ApiFilter f, Backend b) {
    CloudSnapshot s = b.cloud().snapshot();
    if (s.apiGateway().group(f.groupId()).isEmpty()) {
      throw ErrorCode.NOT_FOUND_API_GROUP.exception(null, "API group " + f.groupId() + " does not exist", f.groupId());
    }
    List<Api> out = b.cloud().describeApis(f.groupId()).stream()
        .filter(a -> f.apiId().map(id -> a.id().equals(id)).orElse(true))
        .filter(a -> f.name().map(n -> a.name().equals(n)).orElse(true))
        .toList();
    return f.paging().page(out, "ApiSummarys", "ApiSummary", a -> summary(s, a));
  }

  private static Map<String, Object> summary(CloudSnapshot s, Api a) {
    return Json.object(
        "ApiId", a.id(),
        "ApiName", a.name(),
        "GroupId", a.groupId(),
        "GroupName", s.apiGateway().group(a.groupId()).map(ApiGroup::name),
        "RegionId", a.region(),
        "Description", a.description(),
        "DeployedInfos", deployed(a));
  }

  private static Map<String, Object> deployed(Api a) {
    List<Object> infos = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      infos.add(Json.object("StageName", stage.name(), "DeployedStatus", a.deployedTo(stage) ? "DEPLOYED" : "NONDEPLOYED"));
    }
    return Json.wrap("DeployedInfo", infos);
  }

  private static Map<String, Object> api(CloudSnapshot s, Api a) {
    Map<String, Object> out = summary(s, a);
    out.put("DisableInternet", a.disableInternet());
    out.put("RequestConfig", Json.object("RequestHttpMethod", a.requestHttpMethod().name(), "RequestPath", a.requestPath(), "RequestProtocol", a.requestProtocol().apiValue()));
    out.put("ServiceConfig", serviceConfig(a.backend()));
    return out;
  }

  private static Map<String, Object> serviceConfig(ApiBackend backend) {
    if (backend instanceof HttpBackend h) {
      return Json.object("ServiceProtocol", "HTTP", "ServiceAddress", h.serviceAddress(), "ServicePath", h.servicePath(),
          "ServiceHttpMethod", h.serviceHttpMethod().map(Enum::name), "ServiceVpcEnable", "FALSE", "Mock", "FALSE");
    }
    if (backend instanceof VpcAccessBackend v) {
      return Json.object("ServiceProtocol", "HTTP", "ServicePath", v.servicePath(), "ServiceHttpMethod", v.serviceHttpMethod().map(Enum::name),
          "ServiceVpcEnable", "TRUE", "VpcConfig", Json.object("Name", v.vpcAccessName(), "VpcScheme", v.vpcScheme()), "Mock", "FALSE");
    }
    if (backend instanceof FunctionComputeBackend f) {
      return Json.object("ServiceProtocol", "FunctionCompute", "ServiceVpcEnable", "FALSE", "Mock", "FALSE",
          "FunctionComputeConfig", Json.object(
              "FcRegionId", f.fcRegion(), "FcType", f.fcType().apiValue(), "FcVersion", f.fcVersion().apiValue(),
              "ServiceName", f.serviceName(), "FunctionName", f.functionName(), "Qualifier", f.qualifier(),
              "FcBaseUrl", f.fcBaseUrl(), "Path", f.path(), "Method", f.method().map(Enum::name), "RoleArn", f.roleArn()));
    }
    MockBackend m = (MockBackend) backend;
    return Json.object("ServiceProtocol", "HTTP", "Mock", "TRUE", "MockResult", m.mockResult(), "MockStatusCode", m.mockStatusCode());
  }

  // ---- VPC access ----

  record AccessFilter(RegionId region, Optional<String> name, Optional<VpcId> vpcId, Optional<String> instanceId, Optional<Long> port,
      Optional<String> accessId, Paging paging) {}

  private static Map<String, Object> describeVpcAccesses(AccessFilter f, Backend b) {
    List<VpcAccess> out = b.cloud().describeVpcAccesses().stream()
        .filter(a -> a.region().equals(f.region()))
        .filter(a -> f.name().map(n -> a.name().equals(n)).orElse(true))
        .filter(a -> f.vpcId().map(v -> a.vpcId().equals(v)).orElse(true))
        .filter(a -> f.instanceId().map(i -> a.instanceId().equals(i)).orElse(true))
        .filter(a -> f.port().map(port -> a.port() == port).orElse(true))
        .filter(a -> f.accessId().map(id -> a.id().value().equals(id)).orElse(true))
        .toList();
    return f.paging().page(out, "VpcAccessAttributes", "VpcAccessAttribute", a -> Json.object(
        "VpcAccessId", a.id(), "Name", a.name(), "VpcId", a.vpcId(), "InstanceId", a.instanceId(), "Port", a.port(),
        "RegionId", a.region(), "Description", a.description()));
  }
}
