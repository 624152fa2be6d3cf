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

/** {@code CreateInstance}: a shared or dedicated API Gateway instance (R49); a conventional dedicated instance needs a zone, a VPC-integration one its VPC, instance CIDR and vSwitches (R53, R55). Real shared instances exist per region; cenkit creates them explicitly so that their state is visible. */
@Value.Immutable
@CenkitStyle
public interface CreateInstanceRequest extends Operation<ApiGatewayInstance> {

  /** {@code RegionId}. */
  RegionId region();

  /** {@code InstanceName}. */
  Optional<String> instanceName();

  /** Shared or dedicated (R49). */
  ApiGatewayInstanceType instanceType();

  /** The dedicated sub-type ({@code InstanceType} on create); {@code normal} when absent for a dedicated instance. */
  Optional<DedicatedInstanceType> dedicatedInstanceType();

  /** {@code InstanceSpec}, e.g. {@code api.s1.small}; dedicated only. */
  Optional<String> instanceSpec();

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
