package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code SetVpcAccess}: authorizes API Gateway to call one port of one resource (ECS or SLB instance id, or IPv4 address) through a VPC (R66-R68, D11). There is no {@code CreateVpcAccess} action. */
@Value.Immutable
@CenkitStyle
public interface SetVpcAccessRequest extends Operation<VpcAccess> {

  /** {@code Name}, unique per region (D11). */
  String name();

  /** {@code VpcId}. */
  VpcId vpcId();

  /** {@code InstanceId}: an ECS or SLB instance id, or an IPv4 address (R67). */
  String instanceId();

  /** {@code Port}, 1 to 65535 (R67). */
  int port();

  /** {@code Description}. */
  Optional<String> description();

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Checks.name(name(), "VPC access authorization");
    description().ifPresent(d -> Checks.description(d, "VPC access authorization"));
    VpcAccess.checkTarget(instanceId());
    VpcAccess.checkPort(port());
  }

  @Override
  default String action() {
    return "SetVpcAccess";
  }

  @Override
  default String summary() {
    return "'" + name() + "', " + vpcId() + ", " + instanceId() + ":" + port();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link SetVpcAccessRequest}. */
  class Builder extends ImmutableSetVpcAccessRequest.Builder {}
}
