package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;

/** Finds resources that an operation names, or rejects it with the real not-found code. */
public final class Lookups {
  private Lookups() {}

  /** The VPC, or {@code InvalidVpcID.NotFound}. */
  public static Vpc vpc(Snapshot s, VpcId id) {
    Vpc vpc = s.vpc().vpcs().get(id);
    if (vpc == null) {
      throw ErrorCode.INVALID_VPC_ID_NOT_FOUND.exception(null, "VPC " + id + " does not exist", id);
    }
    return vpc;
  }

  /** The CEN, or {@code ParameterCenInstanceId}. */
  public static CenInstance cen(Snapshot s, CenId id) {
    CenInstance cen = s.cen().cens().get(id);
    if (cen == null) {
      throw ErrorCode.PARAMETER_CEN_INSTANCE_ID.exception(null, "CEN " + id + " does not exist", id);
    }
    return cen;
  }
}
