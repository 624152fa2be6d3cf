package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EcsInstanceSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;

/**
 * Scenario 1 of the scenario document, "Call APIs in another region over a VPC on Alibaba Cloud": ecs-3, an ECS
 * instance in VPC-3 (Beijing) in a basic security group, calls an API of a dedicated API Gateway instance in
 * Hangzhou whose backend is a Function Compute function in Hangzhou. One method per documented step, then the reachability answer.
 */
public final class Scenario1CrossRegionVpc {
  private final InMemoryCloud cloud;
  private Vpc vpc1;
  private Vpc vpc3;
  private EcsInstance ecs3;
  private ApiGatewayInstance instance;
  private ApiGroup group;
  private Api api;
  private CenInstance cen;

  /** A scenario built in {@code cloud}. */
  Scenario1CrossRegionVpc(InMemoryCloud cloud) {
    this.cloud = cloud;
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Scenario 1: call APIs in another region over a VPC on Alibaba Cloud");
    Scenario1CrossRegionVpc scenario = new Scenario1CrossRegionVpc(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1AndVpc3();
    ExampleOutput.done(out, "VPC-1 " + scenario.vpc1.id() + " in Hangzhou, VPC-3 " + scenario.vpc3.id() + " in Beijing");
    scenario.step1CreateAnApi();
    ExampleOutput.done(out, "step 1: API " + scenario.api.id() + " in group " + scenario.group.id() + " on " + scenario.instance.id());
    scenario.step2CreateACenInstance();
    ExampleOutput.done(out, "step 2: CEN " + scenario.cen.id());
    scenario.step3AttachVpcInstances();
    ExampleOutput.done(out, "step 3: VPC-1 and VPC-3 attached");
    scenario.step4ConfigureABandwidthPlan();
    ExampleOutput.done(out, "step 4: 2 Mbit/s between cn-hangzhou and cn-beijing");
    scenario.step5GrantVpc1AccessToTheApiGatewayInstance();
    ExampleOutput.done(out, "step 5: VPC-1 bound, VPC second-level domain enabled");

    ReachabilityAnswer answer = scenario.canEcs3CallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario1CrossRegionVpc", scenario.cloud.snapshot(), answer);
  }

  /** The VPCs the scenario starts from: VPC-1 next to the instance in Hangzhou, VPC-3 with ecs-3 in Beijing. */
  void beforeYouStartCreateVpc1AndVpc3() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    vpc3 = cloud.create(Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24"));
    VSwitch beijing = cloud.snapshot().vpc().vSwitchesOf(vpc3.id()).get(0);
    EcsInstanceSpec ecs3Spec =
        Cenkit.ecsInstance("ecs-3").in(beijing).privateIp("10.3.1.10")
            .securityGroup(Cenkit.securityGroup().named("ecs-3-sg").in(vpc3)); // basic: all egress allowed (SG10)
    ApplyResult ran = cloud.apply(ecs3Spec);
    ecs3 = ran.snapshot().ecs().instance(ran.id(ecs3Spec.ref())).orElseThrow();
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
    group = cloud.describeApiGroup(api.groupId()).orElseThrow();
  }

  /** Step 2: create a CEN instance. */
  void step2CreateACenInstance() {
    cen = cloud.create(Cenkit.cen().named("api-mesh"));
  }

  /** Step 3: attach VPC-1 and VPC-3 to the CEN instance. */
  void step3AttachVpcInstances() {
    attachToTheCen(vpc1);
    attachToTheCen(vpc3);
  }

  /** Attaches one VPC to the CEN instance of step 2. */
  void attachToTheCen(Vpc vpc) {
    cloud.attachCenChildInstance(a -> a.cenId(cen.id()).childInstanceId(vpc.id()).childInstanceRegion(vpc.region()));
  }

  /** Step 4: buy a 2 Mbit/s bandwidth plan and allocate it to the Hangzhou-Beijing region pair. */
  void step4ConfigureABandwidthPlan() {
    cloud.apply(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2).forCen(cen.id()));
  }

  /** Step 5: bind VPC-1 to the dedicated instance, and enable the group's VPC second-level domain. */
  void step5GrantVpc1AccessToTheApiGatewayInstance() {
    bindVpc1ToTheInstance();
    enableTheVpcSecondLevelDomain();
  }

  /** Step 5, first half: "Bind to VPC" on the Instances page, selecting VPC-1 (and its vSwitch). */
  void bindVpc1ToTheInstance() {
    VSwitch vSwitch = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
    cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(vSwitch.id()));
  }

  /** Step 5, second half: "Enable VPC Second-level Domain" on the group's details page. */
  void enableTheVpcSecondLevelDomain() {
    cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
  }

  /** The question: can ecs-3 (10.3.1.10 in VPC-3, in its group) call the API at RELEASE, and the API reach its backend? */
  ReachabilityAnswer canEcs3CallTheApi() {
    return cloud.reachability().fullCall(EcsHost.of(ecs3), api.id(), Stage.RELEASE);
  }

  /** VPC-1, once created. */
  Vpc vpc1() {
    return vpc1;
  }

  /** The cloud the scenario is built in. */
  InMemoryCloud cloud() {
    return cloud;
  }
}
