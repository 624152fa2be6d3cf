package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiGroupId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.apigateway.VpcAccessId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ApiGatewayView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The API Gateway part of a {@link Snapshot}: persistent maps, so a change shares everything it does not
 * touch, with the secondary indexes the rules and questions read (instances by region, by bound VPC, by vSwitch,
 * by egress block and by used address; groups by instance, by region and by name; APIs by group and by the
 * authorization they use; authorizations by name, by VPC, by region and by target), kept by the same
 * {@code with…}/{@code without…} methods.
 */
public final class ApiGatewayState implements ApiGatewayView {
  static final ApiGatewayState EMPTY =
      new ApiGatewayState(TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE),
          TreePMap.empty(IdOrder.INSTANCE), InstanceIndexes.EMPTY,
          OtherIndexes.EMPTY);

  /** The indexes of instances. */
  private record InstanceIndexes(
      GroupIndex<RegionId, ApiGatewayInstanceId, ApiGatewayInstance> byRegion,
      GroupIndex<VpcId, ApiGatewayInstanceId, ApiGatewayInstance> byBoundVpc,
      GroupIndex<VSwitchId, ApiGatewayInstanceId, ApiGatewayInstance> byVSwitch,
      GroupIndex<String, ApiGatewayInstanceId, ApiGatewayInstance> byEgressBlock,
      GroupIndex<Long, ApiGatewayInstanceId, ApiGatewayInstance> byUsedAddress,
      EgressBlocks egressBlocks) {
    static final InstanceIndexes EMPTY =
        new InstanceIndexes(GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            EgressBlocks.EMPTY);

    InstanceIndexes plus(ApiGatewayInstance i) {
      return change(i, true);
    }

    InstanceIndexes minus(ApiGatewayInstance i) {
      return change(i, false);
    }

    private InstanceIndexes change(ApiGatewayInstance i, boolean add) {
      ApiGatewayInstanceId id = i.id();
      var region = add ? byRegion.plus(i.region(), id, i) : byRegion.minus(i.region(), id);
      var bound = byBoundVpc;
      var vsw = byVSwitch;
      var egress = byEgressBlock;
      var used = byUsedAddress;
      var blocks = egressBlocks;
      if (i.vpcBinding().isPresent()) {
        var b = i.vpcBinding().get();
        bound = add ? bound.plus(b.vpcId(), id, i) : bound.minus(b.vpcId(), id);
        vsw = add ? vsw.plus(b.vSwitchId(), id, i) : vsw.minus(b.vSwitchId(), id);
        used = add ? used.plus(b.ingressAddress().toLong(), id, i) : used.minus(b.ingressAddress().toLong(), id);
      }
      if (i.vpcIntegration().isPresent()) {
        for (VSwitchId s : i.vpcIntegration().get().vSwitchIds()) {
          vsw = add ? vsw.plus(s, id, i) : vsw.minus(s, id);
        }
        for (Ipv4Address a : i.vpcIntegration().get().eniAddresses()) {
          used = add ? used.plus(a.toLong(), id, i) : used.minus(a.toLong(), id);
        }
      }
      if (i.vpcEgressAddress().isPresent()) {
        String block = i.vpcEgressAddress().get().toString();
        egress = add ? egress.plus(block, id, i) : egress.minus(block, id);
        blocks = blocks.with(i.vpcEgressAddress().get(), !egress.get(block).isEmpty());
      }
      return new InstanceIndexes(region, bound, vsw, egress, used, blocks);
    }
  }

  /** The indexes of groups, APIs and authorizations. */
  private record OtherIndexes(
      GroupIndex<ApiGatewayInstanceId, ApiGroupId, ApiGroup> groupsByInstance,
      GroupIndex<RegionId, ApiGroupId, ApiGroup> groupsByRegion,
      GroupIndex<String, ApiGroupId, ApiGroup> groupsByName,
      GroupIndex<ApiGroupId, ApiId, Api> apisByGroup,
      GroupIndex<String, ApiId, Api> apisByAccessName,
      GroupIndex<String, VpcAccessId, VpcAccess> accessesByName,
      GroupIndex<VpcId, VpcAccessId, VpcAccess> accessesByVpc,
      GroupIndex<RegionId, VpcAccessId, VpcAccess> accessesByRegion,
      GroupIndex<String, VpcAccessId, VpcAccess> accessesByTarget) {
    static final OtherIndexes EMPTY =
        new OtherIndexes(GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
            GroupIndex.ordered(IdOrder.INSTANCE));

    OtherIndexes group(ApiGroup g, boolean add) {
      String name = named(g.region(), g.name());
      return new OtherIndexes(
          add ? groupsByInstance.plus(g.instanceId(), g.id(), g) : groupsByInstance.minus(g.instanceId(), g.id()),
          add ? groupsByRegion.plus(g.region(), g.id(), g) : groupsByRegion.minus(g.region(), g.id()),
          add ? groupsByName.plus(name, g.id(), g) : groupsByName.minus(name, g.id()),
          apisByGroup, apisByAccessName, accessesByName, accessesByVpc, accessesByRegion, accessesByTarget);
    }

    OtherIndexes api(Api a, boolean add) {
      var byAccess = apisByAccessName;
      if (a.backend() instanceof VpcAccessBackend) {
        String name = named(a.region(), ((VpcAccessBackend) a.backend()).vpcAccessName());
        byAccess = add ? byAccess.plus(name, a.id(), a) : byAccess.minus(name, a.id());
      }
      return new OtherIndexes(groupsByInstance, groupsByRegion, groupsByName,
          add ? apisByGroup.plus(a.groupId(), a.id(), a) : apisByGroup.minus(a.groupId(), a.id()), byAccess,
          accessesByName, accessesByVpc, accessesByRegion, accessesByTarget);
    }

    OtherIndexes access(VpcAccess v, boolean add) {
      String name = named(v.region(), v.name());
      String target = target(v.vpcId(), v.instanceId(), v.port());
      return new OtherIndexes(groupsByInstance, groupsByRegion, groupsByName, apisByGroup, apisByAccessName,
          add ? accessesByName.plus(name, v.id(), v) : accessesByName.minus(name, v.id()),
          add ? accessesByVpc.plus(v.vpcId(), v.id(), v) : accessesByVpc.minus(v.vpcId(), v.id()),
          add ? accessesByRegion.plus(v.region(), v.id(), v) : accessesByRegion.minus(v.region(), v.id()),
          add ? accessesByTarget.plus(target, v.id(), v) : accessesByTarget.minus(target, v.id()));
    }
  }

  private static String named(RegionId region, String name) {
    return region.id() + "\u0000" + name;
  }

  private static String target(VpcId vpc, String instanceId, int port) {
    return vpc.value() + "\u0000" + instanceId + "\u0000" + port;
  }

  private final PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances;
  private final PSortedMap<ApiGroupId, ApiGroup> groups;
  private final PSortedMap<ApiId, Api> apis;
  private final PSortedMap<VpcAccessId, VpcAccess> vpcAccesses;
  private final InstanceIndexes instanceIndexes;
  private final OtherIndexes otherIndexes;

  private ApiGatewayState(
      PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances,
      PSortedMap<ApiGroupId, ApiGroup> groups,
      PSortedMap<ApiId, Api> apis,
      PSortedMap<VpcAccessId, VpcAccess> vpcAccesses,
      InstanceIndexes instanceIndexes,
      OtherIndexes otherIndexes) {
    this.instances = instances;
    this.groups = groups;
    this.apis = apis;
    this.vpcAccesses = vpcAccesses;
    this.instanceIndexes = instanceIndexes;
    this.otherIndexes = otherIndexes;
  }

  @Override
  public PSortedMap<ApiGatewayInstanceId, ApiGatewayInstance> instances() {
    return instances;
  }

  @Override
  public PSortedMap<ApiGroupId, ApiGroup> groups() {
    return groups;
  }

  @Override
  public PSortedMap<ApiId, Api> apis() {
    return apis;
  }

  @Override
  public PSortedMap<VpcAccessId, VpcAccess> vpcAccesses() {
    return vpcAccesses;
  }

  @Override
  public Optional<VpcAccess> vpcAccessNamed(RegionId region, String name) {
    Checks.required(name, "name (String)");
    Checks.required(region, "region");
    Checks.required(name, "name");
    PSortedMap<VpcAccessId, VpcAccess> found = otherIndexes.accessesByName().get(named(region, name));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.firstKey()));
  }

  @Override
  public Optional<ApiGatewayInstance> instance(ApiGatewayInstanceId id) {
    ApiGatewayInstance stored = instances.get(Checks.required(id, "id"));
    return stored != null ? Optional.of(stored) : id.sharedRegion().map(ApiGatewayInstance::shared);
  }

  @Override
  public List<ApiGatewayInstance> instancesIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    return dev.cenkit.spi.ApiGatewayView.withShared(region, List.copyOf(instanceIndexes.byRegion().get(region).values()));
  }

  @Override
  public List<ApiGatewayInstance> instancesBoundTo(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return List.copyOf(instanceIndexes.byBoundVpc().get(vpcId).values());
  }

  /** The instances bound through, or connected to, a vSwitch, ordered by id (R40). */
  public Collection<ApiGatewayInstance> instancesUsing(VSwitchId vSwitch) {
    Checks.required(vSwitch, "vSwitch (VSwitchId)");
    return instanceIndexes.byVSwitch().get(vSwitch).values();
  }

  /**
   * The lowest /26 block of the egress pool ({@link EgressBlocks#POOL}) that no instance has, among the first
   * {@code limit} blocks of the pool (R52), in at most 16 steps.
   */
  public Optional<Cidr> lowestFreeEgressBlock(int limit) {
    return instanceIndexes.egressBlocks().lowestFree(limit);
  }

  /** Whether an instance has {@code block} as its egress block (R52). */
  public boolean egressBlockInUse(Cidr block) {
    Checks.required(block, "block (Cidr)");
    return !instanceIndexes.byEgressBlock().get(block.toString()).isEmpty();
  }

  /** Whether a binding's ingress or a network interface of some instance uses {@code address} (D5, R52). */
  public boolean addressInUse(Ipv4Address address) {
    Checks.required(address, "address (Ipv4Address)");
    return !instanceIndexes.byUsedAddress().get(address.toLong()).isEmpty();
  }

  @Override
  public List<ApiGroup> groupsOn(ApiGatewayInstanceId instanceId) {
    Checks.required(instanceId, "instanceId (ApiGatewayInstanceId)");
    return List.copyOf(otherIndexes.groupsByInstance().get(instanceId).values());
  }

  /** How many API groups a region has (R56). */
  public int groupCountIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    return otherIndexes.groupsByRegion().get(region).size();
  }

  /** The group named {@code name} in {@code region} with the smallest id, if any. */
  public Optional<ApiGroup> groupNamed(RegionId region, String name) {
    Checks.required(region, "region (RegionId)");
    Checks.required(name, "name (String)");
    PSortedMap<ApiGroupId, ApiGroup> found = otherIndexes.groupsByName().get(named(region, name));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.firstKey()));
  }

  @Override
  public List<Api> apisOf(ApiGroupId groupId) {
    Checks.required(groupId, "groupId (ApiGroupId)");
    return List.copyOf(otherIndexes.apisByGroup().get(groupId).values());
  }

  /** How many APIs a group has (R56). */
  public int apiCountOf(ApiGroupId groupId) {
    Checks.required(groupId, "groupId (ApiGroupId)");
    return otherIndexes.apisByGroup().get(groupId).size();
  }

  @Override
  public List<Api> apisUsingVpcAccess(RegionId region, String name) {
    Checks.required(region, "region (RegionId)");
    Checks.required(name, "name (String)");
    return List.copyOf(otherIndexes.apisByAccessName().get(named(region, name)).values());
  }

  @Override
  public List<Api> apisWithMissingVpcAccess() {
    List<Api> out = new ArrayList<>();
    for (Api a : apis.values()) {
      if (a.backend() instanceof VpcAccessBackend
          && vpcAccessNamed(a.region(), ((VpcAccessBackend) a.backend()).vpcAccessName()).isEmpty()) {
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  /** The authorizations naming a VPC, ordered by id (R39). */
  public Collection<VpcAccess> vpcAccessesOf(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return otherIndexes.accessesByVpc().get(vpcId).values();
  }

  /** How many authorizations a region has (D2). */
  public int vpcAccessCountIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    return otherIndexes.accessesByRegion().get(region).size();
  }

  /** The authorization of a VPC, target and port with the smallest id, if any (R66). */
  public Optional<VpcAccess> vpcAccessFor(VpcId vpcId, String instanceId, int port) {
    Checks.required(vpcId, "vpcId (VpcId)");
    Checks.required(instanceId, "instanceId (String)");
    PSortedMap<VpcAccessId, VpcAccess> found = otherIndexes.accessesByTarget().get(target(vpcId, instanceId, port));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.firstKey()));
  }

  /** With the instance added or replaced. */
  public ApiGatewayState withInstance(ApiGatewayInstance instance) {
    Checks.required(instance, "instance (ApiGatewayInstance)");
    ApiGatewayInstance old = instances.get(instance.id());
    InstanceIndexes base = old == null ? instanceIndexes : instanceIndexes.minus(old);
    return new ApiGatewayState(instances.plus(instance.id(), instance), groups, apis, vpcAccesses, base.plus(instance),
        otherIndexes);
  }

  /** Without the instance. */
  public ApiGatewayState withoutInstance(ApiGatewayInstanceId id) {
    Checks.required(id, "id (ApiGatewayInstanceId)");
    ApiGatewayInstance old = instances.get(id);
    if (old == null) {
      return this;
    }
    return new ApiGatewayState(instances.minus(id), groups, apis, vpcAccesses, instanceIndexes.minus(old), otherIndexes);
  }

  /** With the group added or replaced. */
  public ApiGatewayState withGroup(ApiGroup group) {
    Checks.required(group, "group (ApiGroup)");
    ApiGroup old = groups.get(group.id());
    OtherIndexes base = old == null ? otherIndexes : otherIndexes.group(old, false);
    return new ApiGatewayState(instances, groups.plus(group.id(), group), apis, vpcAccesses, instanceIndexes,
        base.group(group, true));
  }

  /** Without the group. */
  public ApiGatewayState withoutGroup(ApiGroupId id) {
    Checks.required(id, "id (ApiGroupId)");
    ApiGroup old = groups.get(id);
    if (old == null) {
      return this;
    }
    return new ApiGatewayState(instances, groups.minus(id), apis, vpcAccesses, instanceIndexes, otherIndexes.group(old, false));
  }

  /** With the API added or replaced. */
  public ApiGatewayState withApi(Api api) {
    Checks.required(api, "api (Api)");
    Api old = apis.get(api.id());
    OtherIndexes base = old == null ? otherIndexes : otherIndexes.api(old, false);
    return new ApiGatewayState(instances, groups, apis.plus(api.id(), api), vpcAccesses, instanceIndexes, base.api(api, true));
  }

  /** Without the API. */
  public ApiGatewayState withoutApi(ApiId id) {
    Checks.required(id, "id (ApiId)");
    Api old = apis.get(id);
    if (old == null) {
      return this;
    }
    return new ApiGatewayState(instances, groups, apis.minus(id), vpcAccesses, instanceIndexes, otherIndexes.api(old, false));
  }

  /** With the authorization added or replaced. */
  public ApiGatewayState withVpcAccess(VpcAccess access) {
    Checks.required(access, "access (VpcAccess)");
    VpcAccess old = vpcAccesses.get(access.id());
    OtherIndexes base = old == null ? otherIndexes : otherIndexes.access(old, false);
    return new ApiGatewayState(instances, groups, apis, vpcAccesses.plus(access.id(), access), instanceIndexes,
        base.access(access, true));
  }

  /** Without the authorization. */
  public ApiGatewayState withoutVpcAccess(VpcAccessId id) {
    Checks.required(id, "id (VpcAccessId)");
    VpcAccess old = vpcAccesses.get(id);
    if (old == null) {
      return this;
    }
    return new ApiGatewayState(instances, groups, apis, vpcAccesses.minus(id), instanceIndexes, otherIndexes.access(old, false));
  }

  /** The same content with every index rebuilt from the primary maps (for the testkit's invariant check). */
  public ApiGatewayState rebuilt() {
    ApiGatewayState s = EMPTY;
    for (ApiGatewayInstance i : instances.values()) {
      s = s.withInstance(i);
    }
    for (ApiGroup g : groups.values()) {
      s = s.withGroup(g);
    }
    for (Api a : apis.values()) {
      s = s.withApi(a);
    }
    for (VpcAccess v : vpcAccesses.values()) {
      s = s.withVpcAccess(v);
    }
    return s;
  }

  /** Whether every index equals {@code other}'s (compare with {@link #rebuilt()}). */
  public boolean sameIndexesAs(ApiGatewayState other) {
    Checks.required(other, "other (ApiGatewayState)");
    return instanceIndexes.equals(other.instanceIndexes) && otherIndexes.equals(other.otherIndexes);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApiGatewayState)) {
      return false;
    }
    ApiGatewayState s = (ApiGatewayState) o;
    return s.instances.equals(instances)
        && s.groups.equals(groups)
        && s.apis.equals(apis)
        && s.vpcAccesses.equals(vpcAccesses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instances, groups, apis, vpcAccesses);
  }
}
