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
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import java.util.EnumSet;
import java.util.List;
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
        .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30)).routesToNew(hz).dataCenterRoute("192.169.0.0/16");
    ExpressConnectSpec bjLine = Cenkit.circuit().in(CN_BEIJING)
        .vbr(Cenkit.vbr(100).localIp("10.0.1.1").peerIp("10.0.1.2").mask(30)).routesToNew(bj).dataCenterRoute("192.168.0.0/16");
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
    ApiGatewaySpec shared = Cenkit.sharedGateway(CN_HANGZHOU);
    ApiGroupSpec group = Cenkit.apiGroup("orders").onNew(shared).enableVpcDomain();
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE).inNew(group);
    ApplyResult r = cloud.apply(Spec.of(vpc3, api));

    ReachabilityAnswer answer = cloud.reachability().apiCall(VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), r.id(api.ref()), Stage.RELEASE);

    assertBlocker(answer, BlockerCode.CLIENT_REGION_MISMATCH_SHARED_INSTANCE, "R50");
  }

  @Test
  void r50ASharedInstanceServesAVpcOfItsRegionThroughTheSystemRoute() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    ApiGatewaySpec shared = Cenkit.sharedGateway(CN_HANGZHOU);
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE)
        .inNew(Cenkit.apiGroup("orders").onNew(shared).enableVpcDomain());
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
  void r74AnApiWhoseFunctionDoesNotExistYetIsCreatedAndItsAnswerNamesTheMissingFunction() {
    Built built = Scenarios.scenario1(EnumSet.noneOf(Step1.class));
    FcFunction fn = built.cloud().listFunctions().get(0);
    Api existing = built.cloud().snapshot().apiGateway().api(built.api()).orElseThrow();
    built.cloud().deleteFunction(fn.id());

    Api early =
        built.cloud().createApi(
            b -> b.groupId(existing.groupId()).apiName("GetOrderEarly").requestHttpMethod(existing.requestHttpMethod())
                .requestPath("/orders-early").backend(existing.backend()));
    built.cloud().deployApi(b -> b.groupId(existing.groupId()).apiId(early.id()).stageName("RELEASE"));
    ReachabilityAnswer answer = built.cloud().reachability().fullCall(built.client(), early.id(), Stage.RELEASE);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertBlocker(answer, BlockerCode.FC_FUNCTION_MISSING, "R74");
    assertThat(answer.blockers()).filteredOn(b -> b.code() == BlockerCode.FC_FUNCTION_MISSING)
        .allSatisfy(b -> assertThat(b.message()).contains(fn.functionName()));
    built.cloud().apply(answer.fixSpec());
    ReachabilityAnswer after = built.cloud().reachability().fullCall(built.client(), early.id(), Stage.RELEASE);
    assertThat(after.verdict()).as(after.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void r43ADataCenterWhoseOnlyCircuitIsNotYetEnabledNamesTheCircuitAndItsFixConnectsIt() {
    for (boolean confirmed : new boolean[] {false, true}) {
      for (boolean inCen : new boolean[] {false, true}) {
        InMemoryCloud cloud = InMemoryCloud.create();
        Vpc vpc = cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")));
        cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("172.16.1.0/24")));
        if (inCen) {
          CenInstance cen = cloud.createCen(b -> {});
          cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vpc.id()).childInstanceRegion(CN_HANGZHOU));
        }
        DataCenter dc = cloud.createDataCenter(b -> b.name("hz-idc").prefixes(List.of(Cidr.of("192.168.0.0/16"))));
        PhysicalConnection pc =
            cloud.createPhysicalConnection(
                b -> b.region(CN_HANGZHOU).accessPointId("ap-cn-hangzhou-xs-A").lineOperator(LineOperator.CT).dataCenterId(dc.id()));
        if (confirmed) {
          cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id()));
        }
        DataCenterHost machine = DataCenterHost.of(dc.id(), "192.168.10.5");
        VpcHost host = VpcHost.of(vpc.id(), "172.16.1.10");

        for (ReachabilityAnswer answer :
            List.of(cloud.reachability().network(machine, host, 443), cloud.reachability().network(host, machine, 443))) {
          assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
          assertBlocker(answer, BlockerCode.CIRCUIT_NOT_ENABLED, "R43");
          assertThat(answer.blockers()).filteredOn(b -> b.code() == BlockerCode.CIRCUIT_NOT_ENABLED)
              .allSatisfy(b -> {
                assertThat(b.component().id()).isEqualTo(pc.id().value());
                assertThat(b.message()).contains(confirmed ? "Confirmed" : "Initial");
              });
          assertThat(answer.fixes()).singleElement()
              .satisfies(f -> assertThat(f.description()).contains("enable circuit " + pc.id()).contains("create a VBR"));
        }

        cloud.apply(cloud.reachability().network(machine, host, 443).fixSpec());

        ReachabilityAnswer out = cloud.reachability().network(machine, host, 443);
        assertThat(out.verdict()).as(out.explain()).isEqualTo(Verdict.REACHABLE);
        ReachabilityAnswer back = cloud.reachability().network(host, machine, 443);
        assertThat(back.verdict()).as(back.explain()).isEqualTo(Verdict.REACHABLE);
        assertThat(cloud.snapshot().expressConnect().physicalConnection(pc.id()).orElseThrow().status())
            .isEqualTo(PhysicalConnectionStatus.ENABLED);
      }
    }
  }

  @Test
  void r53AVpcConnectInstanceReachesADataCenterBackendOverItsVpcsCenRoutesWithoutACloudServiceRoute() {
    Built built = Scenarios.scenario3VpcConnect(true);

    ReachabilityAnswer answer = built.backend();

    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(built.cloud().snapshot().expressConnect().cloudServiceRoutes()).isEmpty();
    assertThat(answer.explain()).doesNotContain("cloud-service route");
  }

  @Test
  void r53AVpcConnectInstanceWhoseDataCenterHasNoRouteBackGetsADataCenterRouteFixTheCloudAccepts() {
    Built built = Scenarios.scenario3VpcConnect(false);

    ReachabilityAnswer answer = built.backend();

    assertThat(answer.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(answer.blockers()).as(answer.explain())
        .noneMatch(b -> b.code() == BlockerCode.NO_RETURN_ROUTE_FOR_GATEWAY_EGRESS)
        .anyMatch(b -> b.code() == BlockerCode.NO_DATA_CENTER_ROUTE);
    built.cloud().apply(answer.fixSpec());
    ReachabilityAnswer after = built.backend();
    assertThat(after.verdict()).as(after.explain()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void r72AFunctionInAnotherRegionIsANoteNotABlocker() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Scenarios.vpc1();
    FunctionSpec fn = Cenkit.function(CN_BEIJING).named("getOrder");
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1);
    ApiSpec api = Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE)
        .inNew(Cenkit.apiGroup("orders").onNew(gw).enableVpcDomain());
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
        .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30)).routesToNew(idc).dataCenterRoute("172.16.0.0/16");
    ApiSpec api = Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong")).deployTo(Stage.RELEASE)
        .inNew(Cenkit.apiGroup("orders").onNew(Cenkit.dedicatedGateway().in(CN_HANGZHOU).bindToNew(vpc1)).enableVpcDomain());
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, line.attachedTo(Cenkit.cen().attachNew(vpc1)), api));

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
        .vbr(Cenkit.vbr(300).localIp("10.0.3.1").peerIp("10.0.3.2").mask(30)).routesToExisting(idc);
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
