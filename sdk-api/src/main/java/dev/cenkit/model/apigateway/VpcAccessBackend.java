package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An HTTP backend reached through a VPC access authorization ({@code ServiceProtocol=HTTP},
 * {@code ServiceVpcEnable=TRUE}, {@code VpcConfig.Name}); the authorization must exist when the API is created
 * (R65) and names the VPC, target and port (R67).
 */
@Value.Immutable
@CenkitStyle
public non-sealed interface VpcAccessBackend extends ApiBackend {
  /** The name of the VPC access authorization ({@code VpcConfig.Name}). */
  String vpcAccessName();

  /** The scheme ({@code VpcConfig.VpcScheme}), {@code HTTP} by default. */
  @Value.Default
  default String vpcScheme() {
    return "HTTP";
  }

  /** The backend path ({@code ServicePath}), {@code /} by default. */
  @Value.Default
  default String servicePath() {
    return "/";
  }

  /** The backend method ({@code ServiceHttpMethod}); absent means the request's. */
  Optional<HttpMethod> serviceHttpMethod();

  @Override
  default String serviceType() {
    return "HTTP-VPC";
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    Checks.name(vpcAccessName(), "VPC access authorization");
    if (!vpcScheme().equals("HTTP") && !vpcScheme().equals("HTTPS")) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "VPC scheme '" + vpcScheme() + "' is not HTTP or HTTPS", vpcScheme());
    }
    ApiBackend.checkPath(servicePath(), "backend path");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VpcAccessBackend}. */
  class Builder extends ImmutableVpcAccessBackend.Builder {}
}
