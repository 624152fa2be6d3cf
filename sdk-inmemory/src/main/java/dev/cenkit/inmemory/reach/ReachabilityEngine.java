package dev.cenkit.inmemory.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.AtGateway;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.inmemory.state.Snapshot;
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
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ApiQuestion;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Question;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.apigateway.DeployApiRequest;
import dev.cenkit.spi.apigateway.ModifyInstanceVpcAttributeForConsoleRequest;
import dev.cenkit.spi.apigateway.ModifyIntranetDomainPolicyRequest;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import java.util.List;
import java.util.Optional;

/**
 * The reachability engine of the in-memory cloud. For each question it traces the traffic through the
 * effective route tables of one snapshot ({@link Topology}, derived once per snapshot), there and back, and
 * checks the API Gateway rules on the way (dedicated instance, bound VPC, VPC domain, deployment, VPC access
 * authorization, Function Compute). Where something blocks, it reports every blocker along the intended path,
 * each with its rule and the fixes that remove it.
 */
public final class ReachabilityEngine implements ReachabilityAnalyzer {
  private final Topology topology;
  private final NetworkWalker walker;

  private ReachabilityEngine(Topology topology) {
    this.topology = topology;
    this.walker = new NetworkWalker(topology);
  }

  /** An engine answering from {@code snapshot}. */
  public static ReachabilityEngine of(Snapshot snapshot) {
    return new ReachabilityEngine(new Topology(dev.cenkit.model.Checks.required(snapshot, "snapshot")));
  }

  /**
   * An engine for {@code snapshot} that reuses the route tables this engine derived where the change since its
   * snapshot left routing untouched (an incremental update rather than a recomputation).
   */
  public ReachabilityEngine next(Snapshot snapshot) {
    dev.cenkit.model.Checks.required(snapshot, "snapshot");
    return snapshot == topology.snapshot() ? this : new ReachabilityEngine(Topology.next(topology, snapshot));
  }

  /** Whether this engine shares its route tables with {@code other} (for tests of the incremental update). */
  boolean sharesRoutingWith(ReachabilityEngine other) {
    return topology.sharesRoutingWith(other.topology);
  }

  /** The snapshot the answers are read from. */
  public Snapshot snapshot() {
    return topology.snapshot();
  }

  @Override
  public long snapshotVersion() {
    return topology.snapshot().version();
  }

  @Override
  public ReachabilityAnswer answer(Question question) {
    dev.cenkit.model.Checks.required(question, "question");
    PathBuilder path = new PathBuilder();
    if (question instanceof NetworkQuestion) {
      NetworkQuestion q = (NetworkQuestion) question;
      Optional<Place> src = locate(q.source(), path);
      Optional<Place> dst = locate(q.destination(), path);
      if (src.isPresent() && dst.isPresent()) {
        both(path, Leg.NETWORK, src.get(), dst.get());
      }
    } else if (question instanceof ApiQuestion) {
      apiQuestion((ApiQuestion) question, path);
    } else {
      throw ErrorCode.NOT_MODELED.exception(
          null, "questions of type " + question.getClass().getSimpleName() + " are not answered by cenkit", question.describe());
    }
    return path.answer(question, snapshotVersion());
  }

  private void both(PathBuilder path, Leg leg, Place from, Place to) {
    path.on(leg, Direction.FORWARD);
    walker.walk(path, from, to);
    path.on(leg, Direction.RETURN);
    walker.walk(path, to, from);
  }

  // ---------------------------------------------------------------- endpoints

  private Optional<Place> locate(Endpoint endpoint, PathBuilder path) {
    if (endpoint instanceof VpcHost) {
      VpcHost host = (VpcHost) endpoint;
      Optional<Vpc> vpc = topology.vpc(host.vpcId());
      if (vpc.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.host(host.address(), Optional.empty()), null,
            "VPC " + host.vpcId() + " does not exist", List.of());
        return Optional.empty();
      }
      Optional<VSwitch> vsw = topology.vSwitchContaining(host.vpcId(), host.address());
      if (vsw.isEmpty()) {
        path.block(BlockerCode.ADDRESS_NOT_IN_NETWORK, Components.vpc(vpc.get()), RuleId.R37,
            host.address() + " is not inside any vSwitch of VPC '" + vpc.get().displayName() + "'", List.of());
        return Optional.empty();
      }
      return Optional.of(new InVpc(vpc.get(), vsw.get(), host.address()));
    }
    if (endpoint instanceof DataCenterHost) {
      DataCenterHost host = (DataCenterHost) endpoint;
      Optional<DataCenter> dc = topology.snapshot().expressConnect().dataCenter(host.dataCenterId());
      if (dc.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.host(host.address(), Optional.empty()), null,
            "data center " + host.dataCenterId() + " does not exist", List.of());
        return Optional.empty();
      }
      Optional<Cidr> prefix = topology.prefixContaining(dc.get(), host.address());
      if (prefix.isEmpty()) {
        path.block(BlockerCode.ADDRESS_NOT_IN_NETWORK, Components.dataCenter(dc.get()), RuleId.D10,
            host.address() + " is not inside any prefix of data center '" + dc.get().name() + "'", List.of());
        return Optional.empty();
      }
      return Optional.of(new InDataCenter(dc.get(), prefix.get(), host.address()));
    }
    throw ErrorCode.NOT_MODELED.exception(
        null, "endpoints of type " + endpoint.getClass().getSimpleName() + " are not modelled", endpoint.describe());
  }

  /** Where an address of a VPC access target is: a vSwitch of the authorized VPC, of any VPC, or a data center. */
  private Optional<Place> placeOf(Ipv4Address address, Vpc preferred) {
    Optional<VSwitch> own = topology.vSwitchContaining(preferred.id(), address);
    if (own.isPresent()) {
      return Optional.of(new InVpc(preferred, own.get(), address));
    }
    for (VSwitch v : topology.snapshot().vpc().vSwitches().values()) {
      if (v.cidrBlock().contains(address)) {
        return topology.vpc(v.vpcId()).map(vpc -> new InVpc(vpc, v, address));
      }
    }
    for (DataCenter dc : topology.snapshot().expressConnect().dataCenters().values()) {
      Optional<Cidr> prefix = topology.prefixContaining(dc, address);
      if (prefix.isPresent()) {
        return Optional.of(new InDataCenter(dc, prefix.get(), address));
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- API questions

  private void apiQuestion(ApiQuestion q, PathBuilder path) {
    Optional<Api> api = topology.snapshot().apiGateway().api(q.apiId());
    if (api.isEmpty()) {
      path.block(BlockerCode.ENDPOINT_NOT_FOUND, Component.of(ComponentKind.API, q.apiId().value(), q.apiId().value(), Optional.empty()),
          null, "API " + q.apiId() + " does not exist", List.of());
      return;
    }
    Optional<ApiGroup> group = topology.snapshot().apiGateway().group(api.get().groupId());
    Optional<ApiGatewayInstance> instance = group.flatMap(g -> topology.snapshot().apiGateway().instance(g.instanceId()));
    if (group.isEmpty() || instance.isEmpty()) {
      path.block(BlockerCode.GROUP_HAS_NO_VALID_INSTANCE, Components.api(api.get()), RuleId.R61,
          "the group of API '" + api.get().name() + "' has no valid instance (runtime I410GG)", List.of());
      return;
    }
    if (q.kind() != ApiQuestion.Kind.API_TO_BACKEND) {
      Optional<Place> client = locate(q.client().orElseThrow(), path);
      if (client.isPresent()) {
        clientToApi(path, client.get(), api.get(), group.get(), instance.get(), q.stage());
      }
    }
    if (q.kind() != ApiQuestion.Kind.CLIENT_TO_API) {
      apiToBackend(path, api.get(), group.get(), instance.get(), q.stage());
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
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    if (!group.vpcDomainEnabled()) {
      ModifyIntranetDomainPolicyRequest enable =
          ModifyIntranetDomainPolicyRequest.builder().groupId(group.id()).vpcIntranetEnable(true).build();
      path.block(BlockerCode.VPC_DOMAIN_DISABLED, Components.group(group), RuleId.R58,
          "the VPC second-level domain of group '" + group.name() + "' is not enabled",
          List.of(Fix.of("enable the VPC second-level domain of group '" + group.name() + "'", Fixes.of(enable))));
    }
    deployed(path, api, group, stage);
    if (client instanceof InDataCenter && !((InDataCenter) client).dataCenter().resolvesCloudDomains()) {
      path.note(BlockerCode.DNS_NOT_RESOLVABLE_FROM_CLIENT, Components.dataCenter(((InDataCenter) client).dataCenter()), RuleId.D14,
          "data center '" + ((InDataCenter) client).dataCenter().name() + "' declares no way to resolve "
              + group.vpcDomain().orElse("the group's VPC domain") + "; add a DNS forwarder or hosts entry");
    }
    if (!instance.isDedicated()) {
      sharedInstanceIngress(path, client, instance, group);
    } else {
      dedicatedIngress(path, client, instance, group);
    }
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    path.hop(Components.group(group), "VPC domain " + group.vpcDomain().orElse("(disabled)"), Optional.of(RuleId.R58), Optional.empty());
    path.hop(Components.api(api), api.requestHttpMethod() + " " + api.requestPath() + " deployed to " + stage, Optional.of(RuleId.R61), Optional.empty());
  }

  private void sharedInstanceIngress(PathBuilder path, Place client, ApiGatewayInstance instance, ApiGroup group) {
    if (client instanceof InVpc && ((InVpc) client).vpc().region().equals(instance.region())) {
      InVpc c = (InVpc) client;
      path.hop(c.component(), "source " + c.address());
      path.hop(Components.vpc(c.vpc()), "system route 100.64.0.0/10 to the shared instance's VPC domain", Optional.of(RuleId.R50), Optional.empty());
      path.hop(Components.instance(instance), "shared instance serves VPCs of " + instance.region(), Optional.of(RuleId.R50), Optional.empty());
      return;
    }
    path.block(BlockerCode.CLIENT_REGION_MISMATCH_SHARED_INSTANCE, Components.instance(instance), RuleId.R50,
        "shared instance " + instance.id() + " serves the VPC domain only to VPCs of " + instance.region()
            + "; a client elsewhere needs a dedicated instance bound to a VPC it can reach (R71)",
        List.of());
  }

  private void dedicatedIngress(PathBuilder path, Place client, ApiGatewayInstance instance, ApiGroup group) {
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
    Optional<VSwitch> vsw = topology.snapshot().vpc().vSwitches().values().stream()
        .filter(s -> s.id().equals(boundVSwitch)).findFirst();
    if (vsw.isEmpty()) {
      return;
    }
    InVpc ingress = new InVpc(bound.get(), vsw.get(), binding.get().ingressAddress());
    both(path, Leg.CLIENT_TO_API, client, ingress);
    path.on(Leg.CLIENT_TO_API, Direction.FORWARD);
    path.hop(Components.instance(instance), "ingress " + ingress.address() + " in bound VPC '" + bound.get().displayName() + "'",
        Optional.of(RuleId.D5), Optional.empty());
  }

  /** Where a candidate binding's ingress address would be, for diagnosing an unbound instance. */
  static Ipv4Address ingressAddress(VSwitch vSwitch) {
    return vSwitch.cidrBlock().address(vSwitch.cidrBlock().size() - 4);
  }

  private Optional<VSwitch> firstVSwitch(Vpc vpc) {
    return topology.snapshot().vpc().vSwitchesOf(vpc.id()).stream().findFirst();
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
    return topology.snapshot().vpc().vpcs().values().stream()
        .filter(v -> v.region().equals(instance.region()))
        .filter(v -> cen.isEmpty() || topology.attachment(v.id()).map(a -> a.cenId().equals(cen.get())).orElse(false))
        .filter(v -> firstVSwitch(v).isPresent())
        .findFirst();
  }

  private void apiToBackend(PathBuilder path, Api api, ApiGroup group, ApiGatewayInstance instance, Stage stage) {
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
    if (!Ipv4Like.isAddress(auth.instanceId())) {
      path.hop(Components.vpc(va.get()), "ECS instance " + auth.instanceId() + " in the authorized VPC", Optional.of(RuleId.R67), Optional.empty());
      return;
    }
    Ipv4Address target = Ipv4Address.of(auth.instanceId());
    Optional<Place> place = placeOf(target, va.get());
    if (place.isEmpty()) {
      path.block(BlockerCode.NO_ROUTE, Components.vpcAccess(auth), RuleId.R67,
          "the authorized target " + target + " is in no modelled VPC or data center", List.of());
      return;
    }
    if (place.get() instanceof InDataCenter && !instance.isDedicated()) {
      path.block(BlockerCode.INSTANCE_NOT_DEDICATED, Components.instance(instance), RuleId.R71,
          "a backend in a data center is reached only from a dedicated instance; " + instance.id() + " is shared", List.of());
    }
    Cidr egress = instance.vpcEgressAddress().orElse(Cidr.of(ingressAddress(topology.snapshot().vpc().vSwitchesOf(va.get().id()).stream().findFirst().orElseThrow())));
    AtGateway gateway = new AtGateway(instance, va.get(), egress.address(Math.min(1, egress.size() - 1)));
    both(path, Leg.API_TO_BACKEND, gateway, place.get());
  }

  /** Whether a VPC access target is written as an IPv4 address (rather than an instance id). */
  private static final class Ipv4Like {
    static boolean isAddress(String text) {
      return text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
  }
}
