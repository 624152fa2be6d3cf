package dev.cenkit.inmemory.ops.expressconnect;

import dev.cenkit.inmemory.ops.OperationHandlers;

/** Registers the handlers of the Express Connect actions. */
public final class ExpressConnectOperations {
  private ExpressConnectOperations() {}

  /** Registers every Express Connect handler. */
  public static void register(OperationHandlers handlers) {}
}
