package dev.cenkit.inmemory.apigateway;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.rules.ApiGatewayRules;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/**
 * The resources of the scenario document's three scenarios, described with the fluent builders and created in
 * one {@code apply}. The data center of scenarios 2 and 3 (circuit, VBR, cloud-service route) comes from the
 * Express Connect builders; here the VPC access target is its plain IP address.
 */
class ScenarioBuildersTest {
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  @Test
  void scenarios1To3AreCreatedInOneApply() {
    InMemoryCloud cloud = InMemoryCloud.create();

    // Scenario 1 and 2: a dedicated instance in Hangzhou bound to VPC-1, a group with its VPC domain enabled, an
    // API with a Function Compute backend in Hangzhou, deployed; VPC-1 and VPC-3 in one CEN.
    ApiGatewaySpec instance = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").bindToNew(vpc1);
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(instance).enableVpcDomain();
    FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiSpec getOrder =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE).inNew(orders);
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);

    // Scenario 3: an authorization to a host of the data center through VPC-1, and an API calling it.
    VpcAccessSpec idc = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
    ApiSpec getStock =
        Cenkit.api("GetStock").get("/stock/{sku}").backend(BackendSpec.vpc(idc, "/stock")).deployTo(Stage.RELEASE).inNew(orders);

    ApplyResult result = cloud.apply(Spec.of(cen, getOrder, getStock));
    CloudSnapshot s = result.snapshot();

    ApiGatewayInstance gw = result.resultOf(instance);
    ApiGatewayInstance bound = s.apiGateway().instance(gw.id()).orElseThrow();
    Vpc v1 = result.resultOf(vpc1);
    assertThat(bound.dedicatedInstanceType()).contains(DedicatedInstanceType.NORMAL);
    assertThat(bound.instanceSpec()).contains("api.s1.small");
    assertThat(bound.zoneId()).contains("cn-hangzhou-h");
    assertThat(bound.vpcBinding()).hasValueSatisfying(b -> {
      assertThat(b.vpcId()).isEqualTo(v1.id());
      assertThat(b.vSwitchId()).isEqualTo(result.id(vpc1.vSwitchRef(0)));
      assertThat(b.ingressAddress().toString()).startsWith("172.16.1.");
    });
    assertThat(bound.vpcEgressAddress()).hasValueSatisfying(e -> assertThat(e.toString()).endsWith("/26"));

    ApiGroup group = s.apiGateway().group(result.id(orders.ref())).orElseThrow();
    assertThat(group.vpcDomain()).contains(group.id() + "-cn-hangzhou-vpc.alicloudapi.com");
    assertThat(ApiGatewayRules.r50VpcDomainAddress(group, bound)).contains(bound.vpcBinding().get().ingressAddress());

    Api order = s.apiGateway().api(result.id(getOrder.ref())).orElseThrow();
    assertThat(order.deployedStages()).containsExactly(Stage.RELEASE);
    assertThat(order.backend()).isInstanceOfSatisfying(FunctionComputeBackend.class, b -> {
      assertThat(b.functionId()).contains(result.resultOf(fn).id());
      assertThat(b.reachedOverInternet(group.region())).isFalse();
    });

    Api stock = s.apiGateway().api(result.id(getStock.ref())).orElseThrow();
    assertThat(stock.backend()).isInstanceOfSatisfying(VpcAccessBackend.class, b -> assertThat(b.vpcAccessName()).isEqualTo("idc-backend"));
    VpcAccess access = s.apiGateway().vpcAccessNamed(CN_HANGZHOU, "idc-backend").orElseThrow();
    assertThat(access.vpcId()).isEqualTo(v1.id());
    assertThat(access.port()).isEqualTo(8080);

    assertThat(s.cen().attachmentsOf(result.id(cen.ref()))).hasSize(2);
    assertThat(s.vpc().vpcs()).hasSize(2);
    // Each shared step ran once: one VPC-1, one instance, one group, one function.
    assertThat(s.apiGateway().instances()).hasSize(1);
    assertThat(s.apiGateway().groups()).hasSize(1);
    assertThat(s.functionCompute().functions()).hasSize(1);
  }

  @Test
  void bindingInTheSpecAgainReplacesTheEarlierBinding() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc2 = Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-i", "10.2.1.0/24");
    ApiGatewaySpec instance = Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1).bindToNew(vpc2);

    ApplyResult result = cloud.apply(Spec.of(vpc1, instance));

    ApiGatewayInstance gw = cloud.snapshot().apiGateway().instance(result.resultOf(instance).id()).orElseThrow();
    assertThat(gw.vpcBinding()).hasValueSatisfying(b -> assertThat(b.vpcId()).isEqualTo(result.id(vpc2.ref())));
    assertThat(gw.zoneId()).contains("cn-hangzhou-i");
  }

  @Test
  void aSecondVSwitchCanBeChosenAndAnExistingVpcCanBeBound() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec twoSwitches = vpc1.vSwitch("cn-hangzhou-i", "172.16.2.0/24");
    ApplyResult first = cloud.apply(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(twoSwitches, 1));
    assertThat(cloud.describeInstances().get(0).vpcBinding().orElseThrow().vSwitchId()).isEqualTo(first.id(twoSwitches.vSwitchRef(1)));

    Vpc existing = first.resultOf(twoSwitches);
    var vsw = cloud.snapshot().vpc().vSwitchesOf(existing.id()).get(0);
    ApiGatewayInstance second = cloud.create(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToExisting(existing, vsw));
    assertThat(cloud.describeInstance(second.id()).orElseThrow().vpcBinding().orElseThrow().vpcId()).isEqualTo(existing.id());
  }

  @Test
  void aVpcIntegrationInstanceConnectsToAVpcOfTheSpec() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ApiGatewaySpec connect = Cenkit.vpcIntegrationGateway().in(CN_HANGZHOU).connectToNew(vpc1, "192.168.0.0/16");
    ApiGatewayInstance created = cloud.create(connect);
    assertThat(created.vpcIntegration()).hasValueSatisfying(v -> assertThat(v.eniAddresses()).hasSize(1));
    assertThat(created.vpcEgressAddress()).isEmpty();
  }

  @Test
  void r51ASharedInstanceSpecThatBindsAVpcFailsAsAWholeAtTheBindingStep() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ApiGatewaySpec shared = Cenkit.sharedGateway(CN_HANGZHOU).bindToNew(vpc1);

    CenkitException e = assertRejected(cloud, () -> cloud.apply(shared), "OperationNotSupported.SharedInstance", RuleId.R51);

    assertThat(e.failedStep()).hasValueSatisfying(step -> assertThat(step.operation()).startsWith("ModifyInstanceVpcAttributeForConsole"));
    assertThat(cloud.snapshot().vpc().vpcs()).isEmpty();
  }

  @Test
  void r65AnApiOnAnAuthorizationThatIsNotInTheSpecFailsAtApply() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1));
    ApiSpec api = Cenkit.api("GetStock").get("/stock").backend(BackendSpec.vpc("idc-backend", "/stock")).inNew(orders);
    assertRejected(cloud, () -> cloud.apply(api), "NotFoundVpc", RuleId.R65);
  }

  @Test
  void missingPartsOfASpecAreTypedErrors() {
    InMemoryCloud cloud = InMemoryCloud.create();
    ApiSpec noGroup = Cenkit.api("GetOrder").get("/orders").backend(BackendSpec.mock("{}"));
    assertRejected(cloud, () -> cloud.apply(noGroup), "MissingParameter");

    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(Cenkit.dedicatedGateway().in(CN_HANGZHOU).zone("cn-hangzhou-h"));
    assertRejected(cloud, () -> cloud.apply(Cenkit.api("GetOrder").get("/orders").inNew(orders)), "MissingParameter");
    assertRejected(cloud, () -> cloud.apply(Cenkit.vpcAccess("idc").inNewVpc(vpc1).ip("192.168.10.5")), "MissingParameter");

    CenkitException e = catchThrowableOfType(CenkitException.class, () -> Cenkit.vpcAccess("idc").port(70000));
    assertThat(e.code()).isEqualTo("InvalidParameter.Port");
    assertThat(catchThrowableOfType(CenkitException.class, () -> Cenkit.api("x").get("/x")).code()).isEqualTo("InvalidParameter.ApiName");
  }

  @Test
  void r55ADedicatedInstanceSpecWithoutBindingOrZoneFailsAtApply() {
    InMemoryCloud cloud = InMemoryCloud.create();
    assertRejected(cloud, () -> cloud.apply(Cenkit.dedicatedGateway().in(CN_HANGZHOU)), "MissingParameter.ZoneId", RuleId.R55);
  }

  @Test
  void theFunctionComputeBackendUsesTheDefaultRoleUnlessToldOtherwise() {
    FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");
    assertThat(((FunctionComputeBackend) Cenkit.functionBackend(fn).backend()).roleArn())
        .contains(FunctionComputeBackend.DEFAULT_ROLE_ARN);
    String role = "acs:ram::1234567890:role/apigateway-fc";
    assertThat(((FunctionComputeBackend) Cenkit.functionBackend(fn).role(role).backend()).roleArn()).contains(role);
  }
}
