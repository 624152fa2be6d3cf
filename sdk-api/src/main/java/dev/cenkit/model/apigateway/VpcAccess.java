package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.VpcId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A VPC access authorization ({@code SetVpcAccess}): lets API Gateway call one port of one resource through a
 * VPC (R65-R68). The target ({@code InstanceId}) is an ECS or internal SLB instance id, or an IPv4 address —
 * which may be a host in a data center reached through the VPC (scenario 3). Names are unique per account and
 * region (D11).
 *
 * <pre>{@code
 * VpcAccessSpec idc = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface VpcAccess {
  /** ECS ({@code i-}) and SLB ({@code lb-}) instance ids. */
  Pattern INSTANCE_ID = Pattern.compile("(i|lb)-[a-z0-9]{4,40}");

  /** The authorization id ({@code VpcAccessId}, 32 hexadecimal digits). */
  VpcAccessId id();

  /** The name ({@code Name}, unique per region, D11). */
  String name();

  /** The region, the VPC's. */
  RegionId region();

  /** The VPC ({@code VpcId}). */
  VpcId vpcId();

  /** The target ({@code InstanceId}): an ECS or SLB instance id, or an IPv4 address (R67). */
  String instanceId();

  /** The port ({@code Port}), 1 to 65535 (R67). */
  int port();

  /** The description, if one was given. */
  Optional<String> description();

  /** The target's address when the target is an IPv4 address rather than an instance id. */
  default Optional<Ipv4Address> ipAddress() {
    return INSTANCE_ID.matcher(instanceId()).matches() ? Optional.empty() : Optional.of(Ipv4Address.of(instanceId()));
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Checks.name(name(), "VPC access authorization");
    description().ifPresent(d -> Checks.description(d, "VPC access authorization"));
    checkTarget(instanceId());
    checkPort(port());
  }

  /**
   * Checks a target against R67: an ECS ({@code i-…}) or SLB ({@code lb-…}) instance id, or an IPv4 address.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.InstanceId}
   */
  static String checkTarget(String instanceId) {
    Checks.required(instanceId, "VPC access target (instance id or IP address)");
    if (INSTANCE_ID.matcher(instanceId).matches()) {
      return instanceId;
    }
    try {
      Ipv4Address.of(instanceId);
      return instanceId;
    } catch (RuntimeException e) {
      throw ErrorCode.INVALID_VPC_ACCESS_TARGET.exception(
          RuleId.R67,
          "VPC access target '" + instanceId + "' is neither an ECS/SLB instance id (i-…, lb-…) nor an IPv4 address",
          instanceId);
    }
  }

  /**
   * Checks a port against R67: 1 to 65535.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.Port}
   */
  static int checkPort(int port) {
    return (int) Checks.inRange(port, 1, 65535, "port", ErrorCode.INVALID_PORT, RuleId.R67);
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VpcAccess}. */
  class Builder extends ImmutableVpcAccess.Builder {}
}
