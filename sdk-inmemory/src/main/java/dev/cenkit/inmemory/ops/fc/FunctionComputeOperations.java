package dev.cenkit.inmemory.ops.fc;

import dev.cenkit.inmemory.ops.OperationHandlers;

/** Registers the handlers of the Function Compute actions. */
public final class FunctionComputeOperations {
  private FunctionComputeOperations() {}

  /** Registers every Function Compute handler. */
  public static void register(OperationHandlers handlers) {}
}
