package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code DetachCenChildInstance}: detaches a network instance from a CEN. Idempotent (R11): detaching an
 * instance that is not attached to this CEN succeeds and changes nothing. Answers the removed attachment, or
 * empty when there was none.
 */
@Value.Immutable
@CenkitStyle
public interface DetachCenChildInstanceRequest extends Operation<Optional<CenAttachment>> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code ChildInstanceId}. */
  NetworkInstanceId childInstanceId();

  /** {@code ChildInstanceRegionId}. */
  RegionId childInstanceRegion();

  /**
   * {@code ChildInstanceOwnerId}: the account that owns the child when it is not the CEN's owner (R8). The
   * attachment is found by the child's id; without this, another account's child is not found.
   */
  java.util.Optional<dev.cenkit.model.AccountId> childInstanceOwnerId();

  /** {@code ChildInstanceType}, derived from the id's prefix. */
  @Value.Derived
  default ChildInstanceType childInstanceType() {
    return childInstanceId().childInstanceType();
  }

  @Override
  default String action() {
    return "DetachCenChildInstance";
  }

  @Override
  default String summary() {
    return cenId() + ", " + childInstanceId().value() + ", " + childInstanceRegion();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DetachCenChildInstanceRequest}. */
  class Builder extends ImmutableDetachCenChildInstanceRequest.Builder {}
}
