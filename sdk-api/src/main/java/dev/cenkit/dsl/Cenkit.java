package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.vpc.Vpc;

/**
 * The one way in: every description of a new resource starts here. Import it statically, or call it by name:
 *
 * <pre>{@code
 * import static dev.cenkit.dsl.Cenkit.*;
 *
 * VpcSpec vpc1 = vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
 * VpcSpec vpc3 = vpc(CN_BEIJING).named("VPC-3").cidr("10.0.0.0/16").vSwitch("cn-beijing-h", "10.0.1.0/24");
 * CenSpec mesh = cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3)
 *     .bandwidth(bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2));
 * cloud.apply(mesh);
 * }</pre>
 *
 * Each factory returns an immutable builder whose end result is a spec ({@link dev.cenkit.spi.SpecSource}) that
 * a {@link dev.cenkit.spi.CloudProvider} applies all or nothing. The model types ({@link Vpc},
 * {@link dev.cenkit.model.cen.CenInstance}…) are what a provider returns; their {@code builder()} is for
 * providers and tests, not for describing resources to create.
 */
public final class Cenkit {
  private Cenkit() {}

  // --- VPC ---

  /** Starts the description of a new VPC in {@code region}; a name may follow, the CIDR block completes it. */
  public static VpcSpec.Definition vpc(RegionId region) {
    return VpcSpec.in(region);
  }

  // --- CEN ---

  /** Starts the description of a new CEN instance. */
  public static CenSpec cen() {
    return CenSpec.create();
  }

  /**
   * Attaches an existing VPC to an existing CEN ({@code AttachCenChildInstance}). A VPC of another account than the
   * default one is attached naming its owner ({@code ChildInstanceOwnerId}), which must have granted it to this CEN
   * first ({@code GrantInstanceToCen}, R8); apply the spec as the CEN's owner.
   */
  public static dev.cenkit.spi.Spec attachExisting(dev.cenkit.model.cen.CenId cen, Vpc vpc) {
    return CenSpec.attachment(cen, vpc);
  }

  /**
   * Starts the description of a new Enterprise Edition CEN: transit routers, their connections, associations,
   * propagations and inter-region connections (enterprise-edition.md).
   */
  public static EnterpriseCenSpec enterpriseCen() {
    return EnterpriseCenSpec.create();
  }

  /** A VPC connection to the transit router of the VPC's region, for {@link EnterpriseCenSpec#connect}. */
  public static VpcConnectionSpec vpcConnection(VpcSpec vpc) {
    return VpcConnectionSpec.of(vpc);
  }

  /** An inter-region connection between the routers of two regions, for {@link EnterpriseCenSpec#peer}. */
  public static PeerConnectionSpec peerConnection(RegionId local, RegionId peer) {
    return PeerConnectionSpec.between(local, peer);
  }

  /** Starts a new bandwidth plan of {@code mbps} Mbit/s (2 to 10000, R13), for {@link CenSpec#bandwidth}. */
  public static BandwidthPlanSpec.Sized bandwidthPlan(long mbps) {
    return BandwidthPlanSpec.of(mbps);
  }

  // --- Express Connect ---

  /** Starts the description of a new data center (IDC) named {@code name} (R4). */
  public static DataCenterSpec dataCenter(String name) {
    return DataCenterSpec.named(name);
  }

  /** Starts the description of a new physical connection (circuit) with a VBR. */
  public static ExpressConnectSpec.Start circuit() {
    return ExpressConnectSpec.start();
  }

  /** Starts the description of a new VBR on VLAN {@code vlanId}, for {@code circuit()…vbr(…)}. */
  public static VbrSpec vbr(int vlanId) {
    return VbrSpec.vlan(vlanId);
  }

  /** Starts a new router-interface pair between a VBR that a spec creates and a VPC that a spec creates. */
  public static RouterInterfaceSpec routerInterfaces(ExpressConnectSpec vbr, VpcSpec vpc) {
    Checks.required(vbr, "VBR spec");
    Checks.required(vpc, "VPC spec");
    return RouterInterfaceSpec.between(vbr, vpc);
  }

  /** Starts a new router-interface pair between an existing VBR and an existing VPC. */
  public static RouterInterfaceSpec routerInterfacesBetweenExisting(Vbr vbr, Vpc vpc) {
    Checks.required(vbr, "VBR");
    Checks.required(vpc, "VPC");
    return RouterInterfaceSpec.between(vbr, vpc);
  }

  // --- Function Compute ---

  /** Starts the description of a new function in {@code region}. */
  public static FunctionSpec.Definition function(RegionId region) {
    return FunctionSpec.in(region);
  }

  /** An event-invocation API backend of a function that the spec creates (its step comes first). */
  public static FunctionBackendSpec functionBackend(FunctionSpec function) {
    return FunctionBackendSpec.function(function);
  }

  /** An event-invocation API backend of an existing function. */
  public static FunctionBackendSpec existingFunctionBackend(FcFunction function) {
    return FunctionBackendSpec.function(function);
  }

  /** An HTTP-trigger API backend at {@code baseUrl} (R74). */
  public static FunctionBackendSpec httpTriggerBackend(
      RegionId region, String baseUrl, String path, HttpMethod method) {
    return FunctionBackendSpec.httpTrigger(region, baseUrl, path, method);
  }

  // --- API Gateway ---

  /** Starts the description of a new conventional ({@code normal}) dedicated API Gateway instance. */
  public static ApiGatewaySpec.Kind dedicatedGateway() {
    return new ApiGatewaySpec.Kind(ApiGatewayInstanceType.VPC_DEDICATED, DedicatedInstanceType.NORMAL);
  }

  /** Starts the description of a new VPC-integration ({@code vpc_connect}) dedicated instance (R53, R55). */
  public static ApiGatewaySpec.Kind vpcIntegrationGateway() {
    return new ApiGatewaySpec.Kind(ApiGatewayInstanceType.VPC_DEDICATED, DedicatedInstanceType.VPC_CONNECT);
  }

  /**
   * The shared API Gateway instance {@code region} already has (R49, e.g. {@code api-shared-vpc-001} in
   * cn-hangzhou): a group on it needs no instance created first.
   */
  public static ApiGatewaySpec sharedGateway(RegionId region) {
    return ApiGatewaySpec.shared(region);
  }

  /** Starts the description of a new API group named {@code name} (R4). */
  public static ApiGroupSpec.Definition apiGroup(String name) {
    return ApiGroupSpec.named(name);
  }

  /** Starts the description of a new API named {@code name} (R60). */
  public static ApiSpec.Definition api(String name) {
    return ApiSpec.named(name);
  }

  /** Starts the description of a new VPC access authorization named {@code name}. */
  public static VpcAccessSpec vpcAccess(String name) {
    return VpcAccessSpec.named(name);
  }

  // --- ECS ---

  /**
   * Starts the description of a new ECS instance named {@code name}: its vSwitch, then optionally its private IP,
   * and at least one security group.
   *
   * <pre>{@code
   * EcsInstanceSpec ecs3 = ecsInstance("ecs-3").in(vpc3, 0).privateIp("10.3.1.10").securityGroup(clients);
   * }</pre>
   */
  public static EcsInstanceSpec.Definition ecsInstance(String name) {
    return EcsInstanceSpec.named(name);
  }

  /**
   * Starts the description of a new security group (basic unless {@code enterprise()} follows); its VPC completes
   * it, rules follow.
   *
   * <pre>{@code
   * SecurityGroupSpec web = securityGroup().named("web").in(vpc1).allowIngress(tcp(443)).from("10.0.0.0/8");
   * }</pre>
   */
  public static SecurityGroupSpec.Definition securityGroup() {
    return SecurityGroupSpec.define();
  }

  /** TCP to one port, for security group rules. */
  public static Traffic tcp(int port) {
    return Traffic.tcp(port);
  }

  /** TCP to the ports {@code from} to {@code to}, for security group rules. */
  public static Traffic tcp(int from, int to) {
    return Traffic.tcp(from, to);
  }

  /** UDP to one port, for security group rules. */
  public static Traffic udp(int port) {
    return Traffic.udp(port);
  }

  /** ICMP, for security group rules. */
  public static Traffic icmp() {
    return Traffic.icmp();
  }

  /** Every protocol and port, for security group rules. */
  public static Traffic allTraffic() {
    return Traffic.all();
  }
}
