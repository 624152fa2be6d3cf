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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scenario 1 on Enterprise Edition (enterprise-edition.md §5 S1): ecs-3 in VPC-3 (Beijing) calls an API of a
 * dedicated instance in Hangzhou bound to VPC-1, through a transit router in each region and an inter-region
 * connection with bandwidth from a plan. One method per step of the reference, then the reachability answer.
 * Any set of the documented actions ({@link Action}) can be left out, to see the blocker that names it.
 */
public final class Scenario1EnterpriseEdition {
  /** The documented actions of the scenario that a user can forget, in the reference's order. */
  enum Action {
    /** Step 1: CreateTransitRouter in both regions (without it, step 2 creates the routers, E5). */
    CREATE_ROUTERS,
    /** Step 2: connect VPC-1 to TR-H. */
    CONNECT_VPC1,
    /** Step 2: connect VPC-3 to TR-B. */
    CONNECT_VPC3,
    /** Step 3: buy the China-China plan and associate it (the inter-region connection then has no bandwidth). */
    BANDWIDTH_PLAN,
    /** Step 4: the inter-region connection TR-H to TR-B. */
    PEER_CONNECTION,
    /** Step 5: associate VPC-1's connection with TR-H's system table. */
    ASSOCIATE_VPC1,
    /** Step 5: propagate VPC-1's connection into TR-H's system table. */
    PROPAGATE_VPC1,
    /** Step 5: associate the inter-region connection with TR-H's system table. */
    ASSOCIATE_PEER_ON_H,
    /** Step 5: propagate the inter-region connection into TR-H's system table. */
    PROPAGATE_PEER_ON_H,
    /** Step 5: associate VPC-3's connection with TR-B's system table. */
    ASSOCIATE_VPC3,
    /** Step 5: propagate VPC-3's connection into TR-B's system table. */
    PROPAGATE_VPC3,
    /** Step 5: associate the inter-region connection with TR-B's system table. */
    ASSOCIATE_PEER_ON_B,
    /** Step 5: propagate the inter-region connection into TR-B's system table. */
    PROPAGATE_PEER_ON_B,
    /** Step 6: auto-publish on VPC-1's connection. */
    AUTO_PUBLISH_VPC1,
    /** Step 6: auto-publish on VPC-3's connection. */
    AUTO_PUBLISH_VPC3,
    /** Step 7: bind VPC-1 to the dedicated instance. */
    BIND_VPC1,
    /** Step 7: enable the group's VPC second-level domain. */
    ENABLE_VPC_DOMAIN
  }

  private final InMemoryCloud cloud;
  private final Set<Action> leftOut;
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
    this(cloud, EnumSet.noneOf(Action.class));
  }

  /** A scenario built in {@code cloud} without the actions {@code leftOut}. */
  Scenario1EnterpriseEdition(InMemoryCloud cloud, Set<Action> leftOut) {
    this.cloud = cloud;
    this.leftOut = EnumSet.noneOf(Action.class);
    this.leftOut.addAll(leftOut);
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

  /** Builds every step but those left out, in order. */
  Scenario1EnterpriseEdition build() {
    beforeYouStartCreateTheVpcsTheApiAndTheCen();
    step1CreateTheTransitRouters();
    step2ConnectVpc1AndVpc3();
    step3BuyABandwidthPlan();
    step4CreateTheInterRegionConnection();
    step5AssociateAndPropagate();
    step6LetTheVpcsLearnTheRoutes();
    step7BindVpc1ToTheInstance();
    return this;
  }

  private boolean doing(Action action) {
    return !leftOut.contains(action);
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
    if (doing(Action.CREATE_ROUTERS)) {
      trH = cloud.createTransitRouter(b -> b.cenId(cen.id()).regionId(CN_HANGZHOU).transitRouterName("TR-H"));
      trB = cloud.createTransitRouter(b -> b.cenId(cen.id()).regionId(CN_BEIJING).transitRouterName("TR-B"));
    }
  }

  /**
   * Step 2: CreateTransitRouterVpcAttachment for VPC-1 (two vSwitches, two zones) and for VPC-3; without step 1
   * the connections name the CEN and region, and the routers are created with them (E5).
   */
  void step2ConnectVpc1AndVpc3() {
    if (doing(Action.CONNECT_VPC1)) {
      c1 = connect(vpc1, trH);
    }
    if (doing(Action.CONNECT_VPC3)) {
      c3 = connect(vpc3, trB);
    }
    trH = routerOf(CN_HANGZHOU);
    trB = routerOf(CN_BEIJING);
  }

  private TransitRouterAttachment connect(Vpc vpc, @Nullable TransitRouter tr) {
    List<ZoneMapping> zones = zones(vpc);
    return cloud.createTransitRouterVpcAttachment(b -> {
      if (tr != null) {
        b.transitRouterId(tr.id());
      } else {
        b.cenId(cen.id()).regionId(vpc.region());
      }
      b.vpcId(vpc.id()).zoneMappings(zones);
    });
  }

  private @Nullable TransitRouter routerOf(dev.cenkit.model.RegionId region) {
    return cloud.listTransitRouters(cen.id()).stream().filter(r -> r.region().equals(region)).findFirst().orElse(null);
  }

  private List<ZoneMapping> zones(Vpc vpc) {
    return cloud.snapshot().vpc().vSwitchesOf(vpc.id()).stream().map(v -> ZoneMapping.of(v.zoneId(), v.id())).toList();
  }

  /** Step 3: CreateCenBandwidthPackage (China-China, 2 Mbit/s) and AssociateCenBandwidthPackage. */
  void step3BuyABandwidthPlan() {
    if (doing(Action.BANDWIDTH_PLAN)) {
      BandwidthPlan bought = cloud.createCenBandwidthPackage(b -> b.bandwidth(2).geographicRegionA(Area.CHINA).geographicRegionB(Area.CHINA));
      plan = cloud.associateCenBandwidthPackage(cen.id(), bought.id());
    }
  }

  /** Step 4: CreateTransitRouterPeerAttachment on TR-H to TR-B, 2 Mbit/s from the plan (none without step 3). */
  void step4CreateTheInterRegionConnection() {
    if (doing(Action.PEER_CONNECTION) && trH != null && trB != null) {
      peer = cloud.createTransitRouterPeerAttachment(b -> {
        b.transitRouterId(trH.id()).peerTransitRouterId(trB.id());
        if (plan != null) {
          b.bandwidthType(PeerBandwidthType.BANDWIDTH_PACKAGE).cenBandwidthPackageId(plan.id()).bandwidth(2L);
        }
      });
    }
  }

  /** Step 5: on TR-H associate and propagate c1 and the peer; on TR-B the same for c3 and the peer. */
  void step5AssociateAndPropagate() {
    associateAndPropagate(trH, c1, Action.ASSOCIATE_VPC1, Action.PROPAGATE_VPC1);
    associateAndPropagate(trH, peer, Action.ASSOCIATE_PEER_ON_H, Action.PROPAGATE_PEER_ON_H);
    associateAndPropagate(trB, c3, Action.ASSOCIATE_VPC3, Action.PROPAGATE_VPC3);
    associateAndPropagate(trB, peer, Action.ASSOCIATE_PEER_ON_B, Action.PROPAGATE_PEER_ON_B);
  }

  /** Associates a connection with the router's system table and propagates it there, unless left out. */
  private void associateAndPropagate(TransitRouter tr, @Nullable TransitRouterAttachment c, Action associate, Action propagate) {
    if (c == null) {
      return;
    }
    if (doing(associate)) {
      cloud.associateTransitRouterAttachmentWithRouteTable(
          b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    }
    if (doing(propagate)) {
      cloud.enableTransitRouterRouteTablePropagation(
          b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    }
  }

  /** Step 6: AutoPublishRouteEnabled on c1 and c3, so each VPC learns the other's blocks. */
  void step6LetTheVpcsLearnTheRoutes() {
    autoPublish(c1, Action.AUTO_PUBLISH_VPC1);
    autoPublish(c3, Action.AUTO_PUBLISH_VPC3);
  }

  private void autoPublish(@Nullable TransitRouterAttachment c, Action action) {
    if (c != null && doing(action)) {
      cloud.updateTransitRouterVpcAttachmentAttribute(b -> b.transitRouterAttachmentId(c.id()).autoPublishRouteEnabled(true));
    }
  }

  /** Step 7 (API Gateway side, unchanged from Basic): bind VPC-1 and enable the VPC second-level domain. */
  void step7BindVpc1ToTheInstance() {
    if (doing(Action.BIND_VPC1)) {
      VSwitch vSwitch = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
      cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(vSwitch.id()));
    }
    if (doing(Action.ENABLE_VPC_DOMAIN)) {
      cloud.modifyIntranetDomainPolicy(b -> b.groupId(group.id()).vpcIntranetEnable(true));
    }
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
