package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code CreateInstance}: a dedicated API Gateway instance (R49), {@code normal} or {@code vpc_connect}, with its
 * spec, HTTPS policy and charge type ({@code MissingParameter} without them); a conventional one needs a zone, a
 * VPC-integration one its VPC, instance CIDR and vSwitches (R53, R55). Shared instances are not created: every
 * region already has one ({@link dev.cenkit.model.apigateway.ApiGatewayInstance#shared}), and a group created
 * without an instance id lands on it.
 */
@Value.Immutable
@CenkitStyle
public interface CreateInstanceRequest extends Operation<ApiGatewayInstance> {

  /** {@code RegionId}. */
  RegionId region();

  /** {@code InstanceName}. */
  Optional<String> instanceName();

  /** {@code VPC_DEDICATED}, the only kind {@code CreateInstance} makes (R49); {@code VPC_SHARED} is refused. */
  @Value.Default
  default ApiGatewayInstanceType instanceType() {
    return ApiGatewayInstanceType.VPC_DEDICATED;
  }

  /** The dedicated sub-type ({@code InstanceType} on create); {@code normal} when absent for a dedicated instance. */
  Optional<DedicatedInstanceType> dedicatedInstanceType();

  /** {@code InstanceSpec}, e.g. {@code api.s1.small}; required. */
  Optional<String> instanceSpec();

  /** {@code HttpsPolicy}, e.g. {@code HTTPS2_TLS1_2}; required. */
  Optional<String> httpsPolicy();

  /** {@code ChargeType}, {@code PostPaid} or {@code PrePaid}; required. */
  Optional<String> chargeType();

  /** {@code ZoneId}; required for a conventional dedicated instance (R55). */
  Optional<String> zoneId();

  /** {@code UserVpcId}: the connected VPC of a {@code vpc_connect} instance (R53, R55). */
  Optional<VpcId> userVpcId();

  /** {@code InstanceCidr} of a {@code vpc_connect} instance: 192.168.0.0/16 or 172.16.0.0/12 (R55). */
  Optional<Cidr> instanceCidr();

  /** The vSwitches of {@code ZoneVSwitchSecurityGroup} for a {@code vpc_connect} instance (R55). */
  List<VSwitchId> zoneVSwitchIds();

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    instanceName().ifPresent(ApiGatewayInstance::checkName);
  }

  @Override
  default String action() {
    return "CreateInstance";
  }

  @Override
  default String summary() {
    return region() + ", " + instanceType() + dedicatedInstanceType().map(t -> "/" + t).orElse("") + instanceName().map(n -> ", '" + n + "'").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateInstanceRequest}. */
  class Builder extends ImmutableCreateInstanceRequest.Builder {}
}
