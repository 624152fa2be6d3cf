package dev.cenkit.inmemory.ops.apigateway;

import dev.cenkit.inmemory.ops.OperationHandlers;

/** Registers the handlers of the API Gateway actions. */
public final class ApiGatewayOperations {
  private ApiGatewayOperations() {}

  /** Registers every API Gateway handler. */
  public static void register(OperationHandlers handlers) {}
}
