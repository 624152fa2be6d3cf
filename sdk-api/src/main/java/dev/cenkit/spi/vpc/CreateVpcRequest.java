package dev.cenkit.spi.vpc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateVpc}: a VPC in a region with a primary CIDR block (R36, D9). */
@Value.Immutable
@CenkitStyle
public interface CreateVpcRequest extends Operation<Vpc>, Tagged {
  /** {@code RegionId}. */
  RegionId region();

  /** {@code CidrBlock}. */
  Cidr cidrBlock();

  /** {@code VpcName}. */
  Optional<String> vpcName();

  /** {@code Description}. */
  Optional<String> description();

  @Value.Check
  default void check() {
    vpcName().ifPresent(n -> Checks.name(n, "VPC"));
    description().ifPresent(d -> Checks.description(d, "VPC"));
    checkTagged("VPC");
  }

  @Override
  default String action() {
    return "CreateVpc";
  }

  @Override
  default String summary() {
    return region() + ", " + cidrBlock() + vpcName().map(n -> ", '" + n + "'").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateVpcRequest}. */
  class Builder extends ImmutableCreateVpcRequest.Builder {}
}
