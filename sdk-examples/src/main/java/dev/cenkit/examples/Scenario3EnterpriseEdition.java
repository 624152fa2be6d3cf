package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scenario 3 on Enterprise Edition (enterprise-edition.md §5 S3): an API of a dedicated instance in Hangzhou
 * has its backend at 192.168.10.5:8080 in the Hangzhou data center, reached through VPC-1, the Hangzhou
 * transit router and a VBR connection. The replies go to the instance's egress block: the Basic cloud-service
 * route is refused on Enterprise routers, so a static entry in the router's system table sends the block to
 * VPC-1's connection (DE1). One method per step of the reference, then the reachability answer. Any set of the
 * documented actions ({@link Action}) can be left out, to see the blocker that names it.
 */
public final class Scenario3EnterpriseEdition {
  /** The documented actions of the scenario that a user can forget, in the reference's order. */
  enum Action {
    /** Step 1: the circuit and its VBR (without them there is nothing to reach the data center with). */
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
    /** Step 4: propagate VPC-1's connection into TR-H's system table (the replies use the static entry instead). */
    PROPAGATE_VPC1,
    /** Step 5: auto-publish on VPC-1's connection, so VPC-1 learns the data center's prefix. */
    AUTO_PUBLISH_VPC1,
    /** Step 6: the static entry for the gateway's egress block to VPC-1's connection (DE1). */
    RETURN_ROUTE,
    /** Step 7: the data center's route for the egress block to the VBR. */
    DATA_CENTER_EGRESS_ROUTE,
    /** Step 9 (part): deploy the API to RELEASE. */
    DEPLOY_API
  }

  private final InMemoryCloud cloud;
  private final Set<Action> leftOut;
  private Vpc vpc1;
  private DataCenter dataCenter;
  private ApiGatewayInstance instance;
  private CenInstance cen;
  private @Nullable Vbr vbr;
  private @Nullable TransitRouter trH;
  private @Nullable TransitRouterAttachment v;
  private @Nullable TransitRouterAttachment c1;
  private Cidr egress;
  private @Nullable TransitRouterRouteEntry returnRoute;
  private VpcAccess authorization;
  private Api api;

  /** A scenario built in {@code cloud}. */
  Scenario3EnterpriseEdition(InMemoryCloud cloud) {
    this(cloud, EnumSet.noneOf(Action.class));
  }

  /** A scenario built in {@code cloud} without the actions {@code leftOut}. */
  Scenario3EnterpriseEdition(InMemoryCloud cloud, Set<Action> leftOut) {
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
    ExampleOutput.heading(out, "Scenario 3 on Enterprise Edition: an API reaches its backend in a data center through a transit router");
    Scenario3EnterpriseEdition s = new Scenario3EnterpriseEdition(InMemoryCloud.create());
    s.beforeYouStartCreateVpc1TheDataCenterTheInstanceAndTheCen();
    ExampleOutput.done(out, "VPC-1 " + s.vpc1.id() + ", data center " + s.dataCenter.id() + ", instance " + s.instance.id()
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
    try {
      s.theBasicCloudServiceRoute();
    } catch (CenkitException e) {
      ExampleOutput.rejected(out, "the Basic cloud-service route", e);
    }
    s.step6RouteTheGatewayEgressToVpc1();
    ExampleOutput.done(out, "step 6: egress block " + s.egress + " -> " + s.c1.id() + " in the system table (entry "
        + s.returnRoute.id().map(Object::toString).orElse("?") + ")");
    s.step7RouteTheEgressInTheDataCenter();
    ExampleOutput.done(out, "step 7: the data center routes " + s.egress + " to the VBR");
    s.step8CreateAVpcAccessAuthorization();
    ExampleOutput.done(out, "step 8: authorization '" + s.authorization.name() + "' for 192.168.10.5:8080 in VPC-1");
    s.step9CreateAnApi();
    ExampleOutput.done(out, "step 9: API " + s.api.id() + " in group " + s.api.groupId());
    ReachabilityAnswer answer = s.canTheApiReachItsBackend();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario3EnterpriseEdition", s.cloud.snapshot(), answer);
  }

  /** Builds every step but those left out, in order. */
  Scenario3EnterpriseEdition build() {
    beforeYouStartCreateVpc1TheDataCenterTheInstanceAndTheCen();
    step1EnableTheCircuitAndItsVbr();
    step2ConnectTheVbr();
    step3ConnectVpc1();
    step4AssociateAndPropagate();
    step5LetVpc1LearnTheDataCenterPrefix();
    step6RouteTheGatewayEgressToVpc1();
    step7RouteTheEgressInTheDataCenter();
    step8CreateAVpcAccessAuthorization();
    step9CreateAnApi();
    return this;
  }

  private boolean doing(Action action) {
    return !leftOut.contains(action);
  }

  /** The starting point: VPC-1 (two zones) and the dedicated instance in Hangzhou, the data center, a CEN. */
  void beforeYouStartCreateVpc1TheDataCenterTheInstanceAndTheCen() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
        .vSwitch("cn-hangzhou-h", "172.16.1.0/24").vSwitch("cn-hangzhou-i", "172.16.2.0/24"));
    dataCenter = cloud.create(
        Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5").resolvesCloudDomains());
    instance = cloud.create(Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h"));
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

  /** What Basic Edition does for the replies (catalog R31): ResolveAndRouteServiceInCen, refused here (DE1, E23). */
  void theBasicCloudServiceRoute() {
    Cidr block = instance.vpcEgressAddress().orElseThrow();
    cloud.resolveAndRouteServiceInCen(
        r -> r.cenId(cen.id()).host(block.toString()).hostRegion(CN_HANGZHOU).hostVpcId(vpc1.id())
            .accessRegionIds(List.of(CN_HANGZHOU)));
  }

  /**
   * Step 6: CreateTransitRouterRouteEntry in the table the VBR connection is associated with: the instance's
   * egress block to VPC-1's connection, where VPC-1's system route delivers it to the gateway (DE1).
   */
  void step6RouteTheGatewayEgressToVpc1() {
    egress = instance.vpcEgressAddress().orElseThrow();
    if (trH != null && c1 != null && doing(Action.RETURN_ROUTE)) {
      TransitRouter tr = trH;
      TransitRouterAttachment c = c1;
      returnRoute = cloud.createTransitRouterRouteEntry(b -> b.transitRouterRouteTableId(tr.systemRouteTableId())
          .transitRouterRouteEntryDestinationCidrBlock(egress.toString())
          .transitRouterRouteEntryNextHopType(TransitRouterNextHopType.ATTACHMENT)
          .transitRouterRouteEntryNextHopId(c.id()));
    }
  }

  /** Step 7: the data center's declared route for the egress block, towards the VBR (DE14). */
  void step7RouteTheEgressInTheDataCenter() {
    if (vbr != null && doing(Action.DATA_CENTER_EGRESS_ROUTE)) {
      Vbr line = vbr;
      cloud.createDataCenterRoute(r -> r.dataCenterId(dataCenter.id()).destination(egress).vbrId(line.id()));
    }
  }

  /** Step 8 (unchanged from Basic): authorize API Gateway to reach 192.168.10.5:8080 through VPC-1. */
  void step8CreateAVpcAccessAuthorization() {
    authorization = cloud.create(Cenkit.vpcAccess("idc-backend").inExistingVpc(vpc1).ip("192.168.10.5").port(8080));
  }

  /** Step 9 (unchanged from Basic): an API whose backend is the resource in the VPC, deployed to RELEASE. */
  void step9CreateAnApi() {
    ApiSpec getStock = Cenkit.api("GetStock").get("/stock/{sku}").backend(BackendSpec.vpc(authorization, "/stock"));
    if (doing(Action.DEPLOY_API)) {
      getStock = getStock.deployTo(Stage.RELEASE);
    }
    getStock = getStock.inNew(Cenkit.apiGroup("inventory").onExisting(instance));
    api = cloud.create(getStock);
  }

  /** The question: can the gateway reach the API's backend in the data center, and the replies get back? */
  ReachabilityAnswer canTheApiReachItsBackend() {
    return cloud.reachability().backend(api.id(), Stage.RELEASE);
  }

  /** The cloud the scenario is built in. */
  InMemoryCloud cloud() {
    return cloud;
  }
}
