package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;

/**
 * Scenario 2 of the scenario document, "Call APIs in Alibaba Cloud from an on-premises data center": a client
 * in the Hangzhou data center calls an API of a dedicated instance in Hangzhou, over an Express Connect
 * circuit and VPC-1; the backend is a Function Compute function. One method per documented step, then the
 * reachability answer.
 */
public final class Scenario2DataCenterCallsApi {
  private final InMemoryCloud cloud;
  private Vpc vpc1;
  private DataCenter dataCenter;
  private ApiGatewayInstance instance;
  private Api api;
  private Vbr vbr;

  /** A scenario built in {@code cloud}. */
  Scenario2DataCenterCallsApi(InMemoryCloud cloud) {
    this.cloud = cloud;
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Scenario 2: call APIs in Alibaba Cloud from an on-premises data center");
    Scenario2DataCenterCallsApi scenario = new Scenario2DataCenterCallsApi(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1AndDescribeTheDataCenter();
    ExampleOutput.done(out, "VPC-1 " + scenario.vpc1.id() + " in Hangzhou, data center " + scenario.dataCenter.id());
    scenario.step1CreateAnApi();
    ExampleOutput.done(out, "step 1: API " + scenario.api.id() + " in group " + scenario.api.groupId() + " on " + scenario.instance.id());
    scenario.step2ConnectTheDataCenterToVpc1();
    ExampleOutput.done(out, "step 2: circuit " + scenario.vbr.physicalConnectionId() + ", VBR " + scenario.vbr.id() + " attached with VPC-1 to a CEN");
    scenario.step3GrantVpc1AccessToTheApiGatewayInstance();
    ExampleOutput.done(out, "step 3: VPC-1 bound, VPC second-level domain enabled");

    ReachabilityAnswer answer = scenario.canTheDataCenterClientCallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario2DataCenterCallsApi", scenario.cloud.snapshot(), answer);
  }

  /** What the scenario starts from: VPC-1 in Hangzhou, and the data center with its client and address block. */
  void beforeYouStartCreateVpc1AndDescribeTheDataCenter() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    dataCenter = cloud.create(Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("client", "192.168.10.5").resolvesCloudDomains());
  }

  /** Step 1: create an API that uses Function Compute as the backend service, on a dedicated instance. */
  void step1CreateAnApi() {
    FunctionSpec getOrder = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    ApiSpec getOrderApi =
        Cenkit.api("GetOrder").get("/orders/{id}")
            .backend(Cenkit.functionBackend(getOrder))
            .deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gateway));
    ApplyResult created = cloud.apply(getOrderApi);
    instance = created.resultOf(gateway);
    api = created.resultOf(getOrderApi);
  }

  /**
   * Step 2: connect the data center to VPC-1 with an Express Connect circuit: the circuit and its VBR, the
   * data center's route for VPC-1's block towards the VBR, and a CEN joining the VBR and VPC-1.
   */
  void step2ConnectTheDataCenterToVpc1() {
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToExisting(dataCenter)
            .dataCenterRoute("172.16.0.0/16");
    CenSpec cen = line.attachedTo(Cenkit.cen().named("api-mesh").attachExisting(vpc1));
    vbr = cloud.apply(cen).resultOf(line);
  }

  /** Step 3: as step 5 of scenario 1, bind VPC-1 to the instance and enable the group's VPC domain. */
  void step3GrantVpc1AccessToTheApiGatewayInstance() {
    VSwitch vSwitch = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
    cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(vSwitch.id()));
    cloud.modifyIntranetDomainPolicy(b -> b.groupId(api.groupId()).vpcIntranetEnable(true));
  }

  /** The question: can the client at 192.168.10.5 in the data center call the API at RELEASE, end to end? */
  ReachabilityAnswer canTheDataCenterClientCallTheApi() {
    return cloud.reachability().fullCall(DataCenterHost.of(dataCenter.id(), "192.168.10.5"), api.id(), Stage.RELEASE);
  }
}
