package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteEntryStatus;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VSwitchStatus;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.VpcView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The VPC part of a {@link Snapshot}: persistent maps, so a change shares everything it does not touch, and
 * the secondary indexes the rules and questions read (vSwitches by VPC and by block, route entries by table and
 * by VPC, VPCs by region and by route table), kept by the same {@code with…}/{@code without…} methods.
 */
public final class VpcState implements VpcView {
  static final VpcState EMPTY =
      new VpcState(TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE), TreePMap.empty(IdOrder.INSTANCE),
          GroupIndex.ordered(IdOrder.INSTANCE), DeferredGroupIndex.of(GroupIndex.mostlyNew(IdOrder.INSTANCE)),
          GroupIndex.ordered(IdOrder.INSTANCE), GroupIndex.ordered(IdOrder.INSTANCE),
          DeferredGroupIndex.of(GroupIndex.mostlyNew(IdOrder.INSTANCE)), DeferredGroupIndex.of(GroupIndex.ordered(IdOrder.INSTANCE)),
          ChangeLog.EMPTY, 0, TreePMap.empty());

  private final PSortedMap<VpcId, Vpc> vpcs;
  private final PSortedMap<VSwitchId, VSwitch> vSwitches;
  private final PSortedMap<RouteEntryId, RouteEntry> routeEntries;
  private final GroupIndex<VpcId, VSwitchId, VSwitch> vSwitchesByVpc;
  /** Read by questions only (deferred: see {@link DeferredGroupIndex}). */
  private final DeferredGroupIndex<Long, VSwitchId, VSwitch> vSwitchesByBlock;
  private final GroupIndex<RouteTableId, RouteEntryId, RouteEntry> routesByTable;
  private final GroupIndex<VpcId, RouteEntryId, RouteEntry> routesByVpc;
  /** The VPC of each route table, as a group of one (a group index changes with one search of its tree). */
  private final DeferredGroupIndex<RouteTableId, VpcId, VpcId> vpcByRouteTable;
  /** The VPCs of each region; D2 reads only their number, {@link #vpcCounts}, so this index is deferred. */
  private final DeferredGroupIndex<RegionId, VpcId, Vpc> vpcsByRegion;
  /** How many VPCs each region has (regions with none left out). */
  private final PSortedMap<RegionId, Integer> vpcCounts;
  private final ChangeLog log;
  /**
   * How many vSwitches and route entries are not {@code AVAILABLE} (R41 reads a VPC's children only when some are;
   * through the API none ever is, since cenkit completes transitions at once).
   */
  private final int changing;
  /** The VPC last found by {@link #vpcOrNull} (an immutable value of this state; never part of its value). */
  private @Nullable Vpc lastVpc;

  private VpcState(
      PSortedMap<VpcId, Vpc> vpcs,
      PSortedMap<VSwitchId, VSwitch> vSwitches,
      PSortedMap<RouteEntryId, RouteEntry> routeEntries,
      GroupIndex<VpcId, VSwitchId, VSwitch> vSwitchesByVpc,
      DeferredGroupIndex<Long, VSwitchId, VSwitch> vSwitchesByBlock,
      GroupIndex<RouteTableId, RouteEntryId, RouteEntry> routesByTable,
      GroupIndex<VpcId, RouteEntryId, RouteEntry> routesByVpc,
      DeferredGroupIndex<RouteTableId, VpcId, VpcId> vpcByRouteTable,
      DeferredGroupIndex<RegionId, VpcId, Vpc> vpcsByRegion,
      ChangeLog log,
      int changing,
      PSortedMap<RegionId, Integer> vpcCounts) {
    this.vpcs = vpcs;
    this.vSwitches = vSwitches;
    this.routeEntries = routeEntries;
    this.vSwitchesByVpc = vSwitchesByVpc;
    this.vSwitchesByBlock = vSwitchesByBlock;
    this.routesByTable = routesByTable;
    this.routesByVpc = routesByVpc;
    this.vpcByRouteTable = vpcByRouteTable;
    this.vpcsByRegion = vpcsByRegion;
    this.log = log;
    this.changing = changing;
    this.vpcCounts = vpcCounts;
  }

  /**
   * {@code next} remembering the VPC this state last found, when both have the same VPC map (a change of vSwitches or
   * routes keeps it, so the next lookup of the VPC a spec is filling in needs no search); returns {@code next}.
   */
  private VpcState keepingVpcMemo(VpcState next) {
    if (next.vpcs == vpcs) {
      next.lastVpc = lastVpc;
    }
    return next;
  }

  @Override
  public PSortedMap<VpcId, Vpc> vpcs() {
    return vpcs;
  }

  /**
   * The VPC with this id, or null: one search of {@link #vpcs()}, or none when it is the VPC this state was last
   * asked for (an attach looks its VPC up for the account check and again for R41).
   */
  public @Nullable Vpc vpcOrNull(VpcId id) {
    Checks.required(id, "id (VpcId)");
    Vpc memo = lastVpc;
    if (memo != null && memo.id().equals(id)) {
      return memo;
    }
    Vpc found = vpcs.get(id);
    if (found != null) {
      lastVpc = found;
    }
    return found;
  }

  @Override
  public PSortedMap<VSwitchId, VSwitch> vSwitches() {
    return vSwitches;
  }

  @Override
  public PSortedMap<RouteEntryId, RouteEntry> routeEntries() {
    return routeEntries;
  }

  @Override
  public List<VSwitch> vSwitchesOf(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return List.copyOf(vSwitchesByVpc.get(vpcId).values());
  }

  /** The vSwitches of a VPC by id, from the index (no copy). */
  public PSortedMap<VSwitchId, VSwitch> vSwitchMapOf(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return vSwitchesByVpc.get(vpcId);
  }

  /** The first vSwitch of a VPC in id order, if it has any. */
  public Optional<VSwitch> firstVSwitchOf(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    PSortedMap<VSwitchId, VSwitch> own = vSwitchesByVpc.get(vpcId);
    return own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.firstKey()));
  }

  /** The shortest mask a vSwitch block may have (R37). */
  public static final int VSWITCH_SHORTEST = 16;

  /** The longest mask a vSwitch block may have (R37). */
  public static final int VSWITCH_LONGEST = 29;

  /**
   * The vSwitch with the smallest id, across every VPC, whose block contains {@code address}: one lookup per
   * prefix length in the block index, not a pass over every vSwitch.
   */
  public Optional<VSwitch> anyVSwitchContaining(Ipv4Address address) {
    Checks.required(address, "address (Ipv4Address)");
    long a = address.toLong();
    VSwitch best = null;
    // R37: every vSwitch block of the state has a mask of /16 to /29, so no other length can hold one.
    for (int len = VSWITCH_LONGEST; len >= VSWITCH_SHORTEST; len--) {
      PSortedMap<VSwitchId, VSwitch> found = vSwitchesByBlock.get(BlockKeys.containing(a, len));
      if (!found.isEmpty()) {
        VSwitch first = found.get(found.firstKey());
        if (best == null || first.id().compareTo(best.id()) < 0) {
          best = first;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public Optional<Vpc> vpcOfRouteTable(RouteTableId routeTableId) {
    Checks.required(routeTableId, "routeTableId (RouteTableId)");
    PSortedMap<VpcId, VpcId> owner = vpcByRouteTable.get(routeTableId);
    VpcId id = owner.isEmpty() ? null : owner.firstKey();
    return id == null ? Optional.empty() : Optional.ofNullable(vpcs.get(id));
  }

  @Override
  public List<RouteEntry> routeEntriesOf(RouteTableId routeTableId) {
    Checks.required(routeTableId, "routeTableId (RouteTableId)");
    return List.copyOf(routesByTable.get(routeTableId).values());
  }

  @Override
  public List<RouteEntry> routeEntriesOfVpc(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return List.copyOf(routesByVpc.get(vpcId).values());
  }

  /** The custom route entries of a route table by id, from the index (no copy). */
  public PSortedMap<RouteEntryId, RouteEntry> routeEntryMapOf(RouteTableId routeTableId) {
    Checks.required(routeTableId, "routeTableId (RouteTableId)");
    return routesByTable.get(routeTableId);
  }

  /** The custom route entries of every table of a VPC by id, from the index (no copy). */
  public PSortedMap<RouteEntryId, RouteEntry> routeEntryMapOfVpc(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return routesByVpc.get(vpcId);
  }

  /** The VPCs of a region by id. */
  public Map<VpcId, Vpc> vpcsIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    return vpcsByRegion.get(region);
  }

  /** How many VPCs a region has (D2). */
  public int vpcCountIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    Integer n = vpcCounts.get(region);
    return n == null ? 0 : n;
  }

  /**
   * Whether every vSwitch and route entry is {@code AVAILABLE} (a count kept by the same {@code with…}/{@code without…}
   * methods): then no VPC has a child in a transitional state, and R41 need not read any VPC's children.
   */
  public boolean everyChildAvailable() {
    return changing == 0;
  }

  /** {@code counts} with {@code region}'s number changed by {@code delta} (a region reaching zero leaves). */
  private static PSortedMap<RegionId, Integer> counted(PSortedMap<RegionId, Integer> counts, RegionId region, int delta) {
    Integer n = counts.get(region);
    int next = (n == null ? 0 : n) + delta;
    return next == 0 ? counts.minus(region) : counts.plus(region, next);
  }

  /**
   * This state with every deferred index settled (itself when none has changes kept): a committed snapshot holds
   * settled indexes, so the changes of a spec are made together once and no reader of the commit makes them again.
   */
  VpcState settled() {
    if (!vSwitchesByBlock.hasPending() && !vpcByRouteTable.hasPending() && !vpcsByRegion.hasPending()) {
      return this;
    }
    VpcState next = new VpcState(vpcs, vSwitches, routeEntries, vSwitchesByVpc, vSwitchesByBlock.settledIndex(),
        routesByTable, routesByVpc, vpcByRouteTable.settledIndex(), vpcsByRegion.settledIndex(), log, changing, vpcCounts);
    next.lastVpc = lastVpc;
    return next;
  }

  private static int changing(VSwitch v) {
    return v.status() == VSwitchStatus.AVAILABLE ? 0 : 1;
  }

  private static int changing(RouteEntry e) {
    return e.status() == RouteEntryStatus.AVAILABLE ? 0 : 1;
  }

  /** The log of the VPCs the changes to this state touched (see {@link ChangeLog}). */
  public ChangeLog changeLog() {
    return log;
  }

  /** With the VPC added or replaced. */
  public VpcState withVpc(Vpc vpc) {
    Checks.required(vpc, "vpc (Vpc)");
    // Added first: only when the map did not grow was there an old VPC to look up (one search fewer for a new one).
    PSortedMap<VpcId, Vpc> added = vpcs.plus(vpc.id(), vpc);
    Vpc old = added.size() == vpcs.size() ? vpcs.get(vpc.id()) : null;
    DeferredGroupIndex<RegionId, VpcId, Vpc> byRegion =
        old == null ? vpcsByRegion : vpcsByRegion.minus(old.region(), old.id());
    DeferredGroupIndex<RouteTableId, VpcId, VpcId> byTable =
        old == null ? vpcByRouteTable : vpcByRouteTable.minus(old.routeTableId(), old.id());
    VpcState next = new VpcState(added, vSwitches, routeEntries, vSwitchesByVpc, vSwitchesByBlock,
        routesByTable, routesByVpc, byTable.plus(vpc.routeTableId(), vpc.id(), vpc.id()),
        byRegion.plus(vpc.region(), vpc.id(), vpc), log.plus(vpc.id().value()), changing,
        counted(old == null ? vpcCounts : counted(vpcCounts, old.region(), -1), vpc.region(), 1));
    next.lastVpc = vpc; // the VPC just written is the one its next vSwitch looks up
    return next;
  }

  /** Without the VPC. */
  public VpcState withoutVpc(VpcId id) {
    Checks.required(id, "id (VpcId)");
    Vpc old = vpcs.get(id);
    if (old == null) {
      return this;
    }
    return new VpcState(vpcs.minus(id), vSwitches, routeEntries, vSwitchesByVpc, vSwitchesByBlock, routesByTable,
        routesByVpc, vpcByRouteTable.minus(old.routeTableId(), id), vpcsByRegion.minus(old.region(), id),
        log.plus(id.value()), changing, counted(vpcCounts, old.region(), -1));
  }

  /** With the vSwitch added or replaced. */
  public VpcState withVSwitch(VSwitch vSwitch) {
    Checks.required(vSwitch, "vSwitch (VSwitch)");
    // Added first: only when the map did not grow was there an old vSwitch to drop from the indexes.
    PSortedMap<VSwitchId, VSwitch> added = vSwitches.plus(vSwitch.id(), vSwitch);
    VpcState base = added.size() == vSwitches.size() ? withoutVSwitch(vSwitch.id()) : this;
    return keepingVpcMemo(new VpcState(vpcs, added, routeEntries,
        base.vSwitchesByVpc.plus(vSwitch.vpcId(), vSwitch.id(), vSwitch),
        base.vSwitchesByBlock.plus(BlockKeys.of(vSwitch.cidrBlock()), vSwitch.id(), vSwitch), routesByTable, routesByVpc,
        vpcByRouteTable, vpcsByRegion, base.log.plus(vSwitch.vpcId().value()), base.changing + changing(vSwitch), vpcCounts));
  }

  /** Without the vSwitch. */
  public VpcState withoutVSwitch(VSwitchId id) {
    Checks.required(id, "id (VSwitchId)");
    VSwitch old = vSwitches.get(id);
    if (old == null) {
      return this;
    }
    return keepingVpcMemo(new VpcState(vpcs, vSwitches.minus(id), routeEntries, vSwitchesByVpc.minus(old.vpcId(), id),
        vSwitchesByBlock.minus(BlockKeys.of(old.cidrBlock()), id), routesByTable, routesByVpc, vpcByRouteTable,
        vpcsByRegion, log.plus(old.vpcId().value()), changing - changing(old), vpcCounts));
  }

  /** With the route entry added or replaced. */
  public VpcState withRouteEntry(RouteEntry entry) {
    Checks.required(entry, "entry (RouteEntry)");
    // Added first: only when the map did not grow was there an old entry to drop from the indexes.
    PSortedMap<RouteEntryId, RouteEntry> added = routeEntries.plus(entry.id(), entry);
    VpcState base = added.size() == routeEntries.size() ? withoutRouteEntry(entry.id()) : this;
    return keepingVpcMemo(new VpcState(vpcs, vSwitches, added, vSwitchesByVpc, vSwitchesByBlock,
        base.routesByTable.plus(entry.routeTableId(), entry.id(), entry),
        base.routesByVpc.plus(entry.vpcId(), entry.id(), entry), vpcByRouteTable, vpcsByRegion,
        base.log.plus(entry.vpcId().value()), base.changing + changing(entry), vpcCounts));
  }

  /** Without the route entry. */
  public VpcState withoutRouteEntry(RouteEntryId id) {
    Checks.required(id, "id (RouteEntryId)");
    RouteEntry old = routeEntries.get(id);
    if (old == null) {
      return this;
    }
    return keepingVpcMemo(new VpcState(vpcs, vSwitches, routeEntries.minus(id), vSwitchesByVpc, vSwitchesByBlock,
        routesByTable.minus(old.routeTableId(), id), routesByVpc.minus(old.vpcId(), id), vpcByRouteTable,
        vpcsByRegion, log.plus(old.vpcId().value()), changing - changing(old), vpcCounts));
  }

  /** The same content with every index rebuilt from the primary maps (for the testkit's invariant check). */
  public VpcState rebuilt() {
    VpcState s = EMPTY;
    for (Vpc v : vpcs.values()) {
      s = s.withVpc(v);
    }
    for (VSwitch v : vSwitches.values()) {
      s = s.withVSwitch(v);
    }
    for (RouteEntry e : routeEntries.values()) {
      s = s.withRouteEntry(e);
    }
    return s;
  }

  /** Whether every index equals {@code other}'s (compare with {@link #rebuilt()}). */
  public boolean sameIndexesAs(VpcState other) {
    Checks.required(other, "other (VpcState)");
    return vSwitchesByVpc.equals(other.vSwitchesByVpc)
        && vSwitchesByBlock.equals(other.vSwitchesByBlock)
        && routesByTable.equals(other.routesByTable)
        && routesByVpc.equals(other.routesByVpc)
        && vpcByRouteTable.equals(other.vpcByRouteTable)
        && vpcsByRegion.equals(other.vpcsByRegion)
        && changing == other.changing
        && vpcCounts.equals(other.vpcCounts);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VpcState)) {
      return false;
    }
    VpcState s = (VpcState) o;
    return s.vpcs.equals(vpcs) && s.vSwitches.equals(vSwitches) && s.routeEntries.equals(routeEntries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vpcs, vSwitches, routeEntries);
  }
}
