package dev.cenkit.spi.ecs;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateSecurityGroup}: a security group in a VPC; answers the new group, with no rules. */
@Value.Immutable
@CenkitStyle
public interface CreateSecurityGroupRequest extends Operation<SecurityGroup> {

  /** {@code RegionId}, the VPC's. */
  RegionId region();

  /** {@code VpcId}: cenkit models VPC groups only. */
  VpcId vpcId();

  /** {@code SecurityGroupName}: 2-128 characters, starting with a letter, not with http:// or https://. */
  Optional<String> securityGroupName();

  /** {@code Description}: 2-256 characters, not starting with http:// or https://. */
  Optional<String> description();

  /** {@code SecurityGroupType}: basic ({@code normal}) by default. */
  @Value.Default
  default SecurityGroupType securityGroupType() {
    return SecurityGroupType.NORMAL;
  }

  @Override
  default String action() {
    return "CreateSecurityGroup";
  }

  @Override
  default String summary() {
    return region() + ", " + vpcId() + ", " + securityGroupType() + securityGroupName().map(n -> ", " + n).orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateSecurityGroupRequest}. */
  class Builder extends ImmutableCreateSecurityGroupRequest.Builder {}
}
