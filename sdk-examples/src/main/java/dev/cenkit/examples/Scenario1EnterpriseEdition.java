package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;
import java.util.List;

/**
 * Scenario 1 on Enterprise Edition (enterprise-edition.md §5 S1): ecs-3 in VPC-3 (Beijing) calls an API of a
 * dedicated instance in Hangzhou bound to VPC-1, through a transit router in each region and an inter-region
 * connection with bandwidth from a plan. One method per step of the reference, then the reachability answer.
 */
public final class Scenario1EnterpriseEdition {
  private final InMemoryCloud cloud;
  private Vpc vpc1;
  private Vpc vpc3;
  private ApiGatewayInstance instance;
  private ApiGroup group;
  private Api api;
  private CenInstance cen;
  private TransitRouter trH;
  private TransitRouter trB;
  private TransitRouterAttachment c1;
  private TransitRouterAttachment c3;
  private BandwidthPlan plan;
  private TransitRouterAttachment peer;

  /** A scenario built in {@code cloud}. */
  Scenario1EnterpriseEdition(InMemoryCloud cloud) {
    this.cloud = cloud;
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Scenario 1 on Enterprise Edition: VPC-3 calls an API in Hangzhou through transit routers");
    Scenario1EnterpriseEdition s = new Scenario1EnterpriseEdition(InMemoryCloud.create());
    s.beforeYouStartCreateTheVpcsTheApiAndTheCen();
    ExampleOutput.done(out, "VPC-1 " + s.vpc1.id() + ", VPC-3 " + s.vpc3.id() + ", API " + s.api.id() + ", CEN " + s.cen.id());
    s.step1CreateTheTransitRouters();
    ExampleOutput.done(out, "step 1: transit routers " + s.trH.id() + " (cn-hangzhou) and " + s.trB.id() + " (cn-beijing)");
    s.step2ConnectVpc1AndVpc3();
    ExampleOutput.done(out, "step 2: connections " + s.c1.id() + " (VPC-1, two zones) and " + s.c3.id() + " (VPC-3)");
    s.step3BuyABandwidthPlan();
    ExampleOutput.done(out, "step 3: plan " + s.plan.id() + " of 2 Mbit/s, China-China, associated");
    s.step4CreateTheInterRegionConnection();
    ExampleOutput.done(out, "step 4: inter-region connection " + s.peer.id() + " with 2 Mbit/s from the plan");
    s.step5AssociateAndPropagate();
    ExampleOutput.done(out, "step 5: every connection associated with and propagating into its router's system table");
    s.step6LetTheVpcsLearnTheRoutes();
    ExampleOutput.done(out, "step 6: auto-publish on both VPC connections");
    s.step7BindVpc1ToTheInstance();
    ExampleOutput.done(out, "step 7: VPC-1 bound, VPC second-level domain enabled");
    ReachabilityAnswer answer = s.canEcs3CallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario1EnterpriseEdition", s.cloud.snapshot(), answer);
  }

  /** The starting point: VPC-1 (two zones) and VPC-3, the API on a dedicated instance, a CEN (REDUCED). */
  void beforeYouStartCreateTheVpcsTheApiAndTheCen() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
        .vSwitch("cn-hangzhou-h", "172.16.1.0/24").vSwitch("cn-hangzhou-i", "172.16.2.0/24"));
    vpc3 = cloud.create(Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24"));
    FunctionSpec getOrder = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    ApiSpec getOrderApi =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(getOrder)).deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gateway));
    ApplyResult created = cloud.apply(getOrderApi);
    instance = created.resultOf(gateway);
    api = created.resultOf(getOrderApi);
    group = cloud.describeApiGroup(api.groupId()).orElseThrow();
    cen = cloud.createCen(b -> b.name("api-mesh").protectionLevel(ProtectionLevel.REDUCED));
  }

  /** Step 1: OpenTransitRouterService once, then CreateTransitRouter in Hangzhou and in Beijing. */
  void step1CreateTheTransitRouters() {
    cloud.openTransitRouterService();
    trH = cloud.createTransitRouter(b -> b.cenId(cen.id()).regionId(CN_HANGZHOU).transitRouterName("TR-H"));
    trB = cloud.createTransitRouter(b -> b.cenId(cen.id()).regionId(CN_BEIJING).transitRouterName("TR-B"));
  }

  /** Step 2: CreateTransitRouterVpcAttachment for VPC-1 (two vSwitches, two zones) and for VPC-3. */
  void step2ConnectVpc1AndVpc3() {
    c1 = cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(trH.id()).vpcId(vpc1.id()).zoneMappings(zones(vpc1)));
    c3 = cloud.createTransitRouterVpcAttachment(b -> b.transitRouterId(trB.id()).vpcId(vpc3.id()).zoneMappings(zones(vpc3)));
  }

  private List<ZoneMapping> zones(Vpc vpc) {
    return cloud.snapshot().vpc().vSwitchesOf(vpc.id()).stream().map(v -> ZoneMapping.of(v.zoneId(), v.id())).toList();
  }

  /** Step 3: CreateCenBandwidthPackage (China-China, 2 Mbit/s) and AssociateCenBandwidthPackage. */
  void step3BuyABandwidthPlan() {
    BandwidthPlan bought = cloud.createCenBandwidthPackage(b -> b.bandwidth(2).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
    plan = cloud.associateCenBandwidthPackage(cen.id(), bought.id());
  }

  /** Step 4: CreateTransitRouterPeerAttachment on TR-H to TR-B, 2 Mbit/s from the plan. */
  void step4CreateTheInterRegionConnection() {
    peer = cloud.createTransitRouterPeerAttachment(b -> b.transitRouterId(trH.id()).peerTransitRouterId(trB.id())
        .bandwidthType(PeerBandwidthType.BANDWIDTH_PACKAGE).cenBandwidthPackageId(plan.id()).bandwidth(2L));
  }

  /** Step 5: on TR-H associate and propagate c1 and the peer; on TR-B the same for c3 and the peer. */
  void step5AssociateAndPropagate() {
    associateAndPropagate(trH, c1);
    associateAndPropagate(trH, peer);
    associateAndPropagate(trB, c3);
    associateAndPropagate(trB, peer);
  }

  /** Step 5 with one action left out: c1 is associated on TR-H but does not propagate into its table. */
  void step5AssociateAndPropagateLeavingOutVpc1sPropagation() {
    cloud.associateTransitRouterAttachmentWithRouteTable(
        b -> b.transitRouterAttachmentId(c1.id()).transitRouterRouteTableId(trH.systemRouteTableId()));
    associateAndPropagate(trH, peer);
    associateAndPropagate(trB, c3);
    associateAndPropagate(trB, peer);
  }

  /** Step 6 with one action left out: only c1 auto-publishes, so VPC-3 learns no route to VPC-1. */
  void step6LetOnlyVpc1LearnTheRoutes() {
    cloud.updateTransitRouterVpcAttachmentAttribute(b -> b.transitRouterAttachmentId(c1.id()).autoPublishRouteEnabled(true));
  }

  /** Associates a connection with the router's system table and propagates it there. */
  void associateAndPropagate(TransitRouter tr, TransitRouterAttachment c) {
    cloud.associateTransitRouterAttachmentWithRouteTable(
        b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    cloud.enableTransitRouterRouteTablePropagation(
        b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
  }

  /** Step 6: AutoPublishRouteEnabled on c1 and c3, so each VPC learns the other's blocks. */
  void step6LetTheVpcsLearnTheRoutes() {
    for (TransitRouterAttachment c : List.of(c1, c3)) {
      cloud.updateTransitRouterVpcAttachmentAttribute(b -> b.transitRouterAttachmentId(c.id()).autoPublishRouteEnabled(true));
    }
  }

  /** Step 7 (API Gateway side, unchanged from Basic): bind VPC-1 and enable the VPC second-level domain. */
  void step7BindVpc1ToTheInstance() {
    VSwitch vSwitch = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
    cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(vSwitch.id()));
    cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
  }

  /** The question: can ecs-3 (10.3.1.10 in VPC-3) call the API at RELEASE, and the API reach its backend? */
  ReachabilityAnswer canEcs3CallTheApi() {
    return cloud.reachability().fullCall(VpcHost.of(vpc3.id(), "10.3.1.10"), api.id(), Stage.RELEASE);
  }

  /** The cloud the scenario is built in. */
  InMemoryCloud cloud() {
    return cloud;
  }
}
