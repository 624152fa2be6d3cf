package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API group: the unit APIs are published in, hosted on one instance, with a public second-level domain
 * {@code <groupId>-<region>.alicloudapi.com} and, once enabled with {@code ModifyIntranetDomainPolicy}, a VPC
 * second-level domain {@code <groupId>-<region>-vpc.alicloudapi.com} (R58, D7).
 *
 * <p>Describe a new one with {@link dev.cenkit.dsl.Cenkit#apiGroup(String)}:
 *
 * <pre>{@code
 * ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(instance).enableVpcDomain();
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface ApiGroup {
  /** The group id ({@code GroupId}, 32 hexadecimal digits). */
  ApiGroupId id();

  /** The name ({@code GroupName}). */
  String name();

  /** The description, if one was given. */
  Optional<String> description();

  /** The instance that hosts the group. */
  ApiGatewayInstanceId instanceId();

  /** The region, the instance's. */
  RegionId region();

  /** The base path ({@code BasePath}), {@code /} by default. */
  @Value.Default
  default String basePath() {
    return "/";
  }

  /** Whether the VPC second-level domain is enabled ({@code VpcIntranetEnable}, R58). */
  @Value.Default
  default boolean vpcDomainEnabled() {
    return false;
  }

  /** The status. */
  @Value.Default
  default ApiGroupStatus status() {
    return ApiGroupStatus.NORMAL;
  }

  /** The public second-level domain ({@code SubDomain}), {@code <groupId>-<region>.alicloudapi.com}. */
  default String subDomain() {
    return id() + "-" + region() + ".alicloudapi.com";
  }

  /**
   * The VPC second-level domain ({@code VpcDomain}), {@code <groupId>-<region>-vpc.alicloudapi.com}: present only
   * while enabled (R58).
   */
  default Optional<String> vpcDomain() {
    return vpcDomainEnabled() ? Optional.of(id() + "-" + region() + "-vpc.alicloudapi.com") : Optional.empty();
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Checks.name(name(), "API group");
    description().ifPresent(d -> Checks.description(d, "API group"));
    checkBasePath(basePath());
  }

  /**
   * Checks a base path: it starts with {@code /} and has no white space.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.Path}
   */
  static String checkBasePath(String basePath) {
    Checks.required(basePath, "base path");
    if (!basePath.startsWith("/") || basePath.chars().anyMatch(Character::isWhitespace)) {
      throw ErrorCode.INVALID_API_PATH.exception(
          null, "base path '" + basePath + "' must start with '/' and contain no white space", basePath);
    }
    return basePath;
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link ApiGroup}. */
  class Builder extends ImmutableApiGroup.Builder {}
}
