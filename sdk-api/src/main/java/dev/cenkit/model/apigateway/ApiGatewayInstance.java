package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An API Gateway instance (R49): shared ({@link ApiGatewayInstanceType#VPC_SHARED}) or dedicated
 * ({@link ApiGatewayInstanceType#VPC_DEDICATED}, conventional or VPC integration). It hosts API groups.
 *
 * <p>Networking facts kept here: the egress block backends see ({@code VpcEgressAddress}, a /26 inside
 * 100.64.0.0/10 for shared and conventional dedicated instances, R52), the VPC a dedicated instance is bound to
 * for incoming calls (R50, R51, D5) and, for {@code vpc_connect}, the connected VPC (R53). Describe a new one
 * with {@link dev.cenkit.dsl.Cenkit#dedicatedGateway()} or {@link dev.cenkit.dsl.Cenkit#sharedGateway(RegionId)} (the shared instance every region has, R49).
 */
@Value.Immutable
@CenkitStyle
public interface ApiGatewayInstance {
  /** The dedicated instance specs ({@code InstanceSpec}) and their documented maximum inbound requests per second. */
  List<String> SPECS =
      List.of(
          "api.s1.small",
          "api.s1.medium",
          "api.s2.large",
          "api.s2.large.x2",
          "api.s2.large.x3",
          "api.s2.large.x4",
          "api.s2.large.x5",
          "api.s2.large.x6");

  /** The instance-name rule of the API ({@code ^[A-Za-z0-9_-]+$}). */
  Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  /**
   * The blocks the shared instances' egress blocks come from (SD3, an emulator choice: the real range is not
   * documented): one /26 per region, counted down from the top of 100.104.0.0/16; dedicated instances never get
   * one of these (SD17).
   */
  Cidr SHARED_EGRESS_RESERVE = Cidr.of("100.104.240.0/20");

  /** The HTTPS security policies a dedicated instance may have ({@code HttpsPolicy}). */
  List<String> HTTPS_POLICIES = List.of("HTTPS1_1_TLS1_0", "HTTPS2_TLS1_0", "HTTPS2_TLS1_2");

  /** The charge types of a dedicated instance ({@code ChargeType}). */
  List<String> CHARGE_TYPES = List.of("PostPaid", "PrePaid");

  /** The instance id. */
  ApiGatewayInstanceId id();

  /** The name ({@code InstanceName}), if one was given. */
  Optional<String> name();

  /** The region (R1). */
  RegionId region();

  /** Shared or dedicated (R49). */
  ApiGatewayInstanceType instanceType();

  /** The dedicated sub-type; present exactly for dedicated instances (R49). */
  Optional<DedicatedInstanceType> dedicatedInstanceType();

  /** The spec of a dedicated instance, e.g. {@code api.s1.small}. */
  Optional<String> instanceSpec();

  /** The zone of a conventional dedicated instance (R55), e.g. {@code cn-hangzhou-h}. */
  Optional<String> zoneId();

  /** The egress block backends see ({@code VpcEgressAddress}): a /26 in 100.64.0.0/10 (R52); absent for {@code vpc_connect}. */
  Optional<Cidr> vpcEgressAddress();

  /** The connected VPC of a {@code vpc_connect} instance (R53). */
  Optional<VpcIntegration> vpcIntegration();

  /** The VPC bound for incoming calls to a dedicated instance (R51, D6), if any. */
  Optional<VpcBinding> vpcBinding();

  /** The HTTPS security policy ({@code HttpsPolicy}) of a dedicated instance. */
  Optional<String> httpsPolicy();

  /** The charge type ({@code ChargeType}, {@code PostPaid} or {@code PrePaid}) of a dedicated instance. */
  Optional<String> chargeType();

  /** The status; cenkit completes creation at once. */
  @Value.Default
  default InstanceStatus status() {
    return InstanceStatus.RUNNING;
  }

  /**
   * The private address its VPC second-level domains resolve to: the ingress address in the bound VPC of a
   * dedicated instance (D5); empty for a shared instance or one not bound to a VPC.
   */
  default Optional<Ipv4Address> ingressAddress() {
    return vpcBinding().map(VpcBinding::ingressAddress);
  }

  /** Whether the instance is dedicated. */
  default boolean isDedicated() {
    return instanceType() == ApiGatewayInstanceType.VPC_DEDICATED;
  }

  /** Whether the instance is a conventional ({@code normal}) dedicated instance. */
  default boolean isConventionalDedicated() {
    return dedicatedInstanceType().filter(t -> t == DedicatedInstanceType.NORMAL).isPresent();
  }

  /** The name if there is one, else the id. */
  @Value.Derived
  @Value.Auxiliary
  default String displayName() {
    return name().orElse(id().value());
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    name().ifPresent(ApiGatewayInstance::checkName);
    if (isDedicated() != dedicatedInstanceType().isPresent()) {
      throw ErrorCode.INVALID_INSTANCE_TYPE.exception(
          RuleId.R49, "a dedicated sub-type is given exactly for dedicated instances", id());
    }
    if (!isDedicated() && (vpcBinding().isPresent() || vpcIntegration().isPresent())) {
      throw ErrorCode.SHARED_INSTANCE_NOT_SUPPORTED.exception(
          RuleId.R51, "a shared instance has no bound or connected VPC", id());
    }
    if (vpcIntegration().isPresent() != dedicatedInstanceType().filter(t -> t == DedicatedInstanceType.VPC_CONNECT).isPresent()) {
      throw ErrorCode.MISSING_USER_VPC_ID.exception(
          RuleId.R55, "a connected VPC is present exactly for vpc_connect instances", id());
    }
    vpcEgressAddress()
        .ifPresent(
            egress -> {
              if (egress.prefixLength() != 26 || !Cidr.CLOUD_SERVICES.contains(egress)) {
                throw ErrorCode.INVALID_PARAMETER.exception(
                    RuleId.R52, "egress block " + egress + " is not a /26 inside " + Cidr.CLOUD_SERVICES, id());
              }
            });
  }

  /**
   * The shared instance that {@code region} already has in every account (R49): it exists without being created,
   * hosts the groups created without an instance id, serves the VPCs of its region (R50) and sends from its own
   * /26 of {@link #SHARED_EGRESS_RESERVE} (SD3). The same value every time.
   */
  static ApiGatewayInstance shared(RegionId region) {
    return SharedInstances.of(region);
  }

  /**
   * Checks an instance name: 1 to 128 letters, digits, underscores and hyphens.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidName.Malformed}
   */
  static String checkName(String name) {
    Checks.name(name, "API Gateway instance");
    if (!NAME.matcher(name).matches()) {
      throw ErrorCode.INVALID_NAME.exception(
          null, "API Gateway instance name '" + name + "' may contain only letters, digits, '_' and '-'", name);
    }
    return name;
  }

  /** A builder of the value (for tests and providers; to create an instance, use {@link dev.cenkit.dsl.Cenkit}). */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link ApiGatewayInstance}. */
  class Builder extends ImmutableApiGatewayInstance.Builder {}
}
