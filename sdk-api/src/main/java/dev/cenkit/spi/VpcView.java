package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The VPC part of a {@link CloudSnapshot}: unmodifiable maps ordered by id. */
public interface VpcView {
  /** Every VPC by id. */
  Map<VpcId, Vpc> vpcs();

  /** Every vSwitch by id. */
  Map<VSwitchId, VSwitch> vSwitches();

  /** The VPC with this id, if it exists. */
  default Optional<Vpc> vpc(VpcId id) {
    Checks.required(id, "id (VpcId)");
    return Optional.ofNullable(vpcs().get(id));
  }

  /** The vSwitches of a VPC, ordered by id. */
  default List<VSwitch> vSwitchesOf(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return vSwitches().values().stream().filter(v -> v.vpcId().equals(vpcId)).collect(Collectors.toUnmodifiableList());
  }

  /** Every custom route entry by id. */
  Map<RouteEntryId, RouteEntry> routeEntries();

  /** The VPC whose (system) route table this is, if it exists. */
  default Optional<Vpc> vpcOfRouteTable(RouteTableId routeTableId) {
    Checks.required(routeTableId, "routeTableId (RouteTableId)");
    return vpcs().values().stream().filter(v -> v.routeTableId().equals(routeTableId)).findFirst();
  }

  /** The custom route entries of a route table, ordered by id. */
  default List<RouteEntry> routeEntriesOf(RouteTableId routeTableId) {
    Checks.required(routeTableId, "routeTableId (RouteTableId)");
    return routeEntries().values().stream()
        .filter(e -> e.routeTableId().equals(routeTableId))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The custom route entries of every route table of a VPC, ordered by id. */
  default List<RouteEntry> routeEntriesOfVpc(VpcId vpcId) {
    Checks.required(vpcId, "vpcId (VpcId)");
    return routeEntries().values().stream().filter(e -> e.vpcId().equals(vpcId)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The VPC with this name, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several VPCs share the name
   */
  default Optional<Vpc> vpcNamed(String name) {
    return ByName.unique(vpcs().values(), Vpc::name, name, "VPC");
  }

  /**
   * The vSwitch with this name in a VPC, if exactly one has it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when several vSwitches of the VPC share the name
   */
  default Optional<VSwitch> vSwitchNamed(VpcId vpcId, String name) {
    return ByName.unique(vSwitchesOf(vpcId), VSwitch::name, name, "vSwitch of " + vpcId);
  }
}
