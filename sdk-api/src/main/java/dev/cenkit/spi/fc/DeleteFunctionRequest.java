package dev.cenkit.spi.fc;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/** {@code DeleteFunction}: deletes a function; APIs that invoke it are not changed (reachability reports them). Answers the deleted function. */
@Value.Immutable
@CenkitStyle
public interface DeleteFunctionRequest extends Operation<FcFunction> {

  /** The function. */
  FcFunctionId functionId();

  @Override
  default String action() {
    return "DeleteFunction";
  }

  @Override
  default String summary() {
    return functionId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteFunctionRequest}. */
  class Builder extends ImmutableDeleteFunctionRequest.Builder {}
}
