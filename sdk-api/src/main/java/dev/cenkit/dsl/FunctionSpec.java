package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.fc.FcVersion;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new Function Compute function, built fluently:
 *
 * <pre>{@code
 * FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");          // Function Compute 3.0
 * FunctionSpec old = Cenkit.function(CN_HANGZHOU).named("getOrder").service("orders"); // 2.0, in a service
 * }</pre>
 */
public final class FunctionSpec implements ResourceSpec<FcFunction> {
  private final RegionId region;
  private final @Nullable String service;
  private final String functionName;
  private final @Nullable String description;
  private final Ref<FcFunctionId> ref;
  private final Step<FcFunction> create;

  private FunctionSpec(RegionId region, @Nullable String service, String functionName, @Nullable String description) {
    this(region, service, functionName, description, null);
  }

  /** {@code ref} is null for a new function, or the reference of the spec this one derives from. */
  private FunctionSpec(
      RegionId region,
      @Nullable String service,
      String functionName,
      @Nullable String description,
      @Nullable Ref<FcFunctionId> ref) {
    this.region = region;
    this.service = service;
    this.functionName = functionName;
    this.description = description;
    FcFunctionId id = FcFunctionId.of(region, Optional.ofNullable(service), functionName);
    this.ref = ref != null ? ref : Ref.pending(FcFunctionId.KIND, id.value());
    CreateFunctionRequest request =
        CreateFunctionRequest.builder()
            .region(region)
            .serviceName(Optional.ofNullable(service))
            .functionName(functionName)
            .fcVersion(service == null ? FcVersion.V3_0 : FcVersion.V2_0)
            .description(Optional.ofNullable(description))
            .build();
    this.create = Step.creating(this.ref, b -> request, FcFunction::id);
  }

  /** Starts the description of a function in {@code region}. */
  static Definition in(RegionId region) {
    return new Definition(Checks.required(region, "region"));
  }

  /** The first stage: the region is known; the name completes the function. */
  public static final class Definition {
    private final RegionId region;

    private Definition(RegionId region) {
      this.region = region;
    }

    /** The function's name; a Function Compute 3.0 function unless {@link FunctionSpec#service(String)} follows. */
    public FunctionSpec named(String functionName) {
      return new FunctionSpec(region, null, FcFunctionId.checkName(functionName, "function name"), null);
    }
  }

  /**
   * Places the function in a Function Compute 2.0 service. The service is part of the function's name, so the
   * result is the spec of another function than this one.
   */
  public FunctionSpec service(String serviceName) {
    return new FunctionSpec(region, FcFunctionId.checkName(serviceName, "service name"), functionName, description);
  }

  /** The function's description. */
  public FunctionSpec description(String description) {
    return new FunctionSpec(region, service, functionName, Checks.description(description, "function"), ref);
  }

  /** The region. */
  public RegionId region() {
    return region;
  }

  /** The service, for Function Compute 2.0. */
  public Optional<String> serviceName() {
    return Optional.ofNullable(service);
  }

  /** The function name. */
  public String functionName() {
    return functionName;
  }

  /** The version: 2.0 when in a service, else 3.0. */
  public FcVersion fcVersion() {
    return service == null ? FcVersion.V3_0 : FcVersion.V2_0;
  }

  /** The reference to this function. */
  public Ref<FcFunctionId> ref() {
    return ref;
  }

  @Override
  public Step<FcFunction> mainStep() {
    return create;
  }

  @Override
  public Spec toSpec() {
    return Spec.empty().plus(create);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
