package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.rules.ApiGatewayRules;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.FcType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpBackend;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.fc.FcVersion;
import org.junit.jupiter.api.Test;

class ApiRulesTest {
  private final ApiGatewayFixture f = new ApiGatewayFixture();
  private final ApiGatewayInstance dedicated = f.dedicated();
  private final ApiGroup group = f.group(dedicated, "orders");

  private Api deploy(Api api, String stage) {
    return f.cloud.deployApi(b -> b.groupId(api.groupId()).apiId(api.id()).stageName(stage));
  }

  private Api abolish(Api api, String stage) {
    return f.cloud.abolishApi(b -> b.groupId(api.groupId()).apiId(api.id()).stageName(stage));
  }

  private static VpcAccessBackend vpcBackend(String name) {
    return VpcAccessBackend.builder().vpcAccessName(name).servicePath("/stock").build();
  }

  // ---- R60 ----

  @Test
  void r60AMalformedApiNameIsRejected() {
    for (String bad : new String[] {"Get", "1GetOrder", "Get-Order", "G".repeat(51)}) {
      assertRejected(f.cloud, () -> f.api(group, bad, "/orders", ApiGatewayFixture.mock()), "InvalidParameter.ApiName", RuleId.R60);
    }
  }

  @Test
  void r60ADuplicateNameInTheGroupIsRejected() {
    f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    assertRejected(f.cloud, () -> f.api(group, "GetOrder", "/other", ApiGatewayFixture.mock()), "RepeatedApiName", RuleId.R60);
  }

  @Test
  void r60ADuplicatePathAndMethodInTheGroupIsRejectedButAnotherMethodOrGroupIsFine() {
    f.api(group, "GetOrder", "/orders/[id]", ApiGatewayFixture.mock());
    assertRejected(f.cloud, () -> f.api(group, "GetOrder2", "/orders/[id]", ApiGatewayFixture.mock()), "RepeatedApiPath", RuleId.R60);
    assertRejected(
        f.cloud,
        () ->
            f.cloud.createApi(
                b ->
                    b.groupId(group.id())
                        .apiName("AnyOrder")
                        .requestHttpMethod(HttpMethod.ANY)
                        .requestPath("/orders/[id]")
                        .backend(ApiGatewayFixture.mock())),
        "RepeatedApiPath",
        RuleId.R60);

    Api post =
        f.cloud.createApi(
            b -> b.groupId(group.id()).apiName("PostOrder").requestHttpMethod(HttpMethod.POST).requestPath("/orders/[id]").backend(ApiGatewayFixture.mock()));
    Api elsewhere = f.api(f.group(dedicated, "others"), "GetOrder", "/orders/[id]", ApiGatewayFixture.mock());
    assertThat(post.requestHttpMethod()).isEqualTo(HttpMethod.POST);
    assertThat(elsewhere.groupId()).isNotEqualTo(group.id());
  }

  // ---- R61, R62 ----

  @Test
  void r61AnApiIsDeployedToAndAbolishedFromStages() {
    Api api = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    assertThat(api.deployedStages()).isEmpty();

    deploy(api, "RELEASE");
    Api both = deploy(api, "TEST");
    assertThat(both.deployedStages()).containsExactlyInAnyOrder(Stage.RELEASE, Stage.TEST);

    Api released = abolish(api, "TEST");
    assertThat(released.deployedStages()).containsExactly(Stage.RELEASE);
    assertThat(f.cloud.snapshot().apiGateway().api(api.id()).orElseThrow().deployedTo(Stage.RELEASE)).isTrue();
  }

  @Test
  void r61AnInvalidStageNameIsRejected() {
    Api api = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    for (String bad : new String[] {"PROD", "release", ""}) {
      assertRejected(f.cloud, () -> deploy(api, bad), bad.isEmpty() ? "MissingParameter" : "NotFoundStage");
    }
    assertRejected(f.cloud, () -> deploy(api, "PROD"), "NotFoundStage", RuleId.R61);
    assertRejected(f.cloud, () -> abolish(api, "STAGING"), "NotFoundStage", RuleId.R61);
  }

  @Test
  void r62ADeployedApiIsDeletedOnlyAfterBeingAbolishedFromEveryStage() {
    Api api = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock());
    deploy(api, "RELEASE");
    deploy(api, "PRE");

    assertRejected(f.cloud, () -> f.cloud.deleteApi(b -> b.groupId(group.id()).apiId(api.id())), "InvalidOperation.ApiDeployed", RuleId.R62);
    abolish(api, "RELEASE");
    assertRejected(f.cloud, () -> f.cloud.deleteApi(b -> b.groupId(group.id()).apiId(api.id())), "InvalidOperation.ApiDeployed", RuleId.R62);
    abolish(api, "PRE");

    f.cloud.deleteApi(b -> b.groupId(group.id()).apiId(api.id()));
    assertThat(f.cloud.describeApis(group.id())).isEmpty();
    assertRejected(f.cloud, () -> f.cloud.deleteApi(b -> b.groupId(group.id()).apiId(api.id())), "NotFoundApi");
  }

  // ---- R63 ----

  @Test
  void r63AnApiWithDisableInternetIsCallableOnlyThroughAVpcDomain() {
    Api internal =
        f.cloud.createApi(
            b -> b.groupId(group.id()).apiName("GetOrder").requestHttpMethod(HttpMethod.GET).requestPath("/orders").disableInternet(true).backend(ApiGatewayFixture.mock()));
    Api open = f.api(group, "GetStock", "/stock", ApiGatewayFixture.mock());

    assertThat(internal.disableInternet()).isTrue();
    assertThat(internal.callableFromInternet()).isFalse();
    assertThat(ApiGatewayRules.r63Callable(internal, false)).isFalse();
    assertThat(ApiGatewayRules.r63Callable(internal, true)).isTrue();
    assertThat(ApiGatewayRules.r63Callable(open, false)).isTrue();
  }

  // ---- R65, R71, R53 ----

  @Test
  void r65AnApiNamingAMissingAuthorizationIsRejected() {
    assertRejected(f.cloud, () -> f.api(group, "GetStock", "/stock", vpcBackend("idc-backend")), "NotFoundVpc", RuleId.R65);
  }

  @Test
  void r65AnAuthorizationOfAnotherRegionDoesNotCount() {
    f.cloud.setVpcAccess(b -> b.name("idc-backend").vpcId(f.vpc3.id()).instanceId("10.3.1.20").port(8080));
    assertRejected(f.cloud, () -> f.api(group, "GetStock", "/stock", vpcBackend("idc-backend")), "NotFoundVpc", RuleId.R65);
  }

  @Test
  void r71ADataCenterBackendThroughAVpcIsRejectedOnASharedInstance() {
    ApiGroup onShared = f.group(f.shared(CN_HANGZHOU), "shared_orders");
    f.cloud.setVpcAccess(b -> b.name("idc-backend").vpcId(f.vpc1.id()).instanceId("192.168.10.5").port(8080));

    assertRejected(
        f.cloud, () -> f.api(onShared, "GetStock", "/stock", vpcBackend("idc-backend")), "OperationNotSupported.SharedInstance", RuleId.R71);
  }

  @Test
  void r71ADataCenterBackendIsAcceptedOnADedicatedInstanceAndAVpcBackendOnASharedOne() {
    ApiGroup onShared = f.group(f.shared(CN_HANGZHOU), "shared_orders");
    f.cloud.setVpcAccess(b -> b.name("idc-backend").vpcId(f.vpc1.id()).instanceId("192.168.10.5").port(8080));
    f.cloud.setVpcAccess(b -> b.name("in-vpc").vpcId(f.vpc1.id()).instanceId("172.16.1.20").port(80));
    f.cloud.setVpcAccess(b -> b.name("ecs").vpcId(f.vpc1.id()).instanceId("i-bp1abcdefghijk").port(80));

    assertThat(f.api(group, "GetStock", "/stock", vpcBackend("idc-backend")).backend()).isInstanceOf(VpcAccessBackend.class);
    assertThat(f.api(onShared, "GetLocal", "/local", vpcBackend("in-vpc")).groupId()).isEqualTo(onShared.id());
    assertThat(f.api(onShared, "GetEcs", "/ecs", vpcBackend("ecs")).groupId()).isEqualTo(onShared.id());
  }

  @Test
  void r53AVpcIntegrationInstanceCannotCallIntoAnotherVpc() {
    ApiGroup onConnect = f.group(f.vpcConnect("192.168.0.0/16"), "connected");
    var vpc2 = f.cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.8.0.0/16")));
    f.cloud.setVpcAccess(b -> b.name("other-vpc").vpcId(vpc2.id()).instanceId("10.8.1.5").port(80));
    f.cloud.setVpcAccess(b -> b.name("own-vpc").vpcId(f.vpc1.id()).instanceId("172.16.1.5").port(80));

    assertRejected(f.cloud, () -> f.api(onConnect, "GetOther", "/other", vpcBackend("other-vpc")), "InvalidOperation.VpcNotConnected", RuleId.R53);
    assertThat(f.api(onConnect, "GetOwn", "/own", vpcBackend("own-vpc")).groupId()).isEqualTo(onConnect.id());
  }

  // ---- R72, R73, R74 ----

  @Test
  void r72AFunctionInAnotherRegionIsAcceptedAndReachedOverTheInternet() {
    f.cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    f.cloud.createFunction(b -> b.region(CN_BEIJING).functionName("getOrder"));

    Api local = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder"));
    Api remote = f.api(group, "GetOrderBj", "/orders-bj", ApiGatewayFixture.fc(CN_BEIJING, "getOrder"));

    assertThat(ApiGatewayRules.r72ReachedOverInternet(group, (FunctionComputeBackend) local.backend())).isFalse();
    assertThat(ApiGatewayRules.r72ReachedOverInternet(group, (FunctionComputeBackend) remote.backend())).isTrue();
  }

  @Test
  void r73AFunctionComputeBackendWithoutARoleIsRejected() {
    f.cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    assertRejected(
        f.cloud,
        () -> f.api(group, "GetOrder", "/orders", FunctionComputeBackend.builder().fcRegion(CN_HANGZHOU).functionName("getOrder").build()),
        "MissingParameter.RoleArn",
        RuleId.R73);
  }

  @Test
  void r73TheRoleArnIsTakenAsGivenAsTheRealApiTakesIt() {
    f.cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    Api api =
        f.api(group, "GetOrder", "/orders", ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder").toBuilder().roleArn("cloudapi-openapi").build());
    assertThat(((FunctionComputeBackend) api.backend()).roleArn()).contains("cloudapi-openapi");
    assertRejected(
        f.cloud,
        () -> ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder").toBuilder().roleArn(" ").build(),
        "MissingParameter.RoleArn",
        RuleId.R73);
  }

  @Test
  void r74AnEventBackendWithoutAFunctionNameIsRejected() {
    assertRejected(
        f.cloud,
        () -> FunctionComputeBackend.builder().fcRegion(CN_HANGZHOU).roleArn(FunctionComputeBackend.DEFAULT_ROLE_ARN).build(),
        "MissingParameter.FunctionComputeConfig",
        RuleId.R74);
  }

  @Test
  void r74AnEventBackendOnVersion2NeedsAService() {
    assertRejected(
        f.cloud,
        () -> ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder").toBuilder().fcVersion(FcVersion.V2_0).build(),
        "MissingParameter.FunctionComputeConfig",
        RuleId.R74);
  }

  @Test
  void r74AnHttpTriggerBackendNeedsABaseUrlPathAndMethod() {
    assertRejected(
        f.cloud,
        () ->
            FunctionComputeBackend.builder()
                .fcRegion(CN_HANGZHOU)
                .fcType(FcType.HTTP_TRIGGER)
                .fcBaseUrl("https://123.cn-hangzhou-internal.fc.aliyuncs.com/2016-08-15/proxy/orders/getOrder/")
                .roleArn(FunctionComputeBackend.DEFAULT_ROLE_ARN)
                .build(),
        "MissingParameter.FunctionComputeConfig",
        RuleId.R74);
    Api trigger =
        f.api(
            group,
            "GetOrder",
            "/orders",
            FunctionComputeBackend.builder()
                .fcRegion(CN_HANGZHOU)
                .fcType(FcType.HTTP_TRIGGER)
                .fcBaseUrl("https://123.cn-hangzhou-internal.fc.aliyuncs.com/2016-08-15/proxy/orders/getOrder/")
                .path("/orders")
                .method(HttpMethod.GET)
                .roleArn(FunctionComputeBackend.DEFAULT_ROLE_ARN)
                .build());
    assertThat(((FunctionComputeBackend) trigger.backend()).functionId()).isEmpty();
  }

  @Test
  void r74AnApiInvokingAFunctionThatDoesNotExistYetIsAcceptedAndReportedBrokenUntilItIsCreated() {
    Api api = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder"));
    assertThat(f.cloud.snapshot().apiGateway().api(api.id())).contains(api);
    assertThat(ApiGatewayRules.r74FunctionMissing(Internals.state(f.cloud), api)).isTrue();
    // A function of the same name in another region is another function.
    f.cloud.createFunction(b -> b.region(CN_BEIJING).functionName("getOrder"));
    assertThat(ApiGatewayRules.r74FunctionMissing(Internals.state(f.cloud), api)).isTrue();

    f.cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    assertThat(ApiGatewayRules.r74FunctionMissing(Internals.state(f.cloud), api)).isFalse();
  }

  @Test
  void r74DeletingAFunctionThatAnApiInvokesIsAcceptedAndTheApiIsReportedBroken() {
    var fn = f.cloud.createFunction(b -> b.region(CN_HANGZHOU).functionName("getOrder"));
    Api api = f.api(group, "GetOrder", "/orders", ApiGatewayFixture.fc(CN_HANGZHOU, "getOrder"));
    assertThat(ApiGatewayRules.r74FunctionMissing(Internals.state(f.cloud), api)).isFalse();

    f.cloud.deleteFunction(fn.id());

    assertThat(f.cloud.snapshot().apiGateway().api(api.id())).contains(api);
    assertThat(ApiGatewayRules.r74FunctionMissing(Internals.state(f.cloud), api)).isTrue();
  }

  // ---- other bad input ----

  @Test
  void anInternetBackendNeedsAnHttpUrl() {
    assertRejected(
        f.cloud,
        () -> f.api(group, "GetOrder", "/orders", HttpBackend.builder().serviceAddress("ftp://example.com").build()),
        "InvalidParameter.ServiceAddress");
    Api api = f.api(group, "GetOrder", "/orders", HttpBackend.builder().serviceAddress("http://api.example.com:8080").build());
    assertThat(api.backend().serviceType()).isEqualTo("HTTP");
  }

  @Test
  void anApiInAMissingGroupIsRejected() {
    f.cloud.deleteApiGroup(b -> b.groupId(group.id()));
    assertRejected(f.cloud, () -> f.api(group, "GetOrder", "/orders", ApiGatewayFixture.mock()), "NotFoundApiGroup");
  }
}
