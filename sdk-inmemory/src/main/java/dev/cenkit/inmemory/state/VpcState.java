package dev.cenkit.inmemory.state;

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
  static final VpcState EMPTY = new VpcState(TreePMap.empty(), TreePMap.empty());

  private final PSortedMap<VpcId, Vpc> vpcs;
  private final PSortedMap<VSwitchId, VSwitch> vSwitches;

  private VpcState(PSortedMap<VpcId, Vpc> vpcs, PSortedMap<VSwitchId, VSwitch> vSwitches) {
    this.vpcs = vpcs;
    this.vSwitches = vSwitches;
  }

  @Override
  public PSortedMap<VpcId, Vpc> vpcs() {
    return vpcs;
  }

  @Override
  public PSortedMap<VSwitchId, VSwitch> vSwitches() {
    return vSwitches;
  }

  /** With the VPC added or replaced. */
  public VpcState withVpc(Vpc vpc) {
    return new VpcState(vpcs.plus(vpc.id(), vpc), vSwitches);
  }

  /** Without the VPC. */
  public VpcState withoutVpc(VpcId id) {
    return new VpcState(vpcs.minus(id), vSwitches);
  }

  /** With the vSwitch added or replaced. */
  public VpcState withVSwitch(VSwitch vSwitch) {
    return new VpcState(vpcs, vSwitches.plus(vSwitch.id(), vSwitch));
  }

  /** Without the vSwitch. */
  public VpcState withoutVSwitch(VSwitchId id) {
    return new VpcState(vpcs, vSwitches.minus(id));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VpcState && ((VpcState) o).vpcs.equals(vpcs) && ((VpcState) o).vSwitches.equals(vSwitches);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vpcs, vSwitches);
  }
}
