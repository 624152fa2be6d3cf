package dev.cenkit.dsl;

import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Spec;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.FcType;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcVersion;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Function Compute backend of an API in a spec: an event invocation of a function, or an HTTP trigger.
 * Start one with {@link Cenkit#functionBackend(FunctionSpec)}, {@link Cenkit#existingFunctionBackend} or
 * {@link Cenkit#httpTriggerBackend}. It assumes {@link FunctionComputeBackend#DEFAULT_ROLE_ARN} unless
 * {@link #role(String)} names another role (R73). Immutable.
 */
public final class FunctionBackendSpec implements BackendSpec {
  /** An event-invocation backend of a function that the spec creates (its step comes first). */
  static FunctionBackendSpec function(FunctionSpec function) {
    Checks.required(function, "function spec");
    return new FunctionBackendSpec(
        event(function.region(), function.serviceName(), function.functionName(), function.fcVersion()), function);
  }

  /** An event-invocation backend of an existing function. */
  static FunctionBackendSpec function(FcFunction function) {
    Checks.required(function, "function");
    return new FunctionBackendSpec(
        event(function.region(), function.serviceName(), function.functionName(), function.fcVersion()), Spec.empty());
  }

  /** An HTTP-trigger backend at {@code baseUrl} (R74). */
  static FunctionBackendSpec httpTrigger(RegionId region, String baseUrl, String path, HttpMethod method) {
    return new FunctionBackendSpec(
        FunctionComputeBackend.builder()
            .fcRegion(Checks.required(region, "function region"))
            .fcType(FcType.HTTP_TRIGGER)
            .fcBaseUrl(Checks.required(baseUrl, "base URL"))
            .path(Checks.required(path, "path"))
            .method(Checks.required(method, "method"))
            .roleArn(FunctionComputeBackend.DEFAULT_ROLE_ARN)
            .build(),
        Spec.empty());
  }

  private static FunctionComputeBackend event(
      RegionId region, Optional<String> service, String functionName, FcVersion version) {
    return FunctionComputeBackend.builder()
        .fcRegion(region)
        .fcType(FcType.FC_EVENT)
        .fcVersion(version)
        .serviceName(service)
        .functionName(functionName)
        .roleArn(FunctionComputeBackend.DEFAULT_ROLE_ARN)
        .build();
  }

  private final FunctionComputeBackend backend;
  private final SpecSource prerequisite;

  private FunctionBackendSpec(FunctionComputeBackend backend, SpecSource prerequisite) {
    this.backend = backend;
    this.prerequisite = prerequisite;
  }

  /** The RAM role API Gateway assumes to invoke the function (R73). */
  public FunctionBackendSpec role(String roleArn) {
    return new FunctionBackendSpec(backend.toBuilder().roleArn(Checks.required(roleArn, "role ARN")).build(), prerequisite);
  }

  /** The version or alias to invoke ({@code qualifier}). */
  public FunctionBackendSpec qualifier(@Nullable String qualifier) {
    return new FunctionBackendSpec(backend.toBuilder().qualifier(Optional.ofNullable(qualifier)).build(), prerequisite);
  }

  @Override
  public ApiBackend backend() {
    return backend;
  }

  @Override
  public Spec toSpec() {
    return prerequisite.toSpec();
  }
}
