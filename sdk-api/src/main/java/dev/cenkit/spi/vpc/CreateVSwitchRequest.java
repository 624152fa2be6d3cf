package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateVSwitch}: a subnet of a VPC in one zone of its region (R37). */
@Value.Immutable
@CenkitStyle
public interface CreateVSwitchRequest extends Operation<VSwitch>, Tagged {
  /** {@code VpcId}. */
  VpcId vpcId();

  /** {@code ZoneId}, e.g. {@code cn-hangzhou-h}. */
  String zoneId();

  /** {@code CidrBlock}. */
  Cidr cidrBlock();

  /** {@code VSwitchName}. */
  Optional<String> vSwitchName();

  /** {@code Description} (R4). */
  Optional<String> description();

  @Value.Check
  default void check() {
    Checks.required(zoneId(), "zone id");
    vSwitchName().ifPresent(n -> Checks.name(n, "vSwitch"));
    description().ifPresent(d -> Checks.description(d, "vSwitch"));
    checkTagged("vSwitch");
  }

  @Override
  default String action() {
    return "CreateVSwitch";
  }

  @Override
  default String summary() {
    return vpcId() + ", " + zoneId() + ", " + cidrBlock();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateVSwitchRequest}. */
  class Builder extends ImmutableCreateVSwitchRequest.Builder {}
}
