package dev.cenkit.inmemory.ops.fc;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import dev.cenkit.spi.fc.DeleteFunctionRequest;

/** The handlers of the Function Compute actions. */
public final class FunctionComputeOperations {
  private FunctionComputeOperations() {}

  /** Registers every Function Compute handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateFunction", CreateFunctionRequest.class, FunctionComputeOperations::createFunction)
        .register("DeleteFunction", DeleteFunctionRequest.class, FunctionComputeOperations::deleteFunction);
  }

  static FcFunction createFunction(Txn txn, CreateFunctionRequest r) {
    FcFunction function =
        FcFunction.builder()
            .region(r.region())
            .serviceName(r.serviceName())
            .functionName(r.functionName())
            .fcVersion(r.fcVersion())
            .description(r.description())
            .build();
    if (txn.state().functionCompute().function(function.id()).isPresent()) {
      throw ErrorCode.FUNCTION_ALREADY_EXISTS.exception(
          null, "function " + function.id() + " already exists", function.id());
    }
    txn.update(s -> s.withFunctionCompute(f -> f.withFunction(function)));
    return function;
  }

  static FcFunction deleteFunction(Txn txn, DeleteFunctionRequest r) {
    FcFunction function =
        txn.state()
            .functionCompute()
            .function(r.functionId())
            .orElseThrow(
                () ->
                    ErrorCode.FUNCTION_NOT_FOUND.exception(
                        null, "function " + r.functionId() + " does not exist", r.functionId()));
    // APIs that invoke it are left as they are, as Function Compute knows nothing of API Gateway.
    txn.update(s -> s.withFunctionCompute(f -> f.withoutFunction(function.id())));
    return function;
  }
}
