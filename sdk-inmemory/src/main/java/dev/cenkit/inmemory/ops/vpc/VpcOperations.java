package dev.cenkit.inmemory.ops.vpc;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.VpcRules;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import dev.cenkit.spi.vpc.DeleteRouteEntryRequest;
import dev.cenkit.spi.vpc.DeleteVSwitchRequest;
import dev.cenkit.spi.vpc.DeleteVpcRequest;

/** The handlers of the VPC actions. */
public final class VpcOperations {
  private VpcOperations() {}

  /** Registers every VPC handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateVpc", CreateVpcRequest.class, VpcOperations::createVpc)
        .register("CreateVSwitch", CreateVSwitchRequest.class, VpcOperations::createVSwitch)
        .register("DeleteVpc", DeleteVpcRequest.class, VpcOperations::deleteVpc)
        .register("DeleteVSwitch", DeleteVSwitchRequest.class, VpcOperations::deleteVSwitch)
        .register("CreateRouteEntry", CreateRouteEntryRequest.class, VpcOperations::createRouteEntry)
        .register("DeleteRouteEntry", DeleteRouteEntryRequest.class, VpcOperations::deleteRouteEntry);
  }

  static Vpc createVpc(Txn txn, CreateVpcRequest r) {
    VpcRules.r36VpcCidr(r.cidrBlock());
    VpcRules.vpcQuota(txn.state(), r.region(), txn.quotas().vpcsPerRegion());
    Vpc vpc =
        Vpc.builder()
            .id(txn.newId(VpcId.KIND, VpcId::of))
            .ownerId(txn.caller())
            .region(r.region())
            .cidrBlock(r.cidrBlock())
            .name(r.vpcName())
            .description(r.description())
            .tags(r.tags())
            .resourceGroupId(r.resourceGroupId())
            .routeTableId(txn.newId(RouteTableId.KIND, RouteTableId::of))
            .build();
    txn.update(s -> s.withVpc(v -> v.withVpc(vpc)));
    return vpc;
  }

  static VSwitch createVSwitch(Txn txn, CreateVSwitchRequest r) {
    Vpc vpc = Lookups.vpc(txn.state(), r.vpcId());
    VpcRules.r1ZoneInRegion(vpc, r.zoneId());
    VpcRules.r37VSwitchCidr(txn.state(), vpc, r.cidrBlock(), txn.quotas().vSwitchesPerVpc());
    VSwitch vsw =
        VSwitch.builder()
            .id(txn.newId(VSwitchId.KIND, VSwitchId::of))
            .vpcId(vpc.id())
            .region(vpc.region())
            .zoneId(r.zoneId())
            .cidrBlock(r.cidrBlock())
            .name(r.vSwitchName())
            .description(r.description())
            .tags(r.tags())
            .resourceGroupId(r.resourceGroupId())
            .build();
    txn.update(s -> s.withVpc(v -> v.withVSwitch(vsw)));
    return vsw;
  }

  static Vpc deleteVpc(Txn txn, DeleteVpcRequest r) {
    Vpc vpc = VpcRules.r39VpcToDelete(txn.state(), r.vpcId());
    VpcRules.r39VpcDeletable(txn.state(), vpc);
    txn.update(s -> s.withVpc(v -> v.withoutVpc(vpc.id())));
    // the grants of a deleted VPC go with it (R8, E18)
    txn.update(s -> s.withGrants(g -> g.withoutInstance(vpc.id())));
    return vpc;
  }

  static VSwitch deleteVSwitch(Txn txn, DeleteVSwitchRequest r) {
    VSwitch vsw = VpcRules.r40VSwitchToDelete(txn.state(), r.vSwitchId());
    VpcRules.r40VSwitchDeletable(txn.state(), vsw);
    txn.update(s -> s.withVpc(v -> v.withoutVSwitch(vsw.id())));
    return vsw;
  }

  /** The checks of {@code CreateRouteEntry} (R38, E16), answering the route table's VPC. */
  public static Vpc checkRouteEntry(Txn txn, CreateRouteEntryRequest r) {
    Vpc vpc = Lookups.vpcOfRouteTable(txn.state(), r.routeTableId());
    VpcRules.r38RouteDestination(
        txn.state(), vpc, r.routeTableId(), r.destinationCidrBlock(), txn.quotas().customRoutesPerTable());
    VpcRules.r38NextHop(txn.state(), vpc, r.nextHopType(), r.nextHopId());
    return vpc;
  }

  /** {@code CreateRouteEntry}, also used for routes towards a transit-router connection (E30). */
  public static RouteEntry createRouteEntry(Txn txn, CreateRouteEntryRequest r) {
    Vpc vpc = checkRouteEntry(txn, r);
    RouteEntry entry =
        RouteEntry.builder()
            .id(txn.newId(RouteEntryId.KIND, RouteEntryId::of))
            .routeTableId(r.routeTableId())
            .vpcId(vpc.id())
            .destinationCidrBlock(r.destinationCidrBlock())
            .nextHopType(r.nextHopType())
            .nextHopId(r.nextHopId())
            .name(r.routeEntryName())
            .description(r.description())
            .build();
    txn.update(s -> s.withVpc(v -> v.withRouteEntry(entry)));
    return entry;
  }

  static RouteEntry deleteRouteEntry(Txn txn, DeleteRouteEntryRequest r) {
    RouteEntry entry = Lookups.routeEntry(txn.state(), r.routeEntryId());
    txn.update(s -> s.withVpc(v -> v.withoutRouteEntry(entry.id())));
    return entry;
  }
}
