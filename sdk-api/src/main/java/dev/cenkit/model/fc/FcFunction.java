package dev.cenkit.model.fc;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Function Compute function, which API backends invoke ({@link dev.cenkit.model.apigateway.FunctionComputeBackend}).
 * A 3.0 function is named per region; a 2.0 function lives in a service.
 *
 * <pre>{@code
 * FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");
 * }</pre>
 */
@Value.Immutable
@CenkitStyle
public interface FcFunction {
  /** The region. */
  RegionId region();

  /** The service, for Function Compute 2.0 only. */
  Optional<String> serviceName();

  /** The function name ({@code functionName}). */
  String functionName();

  /** The version, 3.0 by default. */
  @Value.Default
  default FcVersion fcVersion() {
    return FcVersion.V3_0;
  }

  /** The description, if one was given. */
  Optional<String> description();

  /** The identity, derived from the region, service and name. */
  @Value.Derived
  default FcFunctionId id() {
    return FcFunctionId.of(region(), serviceName(), functionName());
  }

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    if (fcVersion() == FcVersion.V2_0 && serviceName().isEmpty()) {
      throw ErrorCode.FC_INVALID_ARGUMENT.exception(null, "a Function Compute 2.0 function needs a service", functionName());
    }
    if (fcVersion() == FcVersion.V3_0 && serviceName().isPresent()) {
      throw ErrorCode.FC_INVALID_ARGUMENT.exception(
          null, "Function Compute 3.0 has no services; got service '" + serviceName().get() + "'", functionName());
    }
    description().ifPresent(d -> Checks.description(d, "function"));
  }


  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link FcFunction}. */
  class Builder extends ImmutableFcFunction.Builder {}
}
