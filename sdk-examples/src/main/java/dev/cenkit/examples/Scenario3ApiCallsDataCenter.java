package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;
import java.util.List;

/**
 * Scenario 3 of the scenario document, "Access a backend service deployed in an on-premises data center":
 * an API of a dedicated instance in Hangzhou has its backend at 192.168.10.5:8080 in the Hangzhou data
 * center, reached through VPC-1 and an Express Connect circuit. The replies go to the instance's egress
 * block, so the CEN needs a cloud-service route and the data center a route back for it. One method per
 * documented step, then the reachability answer.
 */
public final class Scenario3ApiCallsDataCenter {
  private final InMemoryCloud cloud;
  private Vpc vpc1;
  private DataCenter dataCenter;
  private ApiGatewayInstance instance;
  private CenInstance cen;
  private Vbr vbr;
  private Cidr egress;
  private VpcAccess authorization;
  private Api api;

  /** A scenario built in {@code cloud}. */
  Scenario3ApiCallsDataCenter(InMemoryCloud cloud) {
    this.cloud = cloud;
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Scenario 3: access a backend service in an on-premises data center through API Gateway");
    Scenario3ApiCallsDataCenter scenario = new Scenario3ApiCallsDataCenter(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1TheDataCenterAndTheInstance();
    ExampleOutput.done(out, "VPC-1 " + scenario.vpc1.id() + ", data center " + scenario.dataCenter.id() + ", instance " + scenario.instance.id());
    scenario.step1ConnectTheDataCenterToVpc1();
    ExampleOutput.done(out, "step 1: VBR " + scenario.vbr.id() + " and VPC-1 attached to CEN " + scenario.cen.id());
    scenario.step2ConfigureRoutesToAccessCloudServices();
    ExampleOutput.done(out, "step 2: egress block " + scenario.egress + " routed by the CEN and by the data center");
    scenario.step3CreateAVpcAccessAuthorization();
    ExampleOutput.done(out, "step 3: authorization '" + scenario.authorization.name() + "' for 192.168.10.5:8080 in VPC-1");
    scenario.step4CreateAnApi();
    ExampleOutput.done(out, "step 4: API " + scenario.api.id() + " in group " + scenario.api.groupId());

    ReachabilityAnswer answer = scenario.canTheApiReachItsBackend();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario3ApiCallsDataCenter", scenario.cloud.snapshot(), answer);
  }

  /** What the scenario starts from: VPC-1 and the dedicated instance in Hangzhou, and the data center. */
  void beforeYouStartCreateVpc1TheDataCenterAndTheInstance() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    dataCenter = cloud.create(Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5").resolvesCloudDomains());
    instance = cloud.create(Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h"));
  }

  /** Step 1: connect the data center to VPC-1 with an Express Connect circuit and a CEN joining its VBR and VPC-1. */
  void step1ConnectTheDataCenterToVpc1() {
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToExisting(dataCenter)
            .dataCenterRoute("172.16.0.0/16");
    CenSpec cenSpec = line.attachedTo(Cenkit.cen().named("api-mesh").attachExisting(vpc1));
    ApplyResult connected = cloud.apply(cenSpec);
    vbr = connected.resultOf(line);
    cen = connected.resultOf(cenSpec);
  }

  /**
   * Step 2: record the instance's egress address, add the cloud-service route for it in the CEN, and have the
   * data center send traffic for it to the VBR.
   */
  void step2ConfigureRoutesToAccessCloudServices() {
    egress = instance.vpcEgressAddress().orElseThrow();
    cloud.resolveAndRouteServiceInCen(
        r -> r.cenId(cen.id()).host(egress.toString()).hostRegion(CN_HANGZHOU).hostVpcId(vpc1.id())
            .accessRegionIds(List.of(CN_HANGZHOU)));
    cloud.createDataCenterRoute(r -> r.dataCenterId(dataCenter.id()).destination(egress).vbrId(vbr.id()));
  }

  /** Step 3: authorize API Gateway to reach 192.168.10.5:8080 through VPC-1. */
  void step3CreateAVpcAccessAuthorization() {
    authorization = cloud.create(Cenkit.vpcAccess("idc-backend").inExistingVpc(vpc1).ip("192.168.10.5").port(8080));
  }

  /** Step 4: create an API whose backend is the resource in the VPC, and deploy it. */
  void step4CreateAnApi() {
    ApiSpec getStock =
        Cenkit.api("GetStock").get("/stock/{sku}")
            .backend(BackendSpec.vpc(authorization, "/stock"))
            .deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("inventory").onExisting(instance));
    api = cloud.create(getStock);
  }

  /** The question: can the gateway reach the API's backend in the data center, and the replies get back? */
  ReachabilityAnswer canTheApiReachItsBackend() {
    return cloud.reachability().backend(api.id(), Stage.RELEASE);
  }
}
