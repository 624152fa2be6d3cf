package dev.cenkit.spi.fc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.fc.FcVersion;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateFunction} (Function Compute 3.0; on 2.0 the function is created in a service): a function that API backends can invoke. */
@Value.Immutable
@CenkitStyle
public interface CreateFunctionRequest extends Operation<FcFunction> {

  /** The region. */
  RegionId region();

  /** {@code serviceName}, for Function Compute 2.0 only. */
  Optional<String> serviceName();

  /** {@code functionName}. */
  String functionName();

  /** The version, 3.0 by default. */
  @Value.Default
  default FcVersion fcVersion() {
    return FcVersion.V3_0;
  }

  /** {@code description}. */
  Optional<String> description();

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    FcFunctionId.of(region(), serviceName(), functionName());
    description().ifPresent(d -> Checks.description(d, "function"));
  }

  @Override
  default String action() {
    return "CreateFunction";
  }

  @Override
  default String summary() {
    return region() + ", " + serviceName().map(s -> s + "/").orElse("") + functionName() + " (" + fcVersion() + ")";
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateFunctionRequest}. */
  class Builder extends ImmutableCreateFunctionRequest.Builder {}
}
