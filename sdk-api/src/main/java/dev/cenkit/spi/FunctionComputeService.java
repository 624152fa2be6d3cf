package dev.cenkit.spi;

import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import dev.cenkit.spi.fc.DeleteFunctionRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The Function Compute actions ({@code FC} 2023-03-30): functions that API backends reference. */
public interface FunctionComputeService extends OperationExecutor {
  /** {@code CreateFunction}. */
  default FcFunction createFunction(CreateFunctionRequest request) {
    return execute(request);
  }

  /** {@code CreateFunction}, with the request built in place. */
  default FcFunction createFunction(Consumer<CreateFunctionRequest.Builder> request) {
    return createFunction(OperationExecutor.build(CreateFunctionRequest.builder(), request, CreateFunctionRequest.Builder::build));
  }

  /** {@code DeleteFunction}. */
  default FcFunction deleteFunction(DeleteFunctionRequest request) {
    return execute(request);
  }

  /** {@code DeleteFunction} of one function. */
  default FcFunction deleteFunction(FcFunctionId functionId) {
    return deleteFunction(DeleteFunctionRequest.builder().functionId(functionId).build());
  }

  /** {@code GetFunction}: the function, if it exists. */
  default Optional<FcFunction> getFunction(FcFunctionId functionId) {
    return snapshot().functionCompute().function(functionId);
  }

  /** {@code ListFunctions}: every function, ordered by id. */
  default List<FcFunction> listFunctions() {
    return List.copyOf(snapshot().functionCompute().functions().values());
  }
}
