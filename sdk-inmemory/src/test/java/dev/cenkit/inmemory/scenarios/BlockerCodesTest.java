package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.scenarios.Scenarios.Built;
import dev.cenkit.inmemory.scenarios.Scenarios.Step1;
import dev.cenkit.inmemory.scenarios.Scenarios.Step2;
import dev.cenkit.inmemory.scenarios.Scenarios.Step3;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Each blocker and note code, produced by the setup that causes it, with its rule. */
class BlockerCodesTest {

  private static void assertBlocker(ReachabilityAnswer answer, BlockerCode code, String rule) {
    assertThat(answer.blockers()).as(answer.explain()).anySatisfy(b -> {
      assertThat(b.code()).isEqualTo(code);
      assertThat(b.rule()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(rule));
    });
  }

  @Test
  void aTerminatedVbrIsNotActiveAndBlocksTheDataCenterClient() {
    Built built = Scenarios.scenario2(EnumSet.noneOf(Step2.class));
    Vbr vbr = built.cloud().snapshot().expressConnect().vbrs().values().iterator().next();
    built.cloud().terminateVirtualBorderRouter(b -> b.vbrId(vbr.id()));

    ReachabilityAnswer answer = built.fullCall();

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertBlocker(answer, BlockerCode.VBR_NOT_ACTIVE, "R44");
  }

  @Test
  void d15TrafficBetweenTwoDataCentersThroughACenIsDenied() {
    InMemoryCloud cloud = InMemoryCloud.create();
    DataCenterSpec hz = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16");
    DataCenterSpec bj = Cenkit.dataCenter("bj-idc").prefix("192.169.0.0/16");
    ExpressConnectSpec hzLine = Cenkit.circuit().in(CN_HANGZHOU)
        .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30)).routesTo(hz).dataCenterRoute("192.169.0.0/16");
    ExpressConnectSpec bjLine = Cenkit.circuit().in(CN_BEIJING)
        .vbr(Cenkit.vbr(100).localIp("10.0.1.1").peerIp("10.0.1.2").mask(30)).routesTo(bj).dataCenterRoute("192.168.0.0/16");
    ApplyResult r = cloud.apply(Spec.of(hz, bj, hzLine, bjLine, bjLine.attachedTo(hzLine.attachedTo(Cenkit.cen()))));

    ReachabilityAnswer answer = cloud.reachability().network(
        DataCenterHost.of(r.id(hz.ref()), "192.168.1.1"), DataCenterHost.of(r.id(bj.ref()), "192.169.1.1"), 22);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertBlocker(answer, BlockerCode.DATA_CENTER_TO_DATA_CENTER_DENIED, "D15");
  }

  @Test
  void r50ASharedInstanceServesOnlyVpcsOfItsOwnRegion() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    ApiGatewaySpec shared = Cenkit.sharedGateway().in(CN_HANGZHOU);
    ApiGroupSpec group = Cenkit.apiGroup("orders").on(shared).enableVpcDomain();
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE).in(group);
    ApplyResult r = cloud.apply(Spec.of(vpc3, api));

    ReachabilityAnswer answer = cloud.reachability().apiCall(VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), r.id(api.ref()), Stage.RELEASE);

    assertBlocker(answer, BlockerCode.CLIENT_REGION_MISMATCH_SHARED_INSTANCE, "R50");
  }

  @Test
  void r50ASharedInstanceServesAVpcOfItsRegionThroughTheSystemRoute() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    ApiGatewaySpec shared = Cenkit.sharedGateway().in(CN_HANGZHOU);
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE)
        .in(Cenkit.apiGroup("orders").on(shared).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(vpc1, api));

    ReachabilityAnswer answer = cloud.reachability().fullCall(VpcHost.of(r.id(vpc1.ref()), "172.16.1.10"), r.id(api.ref()), Stage.RELEASE);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void r70RemovingTheAuthorizationAnApiUsesBreaksItsBackend() {
    Built built = Scenarios.scenario3(EnumSet.noneOf(Step3.class));
    VpcAccess access = built.cloud().describeVpcAccesses().get(0);
    built.cloud().removeVpcAccess(access);

    ReachabilityAnswer answer = built.backend();

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertBlocker(answer, BlockerCode.VPC_ACCESS_AUTHORIZATION_MISSING, "R65");
  }

  @Test
  void r74AMissingFunctionIsReportedAndItsFixCreatesIt() {
    Built built = Scenarios.scenario1(EnumSet.noneOf(Step1.class));
    FcFunction fn = built.cloud().listFunctions().get(0);
    built.cloud().deleteFunction(fn.id());

    ReachabilityAnswer answer = built.fullCall();
    assertBlocker(answer, BlockerCode.FC_FUNCTION_MISSING, "R74");
    built.cloud().apply(answer.fixSpec());

    assertThat(built.fullCall().verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void r72AFunctionInAnotherRegionIsANoteNotABlocker() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    FunctionSpec fn = Cenkit.function(CN_BEIJING).named("getOrder");
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindTo(vpc1);
    ApiSpec api = Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE)
        .in(Cenkit.apiGroup("orders").on(gw).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(vpc1, api));

    ReachabilityAnswer answer = cloud.reachability().backend(r.id(api.ref()), Stage.RELEASE);

    assertThat(answer.verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.notes()).extracting(Blocker::code).containsExactly(BlockerCode.FC_CROSS_REGION_VIA_INTERNET);
  }

  @Test
  void d14ADataCenterClientWithoutADnsForwarderGetsANote() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16");
    ExpressConnectSpec line = Cenkit.circuit().in(CN_HANGZHOU)
        .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30)).routesTo(idc).dataCenterRoute("172.16.0.0/16");
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE)
        .in(Cenkit.apiGroup("orders").on(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindTo(vpc1)).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, line.attachedTo(Cenkit.cen().attach(vpc1)), api));

    ReachabilityAnswer answer = cloud.reachability().apiCall(DataCenterHost.of(r.id(idc.ref()), "192.168.1.7"), r.id(api.ref()), Stage.RELEASE);

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.notes()).extracting(Blocker::code).containsExactly(BlockerCode.DNS_NOT_RESOLVABLE_FROM_CLIENT);
  }

  @Test
  void r18ACrossRegionPairWithNoPlanForItsAreasGetsANoteBesideTheTestBandwidthBlocker() {
    ReachabilityAnswer answer = Scenarios.scenario1(EnumSet.of(Step1.BANDWIDTH)).fullCall();

    assertThat(answer.verdict()).isEqualTo(Verdict.TEST_BANDWIDTH_ONLY);
    assertThat(answer.notes()).extracting(Blocker::code).contains(BlockerCode.NO_BANDWIDTH_PLAN_FOR_AREA_PAIR);
  }

  @Test
  void r34ACloudServiceRouteForAnotherRegionDoesNotCarryTheReplies() {
    Built built = Scenarios.scenario3(EnumSet.noneOf(Step3.class));
    InMemoryCloud cloud = built.cloud();
    // A second line in Shanghai becomes the data center's way back for the egress block.
    DataCenter idc = cloud.snapshot().expressConnect().dataCenters().values().iterator().next();
    var cen = cloud.snapshot().cen().cens().keySet().iterator().next();
    ExpressConnectSpec sh = Cenkit.circuit().in(RegionId.CN_SHANGHAI).accessPoint("ap-cn-shanghai-nt-A")
        .vbr(Cenkit.vbr(300).localIp("10.0.3.1").peerIp("10.0.3.2").mask(30)).routesTo(idc);
    ApplyResult r = cloud.apply(sh);
    Vbr shVbr = r.resultOf(sh);
    cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(shVbr.id()).childInstanceRegion(RegionId.CN_SHANGHAI));
    var egress = cloud.describeInstances().get(0).vpcEgressAddress().orElseThrow();
    cloud.deleteDataCenterRoute(b -> b.dataCenterId(idc.id()).destination(egress));
    cloud.createDataCenterRoute(b -> b.dataCenterId(idc.id()).destination(egress).vbrId(shVbr.id()));

    ReachabilityAnswer answer = built.backend();

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertBlocker(answer, BlockerCode.CLOUD_SERVICE_ROUTE_REGION_MISMATCH, "R34");
  }

  @Test
  void anEndpointInAVpcThatDoesNotExistIsReported() {
    Built built = Scenarios.scenario1(EnumSet.noneOf(Step1.class));
    VpcId ghost = VpcId.of("vpc-doesnotexist0000000");

    ReachabilityAnswer answer = built.cloud().reachability().fullCall(VpcHost.of(ghost, "10.0.0.1"), built.api(), Stage.RELEASE);

    assertThat(answer.blockers()).extracting(Blocker::code).containsExactly(BlockerCode.ENDPOINT_NOT_FOUND);
  }

  @Test
  void theEngineAnswersFromTheSnapshotItWasObtainedFor() {
    Built built = Scenarios.scenario1(EnumSet.of(Step1.ENABLE_VPC_DOMAIN));
    var analyzer = built.cloud().reachability();
    ApiGroup group = built.cloud().describeApiGroups().get(0);
    built.cloud().modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));

    assertThat(analyzer.fullCall(built.client(), built.api(), Stage.RELEASE).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(built.fullCall().verdict()).isEqualTo(Verdict.REACHABLE);
    Api unused = built.cloud().snapshot().apiGateway().api(built.api()).orElseThrow();
    assertThat(unused.deployedStages()).contains(Stage.RELEASE);
  }
}
