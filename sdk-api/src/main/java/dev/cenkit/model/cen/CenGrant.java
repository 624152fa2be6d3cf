package dev.cenkit.model.cen;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A permission the owner of a network instance gave to another account's CEN: {@code GrantInstanceToCen} (VPC
 * API, for attaching it with {@code AttachCenChildInstance}, R8) or {@code GrantInstanceToTransitRouter} (for
 * connecting it to the CEN's Enterprise transit routers, E18; only those carry an {@link #orderType()}). At most
 * one of each per instance and CEN.
 */
@Value.Immutable
@CenkitStyle
public interface CenGrant {
  /** {@code InstanceId}: the granted VPC or VBR. */
  NetworkInstanceId instanceId();

  /** {@code InstanceType}, derived from the id's prefix. */
  @Value.Derived
  default ChildInstanceType instanceType() {
    return instanceId().childInstanceType();
  }

  /** The account that owns the instance and gave the grant. */
  AccountId instanceOwnerId();

  /** {@code CenId}: the CEN that may attach the instance. */
  CenId cenId();

  /** {@code CenOwnerId}: the account that owns that CEN, as the grant names it. */
  AccountId cenOwnerId();

  /** The instance's region. */
  RegionId region();

  /** {@code OrderType}: who pays; present on transit-router grants only. */
  Optional<GrantOrderType> orderType();

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link CenGrant}. */
  class Builder extends ImmutableCenGrant.Builder {}
}
