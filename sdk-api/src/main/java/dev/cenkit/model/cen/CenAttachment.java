package dev.cenkit.model.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import org.immutables.value.Value;

/**
 * A network instance (VPC or VBR) attached to a CEN ({@code AttachCenChildInstance}); an instance is attached
 * to at most one CEN (R6).
 */
@Value.Immutable
@CenkitStyle
public interface CenAttachment {
  /** The CEN. */
  CenId cenId();

  /** The attached network instance. */
  NetworkInstanceId childInstanceId();

  /** The child's region (R1). */
  RegionId childInstanceRegion();

  /** The child type, derived from the id. */
  @Value.Derived
  default ChildInstanceType childInstanceType() {
    return childInstanceId().childInstanceType();
  }

  /** The status; cenkit completes transitions at once. */
  @Value.Default
  default AttachmentStatus status() {
    return AttachmentStatus.ATTACHED;
  }

  /** The order of attachment within the cloud (earlier attachments win identical-route ties, D4). */
  long attachOrder();

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link CenAttachment}. */
  class Builder extends ImmutableCenAttachment.Builder {}
}
