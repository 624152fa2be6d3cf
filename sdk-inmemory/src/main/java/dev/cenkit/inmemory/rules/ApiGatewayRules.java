package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.state.EgressBlocks;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.apigateway.VpcBinding;
import dev.cenkit.model.apigateway.VpcIntegration;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.apigateway.CreateInstanceRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API Gateway rules (R49-R74, D5-D7, D11, D12). Each method enforces or computes one rule and names it; the
 * handlers and the reachability engine call the same methods.
 */
public final class ApiGatewayRules {
  /** The instance CIDR blocks a VPC-integration instance may use (R55). */
  public static final List<Cidr> VPC_CONNECT_CIDRS = List.of(Cidr.of("192.168.0.0/16"), Cidr.of("172.16.0.0/12"));

  /** Where cenkit allocates egress blocks from: the block of the documented example {@code 100.104.254.0/26}. */
  public static final Cidr EGRESS_POOL = EgressBlocks.POOL;

  private ApiGatewayRules() {}

  // ---- lookups ----

  /** The instance, or {@code NotFoundInstance}. */
  public static ApiGatewayInstance instance(Snapshot s, ApiGatewayInstanceId id) {
    return s.apiGateway()
        .instance(id)
        .orElseThrow(() -> ErrorCode.NOT_FOUND_INSTANCE.exception(null, "API Gateway instance " + id + " does not exist", id));
  }

  /** The group, or {@code NotFoundApiGroup}. */
  public static ApiGroup group(Snapshot s, ApiGroupId id) {
    return s.apiGateway()
        .group(id)
        .orElseThrow(() -> ErrorCode.NOT_FOUND_API_GROUP.exception(null, "API group " + id + " does not exist", id));
  }

  /** The API of the group, or {@code NotFoundApi}. */
  public static Api api(Snapshot s, ApiGroupId groupId, ApiId apiId) {
    group(s, groupId);
    return s.apiGateway()
        .api(apiId)
        .filter(a -> a.groupId().equals(groupId))
        .orElseThrow(() -> ErrorCode.NOT_FOUND_API.exception(null, "API " + apiId + " does not exist in group " + groupId, apiId, groupId));
  }

  /** The vSwitch, or {@code InvalidVSwitchId.NotFound}. */
  public static VSwitch vSwitch(Snapshot s, VSwitchId id) {
    VSwitch vsw = s.vpc().vSwitches().get(id);
    if (vsw == null) {
      throw ErrorCode.INVALID_VSWITCH_ID_NOT_FOUND.exception(null, "vSwitch " + id + " does not exist", id);
    }
    return vsw;
  }

  // ---- instances ----

  /**
   * R49: {@code CreateInstance} makes dedicated instances only (the region's shared instance exists already), and
   * needs the spec (a documented one), the HTTPS policy and the charge type.
   */
  public static void r49InstanceKind(CreateInstanceRequest r) {
    if (r.instanceType() == ApiGatewayInstanceType.VPC_SHARED) {
      throw ErrorCode.INVALID_INSTANCE_TYPE.exception(
          RuleId.R49,
          "CreateInstance creates dedicated instances only (normal or vpc_connect); the shared instance of " + r.region()
              + " exists already: " + ApiGatewayInstanceId.shared(r.region()),
          r.region());
    }
    String spec = r.instanceSpec().orElseThrow(() -> missing("InstanceSpec", "one of " + ApiGatewayInstance.SPECS));
    String https = r.httpsPolicy().orElseThrow(() -> missing("HttpsPolicy", "one of " + ApiGatewayInstance.HTTPS_POLICIES));
    String charge = r.chargeType().orElseThrow(() -> missing("ChargeType", "PostPaid or PrePaid"));
    if (!ApiGatewayInstance.HTTPS_POLICIES.contains(https)) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          RuleId.R49, "HttpsPolicy '" + https + "' is not one of " + ApiGatewayInstance.HTTPS_POLICIES, https);
    }
    if (!ApiGatewayInstance.CHARGE_TYPES.contains(charge)) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          RuleId.R49, "ChargeType '" + charge + "' is not one of " + ApiGatewayInstance.CHARGE_TYPES, charge);
    }
    if (!ApiGatewayInstance.SPECS.contains(spec)) {
      throw ErrorCode.INVALID_INSTANCE_SPEC.exception(
          RuleId.R49, "instance spec '" + spec + "' is not one of " + ApiGatewayInstance.SPECS, spec);
    }
  }

  /** R49: the shared instance of a region belongs to the region, not to the account: it cannot be deleted. */
  public static void r49NotShared(ApiGatewayInstance instance) {
    if (!instance.isDedicated()) {
      throw ErrorCode.SHARED_INSTANCE_NOT_SUPPORTED.exception(
          RuleId.R49, "shared instance " + instance.id() + " of " + instance.region() + " exists in every account and cannot be deleted",
          instance.id());
    }
  }

  /**
   * R49, R1: the instance a new group lands on: the one named (in the request's region, if one is given), else the
   * shared instance of the request's region.
   */
  public static ApiGatewayInstance groupInstance(Snapshot s, Optional<ApiGatewayInstanceId> id, Optional<RegionId> region) {
    if (id.isEmpty()) {
      RegionId r = region.orElseThrow(() -> ErrorCode.MISSING_PARAMETER.exception(
          RuleId.R49, "CreateApiGroup needs an InstanceId or a RegionId (whose shared instance then hosts the group)", "RegionId"));
      return ApiGatewayInstance.shared(r);
    }
    ApiGatewayInstance instance = instance(s, id.get());
    if (region.isPresent() && !region.get().equals(instance.region())) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.R1, "instance " + instance.id() + " is in " + instance.region() + ", not in " + region.get(), instance.id(), region.get());
    }
    return instance;
  }

  private static dev.cenkit.error.CenkitException missing(String parameter, String expected) {
    return ErrorCode.MISSING_PARAMETER.exception(
        RuleId.R49, "CreateInstance needs " + parameter + " (" + expected + ") for a dedicated instance", parameter);
  }

  /**
   * R55: a conventional dedicated instance needs a zone of its region and no connected VPC; a VPC-integration
   * instance needs its VPC, an instance CIDR of 192.168.0.0/16 or 172.16.0.0/12, and vSwitches.
   */
  public static void r55DedicatedParameters(CreateInstanceRequest r, DedicatedInstanceType type) {
    if (type == DedicatedInstanceType.NORMAL) {
      String zone =
          r.zoneId()
              .orElseThrow(
                  () ->
                      ErrorCode.MISSING_ZONE_ID.exception(
                          RuleId.R55, "a conventional dedicated instance needs a zone (ZoneId)", r.region()));
      r55ZoneInRegion(zone, r.region());
      if (r.userVpcId().isPresent() || r.instanceCidr().isPresent() || !r.zoneVSwitchIds().isEmpty()) {
        throw ErrorCode.INVALID_INSTANCE_TYPE.exception(
            RuleId.R55, "only a vpc_connect instance takes UserVpcId, InstanceCidr and vSwitches", r.region());
      }
      return;
    }
    if (r.userVpcId().isEmpty() || r.instanceCidr().isEmpty() || r.zoneVSwitchIds().isEmpty()) {
      throw ErrorCode.MISSING_USER_VPC_ID.exception(
          RuleId.R55, "a vpc_connect instance needs UserVpcId, InstanceCidr and at least one vSwitch", r.region());
    }
    Cidr cidr = r.instanceCidr().get();
    if (!VPC_CONNECT_CIDRS.contains(cidr)) {
      throw ErrorCode.INVALID_INSTANCE_CIDR.exception(
          RuleId.R55, "instance CIDR " + cidr + " is not one of " + VPC_CONNECT_CIDRS, cidr);
    }
    r.zoneId().ifPresent(z -> r55ZoneInRegion(z, r.region()));
  }

  private static void r55ZoneInRegion(String zone, RegionId region) {
    if (!zone.startsWith(region.id() + "-") || zone.length() == region.id().length() + 1) {
      throw ErrorCode.INVALID_INSTANCE_ZONE.exception(
          RuleId.R55, "zone '" + zone + "' is not a zone of " + region, zone, region);
    }
  }

  /**
   * R53: the connected VPC of a VPC-integration instance exists in the instance's region, the vSwitches are
   * its own, and the instance CIDR does not conflict with their CIDR blocks. Returns the vSwitches.
   */
  public static List<VSwitch> r53ConnectedVpc(Snapshot s, RegionId region, VpcId vpcId, Cidr instanceCidr, List<VSwitchId> vSwitchIds) {
    Vpc vpc = Lookups.vpc(s, vpcId);
    if (!vpc.region().equals(region)) {
      throw ErrorCode.INVALID_VPC_ID_REGION_MISMATCH.exception(
          RuleId.R53, vpcId + " is in " + vpc.region() + ", not in the instance's region " + region, vpcId);
    }
    List<VSwitch> vSwitches = new java.util.ArrayList<>();
    if (new HashSet<>(vSwitchIds).size() != vSwitchIds.size()) {
      throw ErrorCode.INVALID_PARAMETER.exception(RuleId.R55, "the vSwitches of a vpc_connect instance must differ: " + vSwitchIds);
    }
    for (VSwitchId id : vSwitchIds) {
      VSwitch vsw = vSwitch(s, id);
      if (!vsw.vpcId().equals(vpcId)) {
        throw ErrorCode.VSWITCH_VPC_MISMATCH.exception(
            RuleId.R53, id + " belongs to " + vsw.vpcId() + ", not to the connected VPC " + vpcId, id, vpcId);
      }
      if (vsw.cidrBlock().overlaps(instanceCidr)) {
        throw ErrorCode.INSTANCE_CIDR_CONFLICT.exception(
            RuleId.R53,
            "instance CIDR " + instanceCidr + " conflicts with " + id + "'s CIDR block " + vsw.cidrBlock(),
            instanceCidr,
            id);
      }
      vSwitches.add(vsw);
    }
    return vSwitches;
  }

  /** D2: at most {@code quota} dedicated instances per region (assumed quota). */
  public static void instanceQuota(Snapshot s, RegionId region, int quota) {
    long count = s.apiGateway().instancesIn(region).stream().filter(ApiGatewayInstance::isDedicated).count();
    if (count >= quota) {
      throw ErrorCode.INSTANCE_QUOTA_EXCEEDED.exception(
          RuleId.D2, "region " + region + " already has " + count + " dedicated instances; the quota is " + quota, region);
    }
  }

  /**
   * R52: the egress block of a new conventional dedicated instance — the first /26 of
   * {@link #EGRESS_POOL} (inside 100.64.0.0/10) that no other instance uses, so blocks are distinct and
   * deterministic.
   */
  public static Cidr r52NextEgressBlock(Snapshot s) {
    // SD3, SD17: the top of the pool is the shared instances'; the dedicated ones' blocks lie below it.
    int limit = EgressBlocks.indexOf(
        Cidr.containing(ApiGatewayInstance.SHARED_EGRESS_RESERVE.network(), EgressBlocks.BLOCK_LENGTH));
    return s.apiGateway().lowestFreeEgressBlock(limit).orElseThrow(
        () -> ErrorCode.INSTANCE_QUOTA_EXCEEDED.exception(RuleId.R52, "no free egress block is left in " + EGRESS_POOL));
  }

  /**
   * D5, R52: a free private address of a vSwitch for an instance's ingress (or network interface): the highest
   * address below the three reserved at the end of the block that no binding or interface uses.
   */
  public static Ipv4Address freeAddress(Snapshot s, VSwitch vSwitch) {
    Cidr block = vSwitch.cidrBlock();
    for (long n = block.size() - 4; n >= 1; n--) {
      Ipv4Address candidate = block.address(n);
      if (!s.apiGateway().addressInUse(candidate)) {
        return candidate;
      }
    }
    throw ErrorCode.INVALID_PARAMETER.exception(null, "vSwitch " + vSwitch.id() + " has no free address", vSwitch.id());
  }

  /** The instance's groups must be gone before it is deleted. */
  public static void noGroupsOn(Snapshot s, ApiGatewayInstance instance) {
    List<ApiGroup> groups = s.apiGateway().groupsOn(instance.id());
    if (!groups.isEmpty()) {
      throw ErrorCode.INSTANCE_HAS_API_GROUPS.exception(
          null, instance.id() + " still hosts " + groups.size() + " API groups, e.g. " + groups.get(0).id(), instance.id(), groups.get(0).id());
    }
  }

  // ---- binding ----

  /** R51: only a dedicated instance binds a VPC. */
  public static void r51DedicatedOnly(ApiGatewayInstance instance) {
    if (!instance.isDedicated()) {
      throw ErrorCode.SHARED_INSTANCE_NOT_SUPPORTED.exception(
          RuleId.R51, instance.id() + " is a shared instance; only dedicated instances bind a VPC", instance.id());
    }
  }

  /**
   * R50, R51, D6: the binding of a VPC of the instance's own region through one of its vSwitches, with an ingress
   * address in that vSwitch (D5). Rebinding replaces the bound VPC.
   */
  public static VpcBinding r51Binding(Snapshot s, ApiGatewayInstance instance, Optional<VpcId> vpcId, Optional<VSwitchId> vSwitchId) {
    r51DedicatedOnly(instance);
    VpcId id =
        vpcId.orElseThrow(
            () -> ErrorCode.MISSING_PARAMETER.exception(RuleId.R51, "binding a VPC needs VpcId", instance.id()));
    Vpc vpc = Lookups.vpc(s, id);
    if (!vpc.region().equals(instance.region())) {
      throw ErrorCode.INVALID_VPC_ID_REGION_MISMATCH.exception(
          RuleId.R50,
          id + " is in " + vpc.region() + "; " + instance.id() + " binds only a VPC of its own region " + instance.region(),
          id,
          instance.id());
    }
    VSwitchId vswId =
        vSwitchId.orElseThrow(
            () ->
                ErrorCode.MISSING_VSWITCH_ID.exception(
                    RuleId.D6, "binding " + id + " needs a vSwitch of it (VswitchId)", id, instance.id()));
    VSwitch vsw = vSwitch(s, vswId);
    if (!vsw.vpcId().equals(id)) {
      throw ErrorCode.VSWITCH_VPC_MISMATCH.exception(
          RuleId.D6, vswId + " belongs to " + vsw.vpcId() + ", not to " + id, vswId, id);
    }
    Optional<VpcBinding> current = instance.vpcBinding();
    if (current.isPresent() && current.get().vSwitchId().equals(vswId)) {
      return current.get();
    }
    return VpcBinding.builder().vpcId(id).vSwitchId(vswId).ingressAddress(freeAddress(s, vsw)).build();
  }

  /**
   * R50, D5: the address a group's VPC domain resolves to: the ingress address in the bound VPC for a dedicated
   * instance, or empty when the domain is disabled (R58), the instance is shared (it resolves to a 100.x address
   * serving every VPC of the region) or the dedicated instance is not bound (D7).
   */
  public static Optional<Ipv4Address> r50VpcDomainAddress(ApiGroup group, ApiGatewayInstance instance) {
    if (!group.vpcDomainEnabled() || !instance.isDedicated()) {
      return Optional.empty();
    }
    return instance.vpcBinding().map(VpcBinding::ingressAddress);
  }

  // ---- groups and APIs ----

  /** R56: at most {@code quota} API groups per region. */
  public static void r56GroupQuota(Snapshot s, RegionId region, int quota) {
    long count = s.apiGateway().groupCountIn(region);
    if (count >= quota) {
      throw ErrorCode.API_GROUP_QUOTA_EXCEEDED.exception(
          RuleId.R56, "region " + region + " already has " + count + " API groups; the quota is " + quota, region);
    }
  }

  /**
   * Group names are unique per region. The catalog is silent; cenkit is stricter rather than looser (a duplicate
   * name makes groups ambiguous in the console and in Terraform imports), with a code of its own (D3).
   */
  public static void uniqueGroupName(Snapshot s, RegionId region, String name) {
    s.apiGateway().groupNamed(region, name)
        .ifPresent(
            existing -> {
              throw ErrorCode.REPEATED_GROUP_NAME.exception(
                  RuleId.D3, "region " + region + " already has an API group named '" + name + "' (" + existing.id() + ")", name, existing.id());
            });
  }

  /** R56: at most {@code quota} APIs per group. */
  public static void r56ApiQuota(Snapshot s, ApiGroupId groupId, int quota) {
    int count = s.apiGateway().apiCountOf(groupId);
    if (count >= quota) {
      throw ErrorCode.API_QUOTA_EXCEEDED.exception(
          RuleId.R56, "group " + groupId + " already has " + count + " APIs; the quota is " + quota, groupId);
    }
  }

  /** R60: the API name, and the request path with its method, are unique in the group ({@code ANY} matches every method). */
  public static void r60Unique(Snapshot s, ApiGroupId groupId, String name, HttpMethod method, String path) {
    for (Api other : s.apiGateway().apisOf(groupId)) {
      if (other.name().equals(name)) {
        throw ErrorCode.REPEATED_API_NAME.exception(
            RuleId.R60, "group " + groupId + " already has an API named '" + name + "' (" + other.id() + ")", name, other.id());
      }
      boolean sameMethod =
          other.requestHttpMethod() == method || other.requestHttpMethod() == HttpMethod.ANY || method == HttpMethod.ANY;
      if (sameMethod && other.requestPath().equals(path)) {
        throw ErrorCode.REPEATED_API_PATH.exception(
            RuleId.R60,
            "group " + groupId + " already has " + other.requestHttpMethod() + " " + path + " ('" + other.name() + "', " + other.id() + ")",
            path,
            other.id());
      }
    }
  }

  /** R62: an API is deleted only once abolished from every stage. */
  public static void r62NotDeployed(Api api) {
    if (!api.deployedStages().isEmpty()) {
      throw ErrorCode.API_DEPLOYED.exception(
          RuleId.R62, "API " + api.id() + " ('" + api.name() + "') is still deployed to " + api.deployedStages() + "; abolish it first", api.id());
    }
  }

  /** R62: a group is deleted only when it has no APIs. */
  public static void r62GroupEmpty(Snapshot s, ApiGroup group) {
    List<Api> apis = s.apiGateway().apisOf(group.id());
    if (!apis.isEmpty()) {
      throw ErrorCode.API_GROUP_NOT_EMPTY.exception(
          RuleId.R62, "group " + group.id() + " still has " + apis.size() + " APIs, e.g. " + apis.get(0).id(), group.id(), apis.get(0).id());
    }
  }

  /** R63: an API with DisableInternet is callable only through a VPC domain. */
  public static boolean r63Callable(Api api, boolean throughVpcDomain) {
    return throughVpcDomain || !api.disableInternet();
  }

  /** R72: a Function Compute backend in another region than the group is reached over the Internet. */
  public static boolean r72ReachedOverInternet(ApiGroup group, FunctionComputeBackend backend) {
    return backend.reachedOverInternet(group.region());
  }

  /**
   * The checks of a backend against the state when an API is created: R65 (the VPC access authorization
   * exists), R53 (a VPC-integration instance reaches only its connected VPC) and R71 (a shared instance does not
   * call into a data center through a VPC). A Function Compute backend is not checked against the functions:
   * the real API accepts one whose function does not exist yet, and reachability reports it (R74).
   */
  public static void backendReferences(Snapshot s, ApiGroup group, ApiGatewayInstance instance, ApiBackend backend) {
    if (backend instanceof VpcAccessBackend) {
      VpcAccess access = r65VpcAccessExists(s, group.region(), ((VpcAccessBackend) backend).vpcAccessName());
      r53ConnectedVpcOnly(instance, access);
      r71DataCenterBackendNeedsDedicated(s, instance, access);
    }
  }

  /**
   * R74: whether the API's event backend invokes a function that does not exist (not created yet, or deleted
   * after the API was created; Function Compute does not know about API Gateway). Reachability reports such
   * APIs.
   */
  public static boolean r74FunctionMissing(Snapshot s, Api api) {
    return api.backend() instanceof FunctionComputeBackend
        && ((FunctionComputeBackend) api.backend()).functionId().filter(id -> s.functionCompute().function(id).isEmpty()).isPresent();
  }

  /** R65: a VPC backend names an authorization that exists in the group's region. */
  public static VpcAccess r65VpcAccessExists(Snapshot s, RegionId region, String name) {
    return s.apiGateway()
        .vpcAccessNamed(region, name)
        .orElseThrow(
            () ->
                ErrorCode.NOT_FOUND_VPC.exception(
                    RuleId.R65, "no VPC access authorization named '" + name + "' exists in " + region, name));
  }

  /** R53: a VPC-integration instance reaches only resources of its connected VPC. */
  public static void r53ConnectedVpcOnly(ApiGatewayInstance instance, VpcAccess access) {
    Optional<VpcIntegration> integration = instance.vpcIntegration();
    if (integration.isPresent() && !integration.get().vpcId().equals(access.vpcId())) {
      throw ErrorCode.VPC_NOT_CONNECTED.exception(
          RuleId.R53,
          instance.id() + " is connected to " + integration.get().vpcId() + " and cannot reach '" + access.name() + "' in " + access.vpcId(),
          instance.id(),
          access.vpcId());
    }
  }

  /**
   * R71: calling a backend in a data center through a VPC (an authorization whose target is an IP address
   * outside the authorized VPC's CIDR block, scenario 3) works on dedicated instances only, so it is rejected
   * when the group is on a shared instance. Targets inside the VPC (ECS/SLB ids, VPC addresses) are accepted on
   * any instance.
   */
  public static void r71DataCenterBackendNeedsDedicated(Snapshot s, ApiGatewayInstance instance, VpcAccess access) {
    if (instance.isDedicated() || access.ipAddress().isEmpty()) {
      return;
    }
    Vpc vpc = s.vpc().vpc(access.vpcId()).orElse(null);
    Ipv4Address ip = access.ipAddress().get();
    if (vpc == null || !vpc.cidrBlock().contains(ip)) {
      throw ErrorCode.SHARED_INSTANCE_NOT_SUPPORTED.exception(
          RuleId.R71,
          "'" + access.name() + "' targets " + ip + ", outside " + access.vpcId()
              + " (a data center reached through the VPC); only dedicated instances call such backends, and "
              + instance.id() + " is shared",
          instance.id(),
          access.id());
    }
  }

  // ---- VPC access authorizations ----

  /** R68: the authorized VPC exists (and is the account's: cenkit models one account). */
  public static Vpc r68VpcAvailable(Snapshot s, VpcId vpcId) {
    return s.vpc()
        .vpc(vpcId)
        .orElseThrow(
            () -> ErrorCode.NOT_FOUND_VPC.exception(RuleId.R68, "VPC " + vpcId + " does not exist in this account", vpcId));
  }

  /** R66, D11: authorization names are unique per region. */
  public static void r66UniqueName(Snapshot s, RegionId region, String name) {
    s.apiGateway()
        .vpcAccessNamed(region, name)
        .ifPresent(
            existing -> {
              throw ErrorCode.REPEATED_VPC_ACCESS.exception(
                  RuleId.R66, "a VPC access authorization named '" + name + "' already exists in " + region + " (" + existing.id() + ")", name, existing.id());
            });
  }

  /**
   * R66: the VPC, target and port identify an authorization (RemoveVpcAccess names it by them), so a second
   * authorization of the same triple is rejected.
   */
  public static void r66UniqueTarget(Snapshot s, VpcId vpcId, String instanceId, int port) {
    s.apiGateway().vpcAccessFor(vpcId, instanceId, port)
        .ifPresent(
            existing -> {
              throw ErrorCode.REPEATED_VPC_ACCESS.exception(
                  RuleId.R66,
                  "'" + existing.name() + "' (" + existing.id() + ") already authorizes " + instanceId + ":" + port + " in " + vpcId,
                  existing.id());
            });
  }

  /** D2: at most {@code quota} authorizations per region (assumed quota). */
  public static void vpcAccessQuota(Snapshot s, RegionId region, int quota) {
    long count = s.apiGateway().vpcAccessCountIn(region);
    if (count >= quota) {
      throw ErrorCode.VPC_ACCESS_QUOTA_EXCEEDED.exception(
          RuleId.D2, "region " + region + " already has " + count + " VPC access authorizations; the quota is " + quota, region);
    }
  }

  /** R66: the authorization identified by VPC, target and port, or {@code NotFoundVpc}. */
  public static VpcAccess r66ByTuple(Snapshot s, VpcId vpcId, String instanceId, int port) {
    return s.apiGateway().vpcAccessFor(vpcId, instanceId, port)
        .orElseThrow(
            () ->
                ErrorCode.NOT_FOUND_VPC.exception(
                    RuleId.R66, "no VPC access authorization for " + vpcId + ", " + instanceId + ":" + port, vpcId, instanceId));
  }
}
