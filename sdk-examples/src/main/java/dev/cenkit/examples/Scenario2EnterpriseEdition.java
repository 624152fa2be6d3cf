package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scenario 2 on Enterprise Edition (enterprise-edition.md §5 S2): a client in the Hangzhou data center calls an
 * API of a dedicated instance in Hangzhou bound to VPC-1, through an Express Connect circuit, its VBR and the
 * Hangzhou transit router. One method per step of the reference, then the reachability answer. Any set of the
 * documented actions ({@link Action}) can be left out, to see the blocker that names it.
 */
public final class Scenario2EnterpriseEdition {
  /** The documented actions of the scenario that a user can forget, in the reference's order. */
  enum Action {
    /** Step 1: the circuit and its VBR (without them there is nothing to connect the data center with). */
    CIRCUIT,
    /** Step 2: CreateTransitRouter in cn-hangzhou (without it, the first connection creates the router, E5). */
    CREATE_ROUTER,
    /** Step 2: connect the VBR to TR-H. */
    CONNECT_VBR,
    /** Step 2: auto-publish on the VBR connection, so the VBR learns the router's routes (E31). */
    AUTO_PUBLISH_VBR,
    /** Step 3: connect VPC-1 to TR-H. */
    CONNECT_VPC1,
    /** Step 4: associate the VBR connection with TR-H's system table. */
    ASSOCIATE_VBR,
    /** Step 4: propagate the VBR connection into TR-H's system table. */
    PROPAGATE_VBR,
    /** Step 4: associate VPC-1's connection with TR-H's system table. */
    ASSOCIATE_VPC1,
    /** Step 4: propagate VPC-1's connection into TR-H's system table. */
    PROPAGATE_VPC1,
    /** Step 5: auto-publish on VPC-1's connection, so VPC-1 learns the data center's prefix. */
    AUTO_PUBLISH_VPC1,
    /** Step 6: the data center's route for VPC-1's ingress block to the VBR. */
    DATA_CENTER_ROUTE,
    /** Step 7: bind VPC-1 to the dedicated instance. */
    BIND_VPC1,
    /** Step 7: enable the group's VPC second-level domain. */
    ENABLE_VPC_DOMAIN
  }

  private final InMemoryCloud cloud;
  private final Set<Action> leftOut;
  private Vpc vpc1;
  private DataCenter dataCenter;
  private ApiGatewayInstance instance;
  private Api api;
  private CenInstance cen;
  private @Nullable Vbr vbr;
  private @Nullable TransitRouter trH;
  private @Nullable TransitRouterAttachment v;
  private @Nullable TransitRouterAttachment c1;

  /** A scenario built in {@code cloud}. */
  Scenario2EnterpriseEdition(InMemoryCloud cloud) {
    this(cloud, EnumSet.noneOf(Action.class));
  }

  /** A scenario built in {@code cloud} without the actions {@code leftOut}. */
  Scenario2EnterpriseEdition(InMemoryCloud cloud, Set<Action> leftOut) {
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
    ExampleOutput.heading(out, "Scenario 2 on Enterprise Edition: a data center calls an API through a VBR connection");
    Scenario2EnterpriseEdition s = new Scenario2EnterpriseEdition(InMemoryCloud.create());
    s.beforeYouStartCreateVpc1TheDataCenterTheApiAndTheCen();
    ExampleOutput.done(out, "VPC-1 " + s.vpc1.id() + ", data center " + s.dataCenter.id() + ", API " + s.api.id()
        + ", CEN " + s.cen.id());
    s.step1EnableTheCircuitAndItsVbr();
    ExampleOutput.done(out, "step 1: circuit " + s.vbr.physicalConnectionId() + " enabled, VBR " + s.vbr.id() + " active");
    s.step2ConnectTheVbr();
    ExampleOutput.done(out, "step 2: transit router " + s.trH.id() + ", VBR connection " + s.v.id() + " with auto-publish");
    s.step3ConnectVpc1();
    ExampleOutput.done(out, "step 3: VPC connection " + s.c1.id() + " (VPC-1, two zones)");
    s.step4AssociateAndPropagate();
    ExampleOutput.done(out, "step 4: both connections associated with and propagating into the system table");
    s.step5LetVpc1LearnTheDataCenterPrefix();
    ExampleOutput.done(out, "step 5: auto-publish on VPC-1's connection");
    s.step6RouteVpc1InTheDataCenter();
    ExampleOutput.done(out, "step 6: the data center routes 172.16.1.0/24 to the VBR");
    s.step7BindVpc1ToTheInstance();
    ExampleOutput.done(out, "step 7: VPC-1 bound, VPC second-level domain enabled");
    ReachabilityAnswer answer = s.canTheDataCenterClientCallTheApi();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario2EnterpriseEdition", s.cloud.snapshot(), answer);
  }

  /** Builds every step but those left out, in order. */
  Scenario2EnterpriseEdition build() {
    beforeYouStartCreateVpc1TheDataCenterTheApiAndTheCen();
    step1EnableTheCircuitAndItsVbr();
    step2ConnectTheVbr();
    step3ConnectVpc1();
    step4AssociateAndPropagate();
    step5LetVpc1LearnTheDataCenterPrefix();
    step6RouteVpc1InTheDataCenter();
    step7BindVpc1ToTheInstance();
    return this;
  }

  private boolean doing(Action action) {
    return !leftOut.contains(action);
  }

  /** The starting point: VPC-1 (two zones), the data center, the API on a dedicated instance, a CEN (REDUCED). */
  void beforeYouStartCreateVpc1TheDataCenterTheApiAndTheCen() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
        .vSwitch("cn-hangzhou-h", "172.16.1.0/24").vSwitch("cn-hangzhou-i", "172.16.2.0/24"));
    dataCenter = cloud.create(
        Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("client", "192.168.10.5").resolvesCloudDomains());
    FunctionSpec getOrder = Cenkit.function(CN_HANGZHOU).named("getOrder");
    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    ApiSpec getOrderApi =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(getOrder)).deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gateway));
    ApplyResult created = cloud.apply(getOrderApi);
    instance = created.resultOf(gateway);
    api = created.resultOf(getOrderApi);
    cen = cloud.createCen(b -> b.name("api-mesh").protectionLevel(ProtectionLevel.REDUCED));
  }

  /** Step 1: the circuit {@code Enabled} and its VBR {@code active} in cn-hangzhou, routing to the data center. */
  void step1EnableTheCircuitAndItsVbr() {
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToExisting(dataCenter);
    if (doing(Action.CIRCUIT)) {
      vbr = cloud.create(line);
    }
  }

  /** Step 2: CreateTransitRouter in cn-hangzhou, then CreateTransitRouterVbrAttachment with auto-publish (E17, E31). */
  void step2ConnectTheVbr() {
    cloud.openTransitRouterService();
    if (doing(Action.CREATE_ROUTER)) {
      trH = cloud.createTransitRouter(b -> b.cenId(cen.id()).regionId(CN_HANGZHOU).transitRouterName("TR-H"));
    }
    if (vbr != null && doing(Action.CONNECT_VBR)) {
      Vbr line = vbr;
      v = cloud.createTransitRouterVbrAttachment(b -> {
        if (trH != null) {
          b.transitRouterId(trH.id());
        } else {
          b.cenId(cen.id()).regionId(CN_HANGZHOU); // E5: the connection creates the router
        }
        b.vbrId(line.id()).autoPublishRouteEnabled(doing(Action.AUTO_PUBLISH_VBR));
      });
      trH = routerOfHangzhou();
    }
  }

  private @Nullable TransitRouter routerOfHangzhou() {
    return cloud.listTransitRouters(cen.id()).stream().filter(r -> r.region().equals(CN_HANGZHOU)).findFirst().orElse(null);
  }

  /** Step 3: CreateTransitRouterVpcAttachment for VPC-1, one vSwitch in each of two zones (E4). */
  void step3ConnectVpc1() {
    List<ZoneMapping> zones = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).stream()
        .map(x -> ZoneMapping.of(x.zoneId(), x.id())).toList();
    if (doing(Action.CONNECT_VPC1)) {
      c1 = cloud.createTransitRouterVpcAttachment(b -> {
        if (trH != null) {
          b.transitRouterId(trH.id());
        } else {
          b.cenId(cen.id()).regionId(CN_HANGZHOU); // E5: the connection creates the router
        }
        b.vpcId(vpc1.id()).zoneMappings(zones);
      });
      trH = routerOfHangzhou();
    }
  }

  /** Step 4: associate the VBR and VPC connections with TR-H's system table and propagate both into it. */
  void step4AssociateAndPropagate() {
    associateAndPropagate(v, Action.ASSOCIATE_VBR, Action.PROPAGATE_VBR);
    associateAndPropagate(c1, Action.ASSOCIATE_VPC1, Action.PROPAGATE_VPC1);
  }

  /** Associates {@code c} with TR-H's system table (E8) and propagates it there (E9), unless left out. */
  private void associateAndPropagate(@Nullable TransitRouterAttachment c, Action associate, Action propagate) {
    if (c == null || trH == null) {
      return;
    }
    TransitRouter tr = trH;
    if (doing(associate)) {
      cloud.associateTransitRouterAttachmentWithRouteTable(
          b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    }
    if (doing(propagate)) {
      cloud.enableTransitRouterRouteTablePropagation(
          b -> b.transitRouterAttachmentId(c.id()).transitRouterRouteTableId(tr.systemRouteTableId()));
    }
  }

  /** Step 5: AutoPublishRouteEnabled on VPC-1's connection, so VPC-1 learns the data center's prefix (E16). */
  void step5LetVpc1LearnTheDataCenterPrefix() {
    if (c1 != null && doing(Action.AUTO_PUBLISH_VPC1)) {
      TransitRouterAttachment c = c1;
      cloud.updateTransitRouterVpcAttachmentAttribute(b -> b.transitRouterAttachmentId(c.id()).autoPublishRouteEnabled(true));
    }
  }

  /** Step 6: the data center's declared route for VPC-1's ingress vSwitch block, towards the VBR (DE14). */
  void step6RouteVpc1InTheDataCenter() {
    if (vbr != null && doing(Action.DATA_CENTER_ROUTE)) {
      Vbr line = vbr;
      cloud.createDataCenterRoute(r -> r.dataCenterId(dataCenter.id()).destination(Cidr.of("172.16.1.0/24")).vbrId(line.id()));
    }
  }

  /** Step 7 (API Gateway side, unchanged from Basic): bind VPC-1 and enable the VPC second-level domain. */
  void step7BindVpc1ToTheInstance() {
    if (doing(Action.BIND_VPC1)) {
      VSwitch vSwitch = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
      cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(vSwitch.id()));
    }
    if (doing(Action.ENABLE_VPC_DOMAIN)) {
      cloud.modifyIntranetDomainPolicy(b -> b.groupId(api.groupId()).vpcIntranetEnable(true));
    }
  }

  /** The question: can the client at 192.168.10.5 in the data center call the API at RELEASE, end to end? */
  ReachabilityAnswer canTheDataCenterClientCallTheApi() {
    return cloud.reachability().fullCall(DataCenterHost.of(dataCenter.id(), "192.168.10.5"), api.id(), Stage.RELEASE);
  }

  /** The cloud the scenario is built in. */
  InMemoryCloud cloud() {
    return cloud;
  }
}
