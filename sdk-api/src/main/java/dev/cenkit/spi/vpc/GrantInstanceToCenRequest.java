package dev.cenkit.spi.vpc;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code GrantInstanceToCen} (VPC API 2016-04-28): the owner of a VPC or VBR lets another account's CEN attach it
 * with {@code AttachCenChildInstance} (R8). A grant cannot be repeated; another account's VBR cannot be granted by
 * default (R48). Answers the grant.
 */
@Value.Immutable
@CenkitStyle
public interface GrantInstanceToCenRequest extends Operation<CenGrant> {
  /** {@code InstanceId}: the caller's own VPC or VBR. */
  NetworkInstanceId instanceId();

  /** {@code InstanceType}, derived from the id's prefix. */
  @Value.Derived
  default ChildInstanceType instanceType() {
    return instanceId().childInstanceType();
  }

  /** {@code CenId}. */
  CenId cenId();

  /** {@code CenOwnerId}: the account that owns the CEN. */
  AccountId cenOwnerId();

  /** {@code RegionId}: the instance's region (R1). */
  RegionId regionId();

  @Override
  default String action() {
    return "GrantInstanceToCen";
  }

  @Override
  default String summary() {
    return instanceId().value() + ", " + cenId() + ", " + cenOwnerId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link GrantInstanceToCenRequest}. */
  class Builder extends ImmutableGrantInstanceToCenRequest.Builder {}
}
