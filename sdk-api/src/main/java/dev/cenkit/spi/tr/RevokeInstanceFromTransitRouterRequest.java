package dev.cenkit.spi.tr;

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
 * {@code RevokeInstanceFromTransitRouter} (Cbn 2017-09-12): the owner of a VPC or VBR withdraws a grant it gave a
 * CEN's transit routers (E18); the instance must first be disconnected from them. Answers the revoked grant.
 */
@Value.Immutable
@CenkitStyle
public interface RevokeInstanceFromTransitRouterRequest extends Operation<CenGrant> {
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

  /** {@code RegionId}: the instance's region (R1); optional for this action. */
  java.util.Optional<RegionId> regionId();

  @Override
  default String action() {
    return "RevokeInstanceFromTransitRouter";
  }

  @Override
  default String summary() {
    return instanceId().value() + ", " + cenId() + ", " + cenOwnerId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link RevokeInstanceFromTransitRouterRequest}. */
  class Builder extends ImmutableRevokeInstanceFromTransitRouterRequest.Builder {}
}
