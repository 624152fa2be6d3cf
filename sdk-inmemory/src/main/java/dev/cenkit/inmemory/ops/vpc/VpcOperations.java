package dev.cenkit.inmemory.ops.vpc;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.VpcRules;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;

/** The handlers of the VPC actions. */
public final class VpcOperations {
  private VpcOperations() {}

  /** Registers every VPC handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateVpc", CreateVpcRequest.class, VpcOperations::createVpc)
        .register("CreateVSwitch", CreateVSwitchRequest.class, VpcOperations::createVSwitch);
  }

  static Vpc createVpc(Txn txn, CreateVpcRequest r) {
    VpcRules.r36VpcCidr(r.cidrBlock());
    VpcRules.vpcQuota(txn.state(), r.region(), txn.quotas().vpcsPerRegion());
    Vpc vpc =
        Vpc.builder()
            .id(txn.newId(VpcId.KIND, VpcId::of))
            .region(r.region())
            .cidrBlock(r.cidrBlock())
            .name(r.vpcName())
            .description(r.description())
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
            .build();
    txn.update(s -> s.withVpc(v -> v.withVSwitch(vsw)));
    return vsw;
  }
}
