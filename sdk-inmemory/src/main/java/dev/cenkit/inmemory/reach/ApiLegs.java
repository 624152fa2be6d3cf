package dev.cenkit.inmemory.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpBackend;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.apigateway.VpcBinding;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ApiQuestion;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Leg;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import java.util.List;
import java.util.Optional;

/**
 * The API Gateway checks of an API question: the client's way to the group's VPC domain (shared instance,
 * dedicated instance and its bound VPC, VPC domain, deployment) and the gateway's way to the backend (Function
 * Compute, the Internet, or a VPC access authorization's target with the return path to the egress block).
 */
final class ApiLegs {
  /** Walks a network leg there and back. */
  interface Legs {
    void both(PathBuilder path, Leg leg, Place from, Place to);
  }

  private final Topology topology;
  private final Places places;
  private final Legs legs;

  ApiLegs(Topology topology, Places places, Legs legs) {
    this.topology = topology;
    this.places = places;
    this.legs = legs;
  }

  /** The bound vSwitches asked for so far (the snapshot is fixed, so they are too). */
  private final java.util.Map<dev.cenkit.model.vpc.VSwitchId, Optional<VSwitch>> boundVSwitches =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** An API with its group and the instance hosting the group. */
  record Served(Api api, ApiGroup group, ApiGatewayInstance instance) {}

  /** The API with its group and instance, or the blocker saying which is missing (R61). */
  Optional<Served> served(dev.cenkit.model.apigateway.ApiId apiId, PathBuilder path) {
    Optional<Api> api = topology.snapshot().apiGateway().api(apiId);
    if (api.isEmpty()) {
      path.block(BlockerCode.ENDPOINT_NOT_FOUND, Component.of(ComponentKind.API, apiId.value(), apiId.value(), Optional.empty()),
          RuleId.R61, "API " + apiId + " does not exist, so nothing of it is deployed to any stage", List.of());
      return Optional.empty();
    }
    Optional<ApiGroup> group = topology.snapshot().apiGateway().group(api.get().groupId());
    Optional<ApiGatewayInstance> instance = group.flatMap(g -> topology.snapshot().apiGateway().instance(g.instanceId()));
    if (group.isEmpty() || instance.isEmpty()) {
      path.block(BlockerCode.GROUP_HAS_NO_VALID_INSTANCE, Components.api(api.get()), RuleId.R61,
          "the group of API '" + api.get().name() + "' has no valid instance (runtime I410GG)", List.of());
      return Optional.empty();
    }
    return Optional.of(new Served(api.get(), group.get(), instance.get()));
  }

  void apiQuestion(ApiQuestion q, PathBuilder path) {
    Optional<Served> served = served(q.apiId(), path);
    if (served.isEmpty()) {
      return;
    }
    Api api = served.get().api();
    ApiGroup group = served.get().group();
    ApiGatewayInstance instance = served.get().instance();
    if (q.kind() != ApiQuestion.Kind.API_TO_BACKEND) {
      Optional<Place> client = places.locate(q.client().orElseThrow(), path);
      if (client.isPresent()) {
        clientToApi(path, client.get(), api, group, instance, q.stage());
      }
    }
    if (q.kind() != ApiQuestion.Kind.CLIENT_TO_API) {
      apiToBackend(path, api, group, instance, q.stage());
    }
  }

  private void deployed(PathBuilder path, Api api, ApiGroup group, Stage stage) {
    if (!api.deployedStages().contains(stage)) {
      DeployApiRequest deploy = DeployApiRequest.builder().groupId(group.id()).apiId(api.id()).stageName(stage.name()).build();
      path.block(BlockerCode.API_NOT_DEPLOYED, Components.api(api), RuleId.R61,
          "API '" + api.name() + "' is not deployed to " + stage + " (runtime I404NF)",
          List.of(Fix.of("deploy API '" + api.name() + "' to " + stage, Fixes.of(deploy))));
    }
  }

  private void clientToApi(PathBuilder path, Place client, Api api, ApiGroup group, ApiGatewayInstance instance, Stage stage) {
    groupChecks(path, api, group, stage);
    if (client instanceof InDataCenter && !((InDataCenter) client).dataCenter().resolvesCloudDomains()) {
      path.note(BlockerCode.DNS_NOT_RESOLVABLE_FROM_CLIENT, Components.dataCenter(((InDataCenter) client).dataCenter()), RuleId.D14,
          "data center '" + ((InDataCenter) client).dataCenter().name() + "' declares no way to resolve "
              + group.vpcDomain().orElse("the group's VPC domain") + "; add a DNS forwarder or hosts entry");
    }
    ingress(path, client, instance, clientPort(api));
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    path.hop(Components.group(group), "VPC domain " + group.vpcDomain().orElse("(disabled)"), Optional.of(RuleId.R58), Optional.empty());
    path.hop(Components.api(api), api.requestHttpMethod() + " " + api.requestPath() + " deployed to " + stage, Optional.of(RuleId.R61), Optional.empty());
  }

  /** The checks of the client leg that depend on the API and its group only: VPC domain (R58) and deployment (R61). */
  void groupChecks(PathBuilder path, Api api, ApiGroup group, Stage stage) {
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    if (!group.vpcDomainEnabled()) {
      ModifyIntranetDomainPolicyRequest enable =
          ModifyIntranetDomainPolicyRequest.builder().groupId(group.id()).vpcIntranetEnable(true).build();
      path.block(BlockerCode.VPC_DOMAIN_DISABLED, Components.group(group), RuleId.R58,
          "the VPC second-level domain of group '" + group.name() + "' is not enabled",
          List.of(Fix.of("enable the VPC second-level domain of group '" + group.name() + "'", Fixes.of(enable))));
    }
    deployed(path, api, group, stage);
  }

  /**
   * The port the gateway listens on for calls to {@code api}, which a client's egress rules must allow: 80 for
   * HTTP, 443 for an HTTPS-only API (SD20, SG55).
   */
  static int clientPort(Api api) {
    return api.requestProtocol().listeningPort();
  }

  /**
   * The client's way to the instance's ingress on {@code port}: the shared instance's region rule (R50), or the
   * dedicated instance's bound VPC and the network path there and back (R51, D5). It depends on the client, the
   * instance and the port only, so a matrix computes it once per combination of them.
   */
  void ingress(PathBuilder path, Place client, ApiGatewayInstance instance, int port) {
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    if (!instance.isDedicated()) {
      sharedInstanceIngress(path, client, instance, port);
    } else {
      dedicatedIngress(path, client, instance, port);
    }
  }

  private void sharedInstanceIngress(PathBuilder path, Place client, ApiGatewayInstance instance, int port) {
    if (client instanceof InVpc && ((InVpc) client).vpc().region().equals(instance.region())) {
      InVpc c = (InVpc) client;
      path.hop(c.component(), "source " + c.address());
      path.hop(Components.vpc(c.vpc()), "system route 100.64.0.0/10 to the shared instance's VPC domain", Optional.of(RuleId.R50), Optional.empty());
      path.hop(Components.instance(instance), "shared instance serves VPCs of " + instance.region(), Optional.of(RuleId.R50), Optional.empty());
      // SG55, SD20: the VPC domain answers somewhere in 100.64.0.0/10, on the port of the API's protocol
      new SecurityGroupChecks(topology.snapshot().ecs())
          .clientEgress(path, Leg.CLIENT_TO_API, c, Cidr.CLOUD_SERVICES, dev.cenkit.reach.Protocol.TCP, port);
      return;
    }
    path.block(BlockerCode.CLIENT_REGION_MISMATCH_SHARED_INSTANCE, Components.instance(instance), RuleId.R50,
        "shared instance " + instance.id() + " serves the VPC domain only to VPCs of " + instance.region()
            + "; a client elsewhere needs a dedicated instance bound to a VPC it can reach (R71)",
        List.of());
  }

  private void dedicatedIngress(PathBuilder path, Place client, ApiGatewayInstance instance, int port) {
    Optional<VpcBinding> binding = instance.vpcBinding();
    Optional<Vpc> bound = binding.flatMap(b -> topology.vpc(b.vpcId()));
    if (bound.isEmpty()) {
      Optional<Vpc> candidate = bindingCandidate(client, instance);
      List<Fix> fixes = candidate.flatMap(v -> firstVSwitch(v).map(s -> bindFix(instance, v, s))).map(List::of).orElse(List.of());
      path.block(BlockerCode.INSTANCE_NOT_BOUND_TO_VPC, Components.instance(instance), RuleId.R51,
          "dedicated instance " + instance.id() + " is not bound to a VPC, so its VPC domain resolves nowhere (D5)", fixes);
      if (candidate.isEmpty()) {
        return;
      }
      bound = candidate;
      binding = firstVSwitch(candidate.get())
          .map(s -> VpcBinding.builder().vpcId(candidate.get().id()).vSwitchId(s.id()).ingressAddress(ingressAddress(s)).build());
      if (binding.isEmpty()) {
        return;
      }
    }
    dev.cenkit.model.vpc.VSwitchId boundVSwitch = binding.get().vSwitchId();
    Optional<VSwitch> vsw = Topology.cached(boundVSwitches, boundVSwitch,
        v -> Optional.ofNullable(topology.snapshot().vpc().vSwitches().get(v)));
    if (vsw.isEmpty()) {
      return;
    }
    InVpc ingress = new InVpc(bound.get(), vsw.get(), binding.get().ingressAddress());
    legs.both(path, Leg.CLIENT_TO_API, client, ingress);
    // SG55, SD20: a client instance's egress towards the ingress address on the port of the API's protocol
    new SecurityGroupChecks(topology.snapshot().ecs()).flow(path, Leg.CLIENT_TO_API, client, ingress, dev.cenkit.reach.Protocol.TCP, port);
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    path.hop(Components.instance(instance), "ingress " + ingress.address() + " in bound VPC '" + bound.get().displayName() + "'",
        Optional.of(RuleId.D5), Optional.empty());
  }

  /** Where a candidate binding's ingress address would be, for diagnosing an unbound instance. */
  static Ipv4Address ingressAddress(VSwitch vSwitch) {
    return vSwitch.cidrBlock().address(vSwitch.cidrBlock().size() - 4);
  }

  private Optional<VSwitch> firstVSwitch(Vpc vpc) {
    return topology.snapshot().vpc().firstVSwitchOf(vpc.id());
  }

  private Fix bindFix(ApiGatewayInstance instance, Vpc vpc, VSwitch vsw) {
    ModifyInstanceVpcAttributeForConsoleRequest bind =
        ModifyInstanceVpcAttributeForConsoleRequest.builder()
            .instanceId(instance.id())
            .vpcId(vpc.id())
            .vswitchId(vsw.id())
            .build();
    return Fix.of("bind VPC '" + vpc.displayName() + "' to dedicated instance " + instance.id(), Fixes.of(bind));
  }

  /** The VPC to bind: the client's own if it is in the instance's region, else one there sharing its CEN. */
  private Optional<Vpc> bindingCandidate(Place client, ApiGatewayInstance instance) {
    if (client instanceof InVpc && ((InVpc) client).vpc().region().equals(instance.region())) {
      return Optional.of(((InVpc) client).vpc());
    }
    Optional<dev.cenkit.model.NetworkInstanceId> clientNet =
        client instanceof InVpc ? Optional.of(((InVpc) client).vpc().id())
            : client instanceof InDataCenter ? topology.vbrsOf(((InDataCenter) client).dataCenter()).stream().findFirst().map(v -> (dev.cenkit.model.NetworkInstanceId) v.id())
            : Optional.empty();
    Optional<dev.cenkit.model.cen.CenId> cen = clientNet.flatMap(topology::attachment).map(CenAttachment::cenId);
    return topology.snapshot().vpc().vpcsIn(instance.region()).values().stream()
        .filter(v -> cen.isEmpty() || topology.attachment(v.id()).map(a -> a.cenId().equals(cen.get())).orElse(false))
        .filter(v -> firstVSwitch(v).isPresent())
        .findFirst();
  }

  void apiToBackend(PathBuilder path, Api api, ApiGroup group, ApiGatewayInstance instance, Stage stage) {
    path.on(Leg.API_TO_BACKEND, Direction.FORWARD);
    deployed(path, api, group, stage);
    if (api.backend() instanceof VpcAccessBackend) {
      vpcBackend(path, api, instance, (VpcAccessBackend) api.backend());
    } else if (api.backend() instanceof FunctionComputeBackend) {
      functionBackend(path, api, instance, (FunctionComputeBackend) api.backend());
    } else if (api.backend() instanceof HttpBackend) {
      path.hop(Components.api(api), "HTTP backend " + ((HttpBackend) api.backend()).serviceAddress(), Optional.empty(), Optional.empty());
      path.hop(Component.of(ComponentKind.INTERNET, "internet", "the Internet", Optional.empty()), "reached from the instance's Internet egress");
    } else {
      path.hop(Components.api(api), "mock backend answers", Optional.empty(), Optional.empty());
    }
  }

  private void functionBackend(PathBuilder path, Api api, ApiGatewayInstance instance, FunctionComputeBackend fc) {
    Optional<FcFunction> function =
        fc.functionName().flatMap(name -> topology.snapshot().functionCompute().function(FcFunctionId.of(fc.fcRegion(), fc.serviceName(), name)));
    path.hop(Components.instance(instance), "calls Function Compute in " + fc.fcRegion(), Optional.of(RuleId.R72), Optional.empty());
    if (function.isEmpty()) {
      List<Fix> fixes =
          fc.functionName()
              .map(name -> Fix.of("create function " + name + " in " + fc.fcRegion(),
                  Fixes.of(CreateFunctionRequest.builder().region(fc.fcRegion()).serviceName(fc.serviceName()).functionName(name).build())))
              .map(List::of)
              .orElse(List.of());
      path.block(BlockerCode.FC_FUNCTION_MISSING, Components.api(api), RuleId.R74,
          "the function " + fc.serviceName().map(s -> s + "/").orElse("") + fc.functionName().orElse("(by HTTP trigger)")
              + " of API '" + api.name() + "' does not exist in " + fc.fcRegion(),
          fixes);
      return;
    }
    if (!fc.fcRegion().equals(instance.region())) {
      path.note(BlockerCode.FC_CROSS_REGION_VIA_INTERNET, Components.function(function.get()), RuleId.R72,
          "the function is in " + fc.fcRegion() + " and the instance in " + instance.region() + ": calls go over the Internet");
    }
    path.hop(Components.function(function.get()), fc.fcRegion().equals(instance.region()) ? "internal endpoint, same region" : "over the Internet",
        Optional.of(RuleId.R72), Optional.empty());
  }

  private void vpcBackend(PathBuilder path, Api api, ApiGatewayInstance instance, VpcAccessBackend backend) {
    Optional<VpcAccess> access = topology.snapshot().apiGateway().vpcAccessNamed(api.region(), backend.vpcAccessName());
    if (access.isEmpty()) {
      path.block(BlockerCode.VPC_ACCESS_AUTHORIZATION_MISSING, Components.api(api), RuleId.R65,
          "API '" + api.name() + "' uses the VPC access authorization '" + backend.vpcAccessName() + "', which does not exist in "
              + api.region() + " (R70: removing it broke the API)",
          List.of());
      return;
    }
    VpcAccess auth = access.get();
    Optional<Vpc> va = topology.vpc(auth.vpcId());
    if (va.isEmpty()) {
      path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.vpcAccess(auth), RuleId.R68,
          "the authorized VPC " + auth.vpcId() + " does not exist", List.of());
      return;
    }
    path.hop(Components.vpcAccess(auth), "authorizes " + auth.instanceId() + ":" + auth.port() + " in VPC '" + va.get().displayName() + "'",
        Optional.of(RuleId.R67), Optional.empty());
    Ipv4Address target;
    if (Ipv4Like.isAddress(auth.instanceId())) {
      target = Ipv4Address.of(auth.instanceId());
    } else if (dev.cenkit.model.ecs.EcsInstanceId.KIND.matches(auth.instanceId())) {
      Optional<Ipv4Address> address = ecsTarget(path, auth, va.get());
      if (address.isEmpty()) {
        return;
      }
      target = address.get();
    } else {
      path.hop(Components.vpc(va.get()), "SLB instance " + auth.instanceId() + " in the authorized VPC (not modelled)", Optional.of(RuleId.R67), Optional.empty());
      return;
    }
    Optional<Place> place = places.placeOf(target, va.get());
    if (place.isEmpty()) {
      path.block(BlockerCode.NO_ROUTE, Components.vpcAccess(auth), RuleId.R67,
          "the authorized target " + target + " is in no modelled VPC or data center", List.of());
      return;
    }
    if (place.get() instanceof InDataCenter && !instance.isDedicated()) {
      path.block(BlockerCode.INSTANCE_NOT_DEDICATED, Components.instance(instance), RuleId.R71,
          "a backend in a data center is reached only from a dedicated instance; " + instance.id() + " is shared", List.of());
    }
    Optional<Cidr> egressBlock = instance.vpcEgressAddress()
        .or(() -> topology.snapshot().vpc().firstVSwitchOf(va.get().id()).map(s -> Cidr.of(ingressAddress(s))));
    if (egressBlock.isEmpty()) {
      path.block(BlockerCode.NO_ROUTE, Components.vpcAccess(auth), RuleId.R67,
          "instance " + instance.id() + " has no egress block and the authorized VPC '" + va.get().displayName()
              + "' has no vSwitch, so the gateway has no address to send from",
          List.of());
      return;
    }
    Cidr egress = egressBlock.get();
    AtGateway gateway = new AtGateway(instance, va.get(), egress.address(Math.min(1, egress.size() - 1)));
    legs.both(path, Leg.API_TO_BACKEND, gateway, place.get());
    // SG50, SG51: the backend's groups see the whole egress block, or a vpc_connect instance's interface address
    Cidr source = instance.vpcEgressAddress()
        .orElseGet(() -> instance.vpcIntegration().map(v -> Cidr.of(v.eniAddresses().get(0))).orElse(Cidr.of(gateway.address())));
    new SecurityGroupChecks(topology.snapshot().ecs())
        .flow(path, Leg.API_TO_BACKEND, gateway, source, place.get(), dev.cenkit.reach.Protocol.TCP, auth.port());
  }

  /** SG50, SG57: the ECS instance an authorization names, which must exist in the authorized VPC. */
  private Optional<Ipv4Address> ecsTarget(PathBuilder path, VpcAccess auth, Vpc vpc) {
    Optional<dev.cenkit.model.ecs.EcsInstance> ecs =
        topology.snapshot().ecs().instance(dev.cenkit.model.ecs.EcsInstanceId.of(auth.instanceId()));
    if (ecs.isEmpty()) {
      path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.vpcAccess(auth), RuleId.SG50,
          "the authorized ECS instance " + auth.instanceId() + " does not exist", List.of());
      return Optional.empty();
    }
    if (!ecs.get().vpcId().equals(vpc.id())) {
      path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.vpcAccess(auth), RuleId.SG50,
          "the authorized ECS instance " + auth.instanceId() + " is in " + ecs.get().vpcId() + ", not in the authorized VPC '"
              + vpc.displayName() + "'", List.of());
      return Optional.empty();
    }
    path.hop(Components.vpc(vpc), "ECS instance " + auth.instanceId() + " at " + ecs.get().privateIp() + " in the authorized VPC",
        Optional.of(RuleId.SG57), Optional.empty());
    return Optional.of(ecs.get().privateIp());
  }

  /** Whether a VPC access target is written as an IPv4 address (rather than an instance id). */
  private static final class Ipv4Like {
    static boolean isAddress(String text) {
      return text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
  }
}
