package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.ecs.SecurityGroupRule;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.EcsView;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.PSortedSet;
import org.pcollections.TreePMap;
import org.pcollections.TreePSet;

/**
 * The ECS part of a {@link Snapshot}: instances and security groups in persistent maps, with the secondary
 * indexes the rules and the reachability engine look up (members of a group, groups and instances of a VPC,
 * instances of a vSwitch, the instance at an address, groups referencing a group, and each group's
 * {@link GroupRuleIndex}). Every index is kept by the same {@code with}/{@code without} methods, so a change
 * costs work proportional to what it touches.
 */
public final class EcsState implements EcsView {
  static final EcsState EMPTY =
      new EcsState(
          TreePMap.empty(), TreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(),
          HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  /** An address in a VPC, the key of the address index. */
  private record VpcAddress(VpcId vpc, Ipv4Address address) {}

  private final PSortedMap<EcsInstanceId, EcsInstance> instances;
  private final PSortedMap<SecurityGroupId, SecurityGroup> groups;
  private final PMap<SecurityGroupId, PSortedSet<EcsInstanceId>> members;
  private final PMap<VpcId, PSortedSet<SecurityGroupId>> groupsByVpc;
  private final PMap<VpcId, PSortedSet<EcsInstanceId>> instancesByVpc;
  private final PMap<VSwitchId, PSortedSet<EcsInstanceId>> instancesByVSwitch;
  private final PMap<VpcAddress, EcsInstanceId> byAddress;
  private final PMap<SecurityGroupId, PSortedSet<SecurityGroupId>> referencedBy;
  private final PMap<SecurityGroupId, GroupRuleIndex> ruleIndexes;
  private final PMap<RegionId, Integer> groupCounts;

  private EcsState(
      PSortedMap<EcsInstanceId, EcsInstance> instances,
      PSortedMap<SecurityGroupId, SecurityGroup> groups,
      PMap<SecurityGroupId, PSortedSet<EcsInstanceId>> members,
      PMap<VpcId, PSortedSet<SecurityGroupId>> groupsByVpc,
      PMap<VpcId, PSortedSet<EcsInstanceId>> instancesByVpc,
      PMap<VSwitchId, PSortedSet<EcsInstanceId>> instancesByVSwitch,
      PMap<VpcAddress, EcsInstanceId> byAddress,
      PMap<SecurityGroupId, PSortedSet<SecurityGroupId>> referencedBy,
      PMap<SecurityGroupId, GroupRuleIndex> ruleIndexes,
      PMap<RegionId, Integer> groupCounts) {
    this.instances = instances;
    this.groups = groups;
    this.members = members;
    this.groupsByVpc = groupsByVpc;
    this.instancesByVpc = instancesByVpc;
    this.instancesByVSwitch = instancesByVSwitch;
    this.byAddress = byAddress;
    this.referencedBy = referencedBy;
    this.ruleIndexes = ruleIndexes;
    this.groupCounts = groupCounts;
  }

  @Override
  public PSortedMap<EcsInstanceId, EcsInstance> instances() {
    return instances;
  }

  @Override
  public PSortedMap<SecurityGroupId, SecurityGroup> securityGroups() {
    return groups;
  }

  @Override
  public List<EcsInstanceId> membersOf(SecurityGroupId group) {
    return List.copyOf(members.getOrDefault(group, TreePSet.empty()));
  }

  /** How many instances are in a group, without copying them. */
  public int memberCount(SecurityGroupId group) {
    return members.getOrDefault(group, TreePSet.empty()).size();
  }

  @Override
  public List<SecurityGroupId> securityGroupsOf(VpcId vpc) {
    return List.copyOf(groupsByVpc.getOrDefault(vpc, TreePSet.empty()));
  }

  /** Whether a VPC has security groups, without copying them. */
  public boolean hasSecurityGroups(VpcId vpc) {
    return !groupsByVpc.getOrDefault(vpc, TreePSet.empty()).isEmpty();
  }

  @Override
  public List<EcsInstanceId> instancesOf(VpcId vpc) {
    return List.copyOf(instancesByVpc.getOrDefault(vpc, TreePSet.empty()));
  }

  @Override
  public List<EcsInstanceId> instancesIn(VSwitchId vSwitch) {
    return List.copyOf(instancesByVSwitch.getOrDefault(vSwitch, TreePSet.empty()));
  }

  /** How many instances a vSwitch holds, without copying them. */
  public int instanceCountIn(VSwitchId vSwitch) {
    return instancesByVSwitch.getOrDefault(vSwitch, TreePSet.empty()).size();
  }

  @Override
  public Optional<EcsInstance> instanceAt(VpcId vpc, Ipv4Address address) {
    EcsInstanceId id = byAddress.get(new VpcAddress(vpc, address));
    return id == null ? Optional.empty() : Optional.of(instances.get(id));
  }

  @Override
  public List<SecurityGroupId> groupsReferencing(SecurityGroupId group) {
    return List.copyOf(referencedBy.getOrDefault(group, TreePSet.empty()));
  }

  /** The rule index of a group (built when the group last changed). */
  public Optional<GroupRuleIndex> ruleIndex(SecurityGroupId group) {
    return Optional.ofNullable(ruleIndexes.get(group));
  }

  /** How many groups a region has. */
  public int groupCountIn(RegionId region) {
    return groupCounts.getOrDefault(region, 0);
  }

  /** With the instance added or replaced; every index follows. */
  public EcsState withInstance(EcsInstance instance) {
    Checks.required(instance, "instance (EcsInstance)");
    EcsState base = instances.containsKey(instance.id()) ? withoutInstance(instance.id()) : this;
    PMap<SecurityGroupId, PSortedSet<EcsInstanceId>> m = base.members;
    for (SecurityGroupId g : instance.securityGroupIds()) {
      m = m.plus(g, m.getOrDefault(g, TreePSet.empty()).plus(instance.id()));
    }
    return new EcsState(
        base.instances.plus(instance.id(), instance),
        base.groups,
        m,
        base.groupsByVpc,
        add(base.instancesByVpc, instance.vpcId(), instance.id()),
        add(base.instancesByVSwitch, instance.vSwitchId(), instance.id()),
        base.byAddress.plus(new VpcAddress(instance.vpcId(), instance.privateIp()), instance.id()),
        base.referencedBy,
        base.ruleIndexes,
        base.groupCounts);
  }

  /** Without the instance; every index follows. */
  public EcsState withoutInstance(EcsInstanceId id) {
    Checks.required(id, "id (EcsInstanceId)");
    EcsInstance old = instances.get(id);
    if (old == null) {
      return this;
    }
    PMap<SecurityGroupId, PSortedSet<EcsInstanceId>> m = members;
    for (SecurityGroupId g : old.securityGroupIds()) {
      m = remove(m, g, id);
    }
    return new EcsState(
        instances.minus(id),
        groups,
        m,
        groupsByVpc,
        remove(instancesByVpc, old.vpcId(), id),
        remove(instancesByVSwitch, old.vSwitchId(), id),
        byAddress.minus(new VpcAddress(old.vpcId(), old.privateIp())),
        referencedBy,
        ruleIndexes,
        groupCounts);
  }

  /** With the group added or replaced; its rule index is rebuilt and the reference index follows. */
  public EcsState withSecurityGroup(SecurityGroup group) {
    Checks.required(group, "group (SecurityGroup)");
    SecurityGroup old = groups.get(group.id());
    PMap<SecurityGroupId, PSortedSet<SecurityGroupId>> refs = referencedBy;
    Set<SecurityGroupId> before = old == null ? Set.of() : peers(old);
    Set<SecurityGroupId> after = peers(group);
    for (SecurityGroupId p : before) {
      if (!after.contains(p)) {
        refs = remove(refs, p, group.id());
      }
    }
    for (SecurityGroupId p : after) {
      if (!before.contains(p)) {
        refs = add(refs, p, group.id());
      }
    }
    GroupRuleIndex index =
        old != null && old.rules().equals(group.rules()) ? ruleIndexes.get(group.id()) : GroupRuleIndex.of(group);
    return new EcsState(
        instances,
        groups.plus(group.id(), group),
        members,
        add(groupsByVpc, group.vpcId(), group.id()),
        instancesByVpc,
        instancesByVSwitch,
        byAddress,
        refs,
        ruleIndexes.plus(group.id(), index),
        old == null ? groupCounts.plus(group.region(), groupCountIn(group.region()) + 1) : groupCounts);
  }

  /** Without the group (it must have no members); the reference index follows. */
  public EcsState withoutSecurityGroup(SecurityGroupId id) {
    Checks.required(id, "id (SecurityGroupId)");
    SecurityGroup old = groups.get(id);
    if (old == null) {
      return this;
    }
    PMap<SecurityGroupId, PSortedSet<SecurityGroupId>> refs = referencedBy;
    for (SecurityGroupId p : peers(old)) {
      refs = remove(refs, p, id);
    }
    return new EcsState(
        instances,
        groups.minus(id),
        members.minus(id),
        remove(groupsByVpc, old.vpcId(), id),
        instancesByVpc,
        instancesByVSwitch,
        byAddress,
        refs,
        ruleIndexes.minus(id),
        groupCounts.plus(old.region(), groupCountIn(old.region()) - 1));
  }

  private static Set<SecurityGroupId> peers(SecurityGroup g) {
    Set<SecurityGroupId> out = new HashSet<>();
    for (SecurityGroupRule r : g.rules()) {
      r.peerGroupId().filter(p -> !p.equals(g.id())).ifPresent(out::add);
    }
    return out;
  }

  private static <K, V extends Comparable<? super V>> PMap<K, PSortedSet<V>> add(PMap<K, PSortedSet<V>> m, K k, V v) {
    return m.plus(k, m.getOrDefault(k, TreePSet.empty()).plus(v));
  }

  private static <K, V extends Comparable<? super V>> PMap<K, PSortedSet<V>> remove(PMap<K, PSortedSet<V>> m, K k, V v) {
    PSortedSet<V> s = m.getOrDefault(k, TreePSet.empty()).minus(v);
    return s.isEmpty() ? m.minus(k) : m.plus(k, s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EcsState && ((EcsState) o).instances.equals(instances) && ((EcsState) o).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instances, groups);
  }
}
