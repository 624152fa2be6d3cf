package dev.cenkit.spi.cen;

import dev.cenkit.model.AccountId;
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
 * {@code AttachCenChildInstance}: attaches a VPC or VBR to a CEN. The child's region must be the one given
 * (R1) and the child must not be in another CEN (R6).
 */
@Value.Immutable
@CenkitStyle
public interface AttachCenChildInstanceRequest extends Operation<CenAttachment> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code ChildInstanceId}. */
  NetworkInstanceId childInstanceId();

  /** {@code ChildInstanceRegionId}. */
  RegionId childInstanceRegion();

  /**
   * {@code ChildInstanceOwnerId}: the account that owns the child when it is not the CEN's owner; that account
   * must have granted the child to this CEN first (R8). Absent: the caller's own instance.
   */
  Optional<AccountId> childInstanceOwnerId();

  /** {@code ChildInstanceType}, derived from the id's prefix as the real API does. */
  @Value.Derived
  default ChildInstanceType childInstanceType() {
    return childInstanceId().childInstanceType();
  }

  @Override
  default String action() {
    return "AttachCenChildInstance";
  }

  @Override
  default String summary() {
    return cenId() + ", " + childInstanceId().value() + ", " + childInstanceRegion();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link AttachCenChildInstanceRequest}. */
  class Builder extends ImmutableAttachCenChildInstanceRequest.Builder {}
}
