package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.fc.FcVersion;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Function Compute backend ({@code ServiceProtocol=FunctionCompute}, {@code FunctionComputeConfig}).
 *
 * <p>Checked when built: the RAM role API Gateway assumes is required (R73) and taken as given, as the real API
 * takes it (whether the role exists and trusts API Gateway is not modelled); an
 * {@link FcType#FC_EVENT} backend names its function (and, for Function Compute 2.0, its service); an
 * {@link FcType#HTTP_TRIGGER} backend names its base URL, path and method (R74). The function may be in another
 * region than the API, and is then reached over the Internet (R72, {@link #reachedOverInternet(RegionId)}).
 */
@Value.Immutable
@CenkitStyle
public non-sealed interface FunctionComputeBackend extends ApiBackend {
  /** The role of the caller's own account that API Gateway assumes by default to call Function Compute (R73). */
  String DEFAULT_ROLE_ARN = "acs:ram:::role/aliyunserviceroleforapig";

  /** The function's region ({@code fcRegionId}). */
  RegionId fcRegion();

  /** Event invocation or HTTP trigger ({@code fcType}). */
  @Value.Default
  default FcType fcType() {
    return FcType.FC_EVENT;
  }

  /** The Function Compute version ({@code fcVersion}), 3.0 by default. */
  @Value.Default
  default FcVersion fcVersion() {
    return FcVersion.V3_0;
  }

  /** The service ({@code serviceName}), needed for event invocation on 2.0. */
  Optional<String> serviceName();

  /** The function ({@code functionName}), needed for event invocation. */
  Optional<String> functionName();

  /** The version or alias ({@code qualifier}). */
  Optional<String> qualifier();

  /** The HTTP trigger's base URL ({@code fcBaseUrl}). */
  Optional<String> fcBaseUrl();

  /** The HTTP trigger's path ({@code path}). */
  Optional<String> path();

  /** The HTTP trigger's method ({@code method}). */
  Optional<HttpMethod> method();

  /**
   * The RAM role API Gateway assumes to invoke the function ({@code roleArn}, R73), as given: an ARN such as
   * {@code acs:ram::<account id>:role/<role name>} or a role name.
   */
  Optional<String> roleArn();

  @Override
  default String serviceType() {
    return "FunctionCompute";
  }

  /** The function an event backend invokes; empty for an HTTP trigger. */
  default Optional<FcFunctionId> functionId() {
    if (fcType() != FcType.FC_EVENT || functionName().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> service = fcVersion() == FcVersion.V2_0 ? serviceName() : Optional.empty();
    return Optional.of(FcFunctionId.of(fcRegion(), service, functionName().get()));
  }

  /** Whether an API of {@code gatewayRegion} reaches this function over the Internet rather than internally (R72). */
  default boolean reachedOverInternet(RegionId gatewayRegion) {
    return !fcRegion().equals(gatewayRegion);
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    if (roleArn().map(String::isBlank).orElse(true)) {
      throw ErrorCode.MISSING_ROLE_ARN.exception(
          RuleId.R73, "a Function Compute backend needs the RAM role API Gateway assumes (roleArn)");
    }
    if (fcType() == FcType.FC_EVENT) {
      if (functionName().isEmpty()) {
        throw incomplete("an FCEvent backend needs functionName");
      }
      if (fcVersion() == FcVersion.V2_0 && serviceName().isEmpty()) {
        throw incomplete("an FCEvent backend on Function Compute 2.0 needs serviceName");
      }
    } else {
      if (fcBaseUrl().isEmpty() || path().isEmpty() || method().isEmpty()) {
        throw incomplete("an HttpTrigger backend needs fcBaseUrl, path and method");
      }
      String url = fcBaseUrl().get();
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        throw ErrorCode.INVALID_SERVICE_ADDRESS.exception(
            RuleId.R74, "fcBaseUrl '" + url + "' is not an http:// or https:// URL", url);
      }
      ApiBackend.checkPath(path().get(), "HTTP trigger path");
    }
  }

  private static RuntimeException incomplete(String what) {
    return ErrorCode.INCOMPLETE_FUNCTION_COMPUTE_CONFIG.exception(RuleId.R74, what);
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link FunctionComputeBackend}. */
  class Builder extends ImmutableFunctionComputeBackend.Builder {}
}
