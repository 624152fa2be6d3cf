package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.RouteEntryId;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;

/** Finds resources that an operation names, or rejects it with the real not-found code. */
public final class Lookups {
  private Lookups() {}

  /** The VPC, or {@code InvalidVpcID.NotFound}. */
  public static Vpc vpc(Snapshot s, VpcId id) {
    Vpc vpc = s.vpc().vpcOrNull(id);
    if (vpc == null) {
      throw ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(null, "VPC " + id + " does not exist", id);
    }
    return vpc;
  }

  /** The vSwitch, or {@code InvalidVSwitchId.NotFound}. */
  public static VSwitch vSwitch(Snapshot s, VSwitchId id) {
    VSwitch vsw = s.vpc().vSwitches().get(id);
    if (vsw == null) {
      throw ErrorCode.INVALID_VSWITCH_ID_NOT_FOUND.exception(null, "vSwitch " + id + " does not exist", id);
    }
    return vsw;
  }

  /** The VPC whose route table this is, or {@code InvalidRouteTableId.NotFound}. */
  public static Vpc vpcOfRouteTable(Snapshot s, RouteTableId id) {
    return s.vpc()
        .vpcOfRouteTable(id)
        .orElseThrow(
            () -> ErrorCode.INVALID_ROUTE_TABLE_ID_NOT_FOUND.exception(null, "route table " + id + " does not exist", id));
  }

  /** The route entry, or {@code InvalidRouteEntry.NotFound}. */
  public static RouteEntry routeEntry(Snapshot s, RouteEntryId id) {
    RouteEntry entry = s.vpc().routeEntries().get(id);
    if (entry == null) {
      throw ErrorCode.INVALID_ROUTE_ENTRY_NOT_FOUND.exception(null, "route entry " + id + " does not exist", id);
    }
    return entry;
  }

  /** The CEN, or {@code ParameterCenInstanceId}. */
  public static CenInstance cen(Snapshot s, CenId id) {
    CenInstance cen = s.cen().cens().get(id);
    if (cen == null) {
      throw ErrorCode.PARAMETER_CEN_INSTANCE_ID.exception(null, "CEN " + id + " does not exist", id);
    }
    return cen;
  }

  /** The bandwidth plan, or {@code ParameterBwpInstanceId} (R23). */
  public static BandwidthPlan bandwidthPlan(Snapshot s, BandwidthPackageId id) {
    BandwidthPlan plan = s.cen().bandwidthPlans().get(id);
    if (plan == null) {
      throw ErrorCode.PARAMETER_BWP_INSTANCE_ID.exception(
          dev.cenkit.error.RuleId.R23, "bandwidth plan " + id + " does not exist", id);
    }
    return plan;
  }
}
