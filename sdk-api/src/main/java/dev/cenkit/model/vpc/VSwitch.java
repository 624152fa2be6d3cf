package dev.cenkit.model.vpc;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A vSwitch: a zonal subnet of a VPC whose CIDR block lies inside the VPC's and overlaps no other vSwitch of
 * it (R37). Its block is a system route of the VPC, advertised to a CEN the VPC is attached to (R25).
 */
@Value.Immutable
@CenkitStyle
public interface VSwitch extends Tagged {
  /** The vSwitch id ({@code vsw-…}). */
  VSwitchId id();

  /** The VPC it belongs to. */
  VpcId vpcId();

  /** The region, the VPC's (R1). */
  RegionId region();

  /** The zone, e.g. {@code cn-hangzhou-h}. */
  String zoneId();

  /** The IPv4 CIDR block. */
  Cidr cidrBlock();

  /** The name ({@code VSwitchName}), if one was given. */
  Optional<String> name();

  /** The description, if one was given (R4). */
  Optional<String> description();

  /** The status; cenkit completes transitions at once. */
  @Value.Default
  default VSwitchStatus status() {
    return VSwitchStatus.AVAILABLE;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "vSwitch"));
    description().ifPresent(d -> Checks.description(d, "vSwitch"));
    checkTagged("vSwitch");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VSwitch}. */
  class Builder extends ImmutableVSwitch.Builder {}
}
