package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.ResolveAndRouteServiceInCenRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The three scenarios of the scenario document, built step by step with the fluent builders; any set of the
 * documented configuration steps can be left out, to check that the answer then names the missing step.
 */
final class Scenarios {
  private Scenarios() {}

  /** The configuration steps of the scenarios that a user can forget. */
  enum Step1 {
    /** Step 1 (part): deploy the API to RELEASE. */
    DEPLOY_API,
    /** Steps 2-3: create the CEN and attach VPC-1. */
    CEN_WITH_VPC1,
    /** Step 3: attach VPC-3. */
    ATTACH_VPC3,
    /** Step 4: buy a bandwidth plan and allocate bandwidth between Hangzhou and Beijing. */
    BANDWIDTH,
    /** Step 5: bind VPC-1 to the dedicated instance. */
    BIND_VPC1,
    /** Step 5: enable the group's VPC second-level domain. */
    ENABLE_VPC_DOMAIN
  }

  /** The steps of scenario 2. */
  enum Step2 {
    /** Step 1 (part): deploy the API. */
    DEPLOY_API,
    /** Step 2: the Express Connect circuit and VBR to the data center. */
    CIRCUIT,
    /** Step 2: the VBR joins VPC-1's CEN. */
    ATTACH_VBR,
    /** Step 2: the data center routes VPC-1's block to the VBR. */
    DATA_CENTER_ROUTE,
    /** Step 3: bind VPC-1. */
    BIND_VPC1,
    /** Step 3: enable the VPC domain. */
    ENABLE_VPC_DOMAIN
  }

  /** The steps of scenario 3. */
  enum Step3 {
    /** Step 1: the VBR joins VPC-1's CEN. */
    ATTACH_VBR,
    /** Step 2: the cloud-service route for the instance's egress block. */
    CLOUD_SERVICE_ROUTE,
    /** Step 2: the data center routes the egress block back to the VBR. */
    DATA_CENTER_EGRESS_ROUTE,
    /** Step 4 (part): deploy the API. */
    DEPLOY_API
  }

  /** A built scenario: the cloud and the question to ask. */
  record Built(InMemoryCloud cloud, Endpoint client, ApiId api) {
    ReachabilityAnswer fullCall() {
      return cloud.reachability().fullCall(client, api, Stage.RELEASE);
    }

    ReachabilityAnswer backend() {
      return cloud.reachability().backend(api, Stage.RELEASE);
    }
  }

  static VpcSpec vpc1() {
    return Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  }

  static DataCenterSpec idc() {
    return Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5").resolvesCloudDomains();
  }

  /** Scenario 1: ECS in VPC-3 (Beijing) calls an API of a dedicated instance in Hangzhou with an FC backend. */
  static Built scenario1(Set<Step1> omitted) {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = vpc1();
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    if (!omitted.contains(Step1.BIND_VPC1)) {
      gw = gw.bindToNew(vpc1);
    }
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(gw);
    if (!omitted.contains(Step1.ENABLE_VPC_DOMAIN)) {
      orders = orders.enableVpcDomain();
    }
    ApiSpec api = Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn));
    if (!omitted.contains(Step1.DEPLOY_API)) {
      api = api.deployTo(Stage.RELEASE);
    }
    api = api.inNew(orders);
    List<SpecSource> parts = new ArrayList<>(List.of(vpc1, vpc3, api));
    if (!omitted.contains(Step1.CEN_WITH_VPC1)) {
      CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1);
      if (!omitted.contains(Step1.ATTACH_VPC3)) {
        cen = cen.attachNew(vpc3);
      }
      if (!omitted.contains(Step1.BANDWIDTH) && !omitted.contains(Step1.ATTACH_VPC3)) {
        cen = cen.bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2));
      }
      parts.add(cen);
    }
    ApplyResult r = cloud.apply(Spec.of(parts));
    return new Built(cloud, VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), r.id(api.ref()));
  }

  /** Scenario 2: a client in the Hangzhou data center calls the same kind of API over VPC-1. */
  static Built scenario2(Set<Step2> omitted) {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = vpc1();
    DataCenterSpec idc = idc();
    FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    if (!omitted.contains(Step2.BIND_VPC1)) {
      gw = gw.bindToNew(vpc1);
    }
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(gw);
    if (!omitted.contains(Step2.ENABLE_VPC_DOMAIN)) {
      orders = orders.enableVpcDomain();
    }
    ApiSpec api = Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn));
    if (!omitted.contains(Step2.DEPLOY_API)) {
      api = api.deployTo(Stage.RELEASE);
    }
    api = api.inNew(orders);
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1);
    List<SpecSource> parts = new ArrayList<>(List.of(vpc1, idc, api));
    if (!omitted.contains(Step2.CIRCUIT)) {
      ExpressConnectSpec line =
          Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
              .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
              .routesToNew(idc);
      if (!omitted.contains(Step2.DATA_CENTER_ROUTE)) {
        line = line.dataCenterRoute("172.16.0.0/16");
      }
      parts.add(line);
      if (!omitted.contains(Step2.ATTACH_VBR)) {
        cen = line.attachedTo(cen);
      }
    }
    parts.add(cen);
    ApplyResult r = cloud.apply(Spec.of(parts));
    return new Built(cloud, DataCenterHost.of(r.id(idc.ref()), "192.168.10.5"), r.id(api.ref()));
  }

  /** Scenario 3: an API of a dedicated instance in Hangzhou calls a backend in the data center through VPC-1. */
  static Built scenario3(Set<Step3> omitted) {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = vpc1();
    DataCenterSpec idc = idc();
    // "Record the instance's egress IP address": create the instance first, then read it.
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    ApiGatewayInstance instance = cloud.create(gw);
    String egress = instance.vpcEgressAddress().orElseThrow().toString();

    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToNew(idc)
            .dataCenterRoute("172.16.0.0/16");
    if (!omitted.contains(Step3.DATA_CENTER_EGRESS_ROUTE)) {
      line = line.dataCenterRoute(egress);
    }
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1);
    if (!omitted.contains(Step3.ATTACH_VBR)) {
      cen = line.attachedTo(cen);
    }
    if (!omitted.contains(Step3.CLOUD_SERVICE_ROUTE)) {
      CenSpec c = cen;
      cen = cen.with(
          Spec.empty().plus(Step.of("access to cloud services for " + egress, b ->
              ResolveAndRouteServiceInCenRequest.builder()
                  .cenId(b.resolve(c.ref()))
                  .host(egress)
                  .hostRegion(CN_HANGZHOU)
                  .hostVpcId(b.resolve(vpc1.ref()))
                  .accessRegionIds(List.of(CN_HANGZHOU))
                  .build())));
    }
    VpcAccessSpec access = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onExisting(instance);
    ApiSpec api = Cenkit.api("GetStock").get("/stock/{sku}").backend(BackendSpec.vpc(access, "/stock"));
    if (!omitted.contains(Step3.DEPLOY_API)) {
      api = api.deployTo(Stage.RELEASE);
    }
    api = api.inNew(orders);
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, cen, api));
    return new Built(cloud, VpcHost.of(r.id(vpc1.ref()), "172.16.1.20"), r.id(api.ref()));
  }

  /**
   * Scenario 3 with a {@code vpc_connect} instance connected to VPC-1: its egress addresses are VPC-1's own, so
   * the data center routes VPC-1's block back and no cloud-service route is involved (R53).
   */
  static Built scenario3VpcConnect(boolean dataCenterRouteBack) {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = vpc1();
    DataCenterSpec idc = idc();
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToNew(idc);
    if (dataCenterRouteBack) {
      line = line.dataCenterRoute("172.16.0.0/16");
    }
    CenSpec cen = line.attachedTo(Cenkit.cen().named("api-mesh").attachNew(vpc1));
    ApiGatewaySpec gw = Cenkit.vpcIntegrationGateway().in(CN_HANGZHOU).named("api-gw").connectToNew(vpc1, "192.168.0.0/16");
    VpcAccessSpec access = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
    ApiSpec api = Cenkit.api("GetStock").get("/stock/{sku}").backend(BackendSpec.vpc(access, "/stock"))
        .deployTo(Stage.RELEASE).inNew(Cenkit.apiGroup("orders").onNew(gw));
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, cen, api));
    return new Built(cloud, VpcHost.of(r.id(vpc1.ref()), "172.16.1.20"), r.id(api.ref()));
  }

  static <E extends Enum<E>> Set<E> none(Class<E> type) {
    return EnumSet.noneOf(type);
  }
}
