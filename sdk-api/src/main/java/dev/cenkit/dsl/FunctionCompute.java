package dev.cenkit.dsl;

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
 * The entry point of the Function Compute builders, named after the product: functions, and API backends that
 * invoke them.
 *
 * <pre>{@code
 * FunctionSpec fn = FunctionCompute.in(CN_HANGZHOU).named("getOrder");
 * Api.named("GetOrder").get("/orders/{id}").backend(FunctionCompute.function(fn)).in(orders);
 * }</pre>
 *
 * A backend assumes {@link FunctionComputeBackend#DEFAULT_ROLE_ARN} unless {@link Backend#role(String)} names
 * another role (R73).
 */
public final class FunctionCompute {
  private FunctionCompute() {}

  /** Starts the description of a function in {@code region}. */
  public static FunctionSpec.Definition in(RegionId region) {
    return FunctionSpec.in(region);
  }

  /** An event-invocation backend of a function that the spec creates (its step comes first). */
  public static Backend function(FunctionSpec function) {
    Checks.required(function, "function spec");
    return new Backend(
        event(function.region(), function.serviceName(), function.functionName(), function.fcVersion()), function);
  }

  /** An event-invocation backend of an existing function. */
  public static Backend function(FcFunction function) {
    Checks.required(function, "function");
    return new Backend(
        event(function.region(), function.serviceName(), function.functionName(), function.fcVersion()), Spec.empty());
  }

  /** An HTTP-trigger backend at {@code baseUrl} (R74). */
  public static Backend httpTrigger(RegionId region, String baseUrl, String path, HttpMethod method) {
    return new Backend(
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

  /** A Function Compute backend in a spec; immutable. */
  public static final class Backend implements BackendSpec {
    private final FunctionComputeBackend backend;
    private final SpecSource prerequisite;

    private Backend(FunctionComputeBackend backend, SpecSource prerequisite) {
      this.backend = backend;
      this.prerequisite = prerequisite;
    }

    /** The RAM role API Gateway assumes to invoke the function (R73). */
    public Backend role(String roleArn) {
      return new Backend(backend.toBuilder().roleArn(Checks.required(roleArn, "role ARN")).build(), prerequisite);
    }

    /** The version or alias to invoke ({@code qualifier}). */
    public Backend qualifier(@Nullable String qualifier) {
      return new Backend(backend.toBuilder().qualifier(Optional.ofNullable(qualifier)).build(), prerequisite);
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
}
