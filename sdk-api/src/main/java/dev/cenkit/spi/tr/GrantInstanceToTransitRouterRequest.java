package dev.cenkit.spi.tr;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenGrant;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.GrantOrderType;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code GrantInstanceToTransitRouter} (Cbn 2017-09-12): the owner of a VPC or VBR lets another account's CEN connect
 * it to its Enterprise transit routers (E18). A grant cannot be repeated; another account's VBR cannot be granted by
 * default (R48). Answers the grant.
 */
@Value.Immutable
@CenkitStyle
public interface GrantInstanceToTransitRouterRequest extends Operation<CenGrant> {
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

  /** {@code OrderType}: who pays for the connection; {@link GrantOrderType#PAY_BY_CEN_OWNER} by default. */
  @Value.Default
  default GrantOrderType orderType() {
    return GrantOrderType.PAY_BY_CEN_OWNER;
  }

  @Override
  default String action() {
    return "GrantInstanceToTransitRouter";
  }

  @Override
  default String summary() {
    return instanceId().value() + ", " + cenId() + ", " + cenOwnerId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link GrantInstanceToTransitRouterRequest}. */
  class Builder extends ImmutableGrantInstanceToTransitRouterRequest.Builder {}
}
