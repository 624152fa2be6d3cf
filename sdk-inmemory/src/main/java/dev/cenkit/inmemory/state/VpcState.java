package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.VpcView;
import java.util.Objects;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/** The VPC part of a {@link Snapshot}: persistent maps, so a change shares everything it does not touch. */
public final class VpcState implements VpcView {
  static final VpcState EMPTY = new VpcState(TreePMap.empty(), TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<VpcId, Vpc> vpcs;
  private final PSortedMap<VSwitchId, VSwitch> vSwitches;
  private final PSortedMap<RouteEntryId, RouteEntry> routeEntries;

  private VpcState(
      PSortedMap<VpcId, Vpc> vpcs,
      PSortedMap<VSwitchId, VSwitch> vSwitches,
      PSortedMap<RouteEntryId, RouteEntry> routeEntries) {
    this.vpcs = vpcs;
    this.vSwitches = vSwitches;
    this.routeEntries = routeEntries;
  }

  @Override
  public PSortedMap<VpcId, Vpc> vpcs() {
    return vpcs;
  }

  @Override
  public PSortedMap<VSwitchId, VSwitch> vSwitches() {
    return vSwitches;
  }

  @Override
  public PSortedMap<RouteEntryId, RouteEntry> routeEntries() {
    return routeEntries;
  }

  /** With the VPC added or replaced. */
  public VpcState withVpc(Vpc vpc) {
    Checks.required(vpc, "vpc (Vpc)");
    return new VpcState(vpcs.plus(vpc.id(), vpc), vSwitches, routeEntries);
  }

  /** Without the VPC. */
  public VpcState withoutVpc(VpcId id) {
    Checks.required(id, "id (VpcId)");
    return new VpcState(vpcs.minus(id), vSwitches, routeEntries);
  }

  /** With the vSwitch added or replaced. */
  public VpcState withVSwitch(VSwitch vSwitch) {
    Checks.required(vSwitch, "vSwitch (VSwitch)");
    return new VpcState(vpcs, vSwitches.plus(vSwitch.id(), vSwitch), routeEntries);
  }

  /** Without the vSwitch. */
  public VpcState withoutVSwitch(VSwitchId id) {
    Checks.required(id, "id (VSwitchId)");
    return new VpcState(vpcs, vSwitches.minus(id), routeEntries);
  }

  /** With the route entry added or replaced. */
  public VpcState withRouteEntry(RouteEntry entry) {
    Checks.required(entry, "entry (RouteEntry)");
    return new VpcState(vpcs, vSwitches, routeEntries.plus(entry.id(), entry));
  }

  /** Without the route entry. */
  public VpcState withoutRouteEntry(RouteEntryId id) {
    Checks.required(id, "id (RouteEntryId)");
    return new VpcState(vpcs, vSwitches, routeEntries.minus(id));
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
