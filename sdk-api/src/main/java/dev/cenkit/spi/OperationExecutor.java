package dev.cenkit.spi;

import dev.cenkit.spi.operation.Operation;

/** Something that executes {@link Operation}s: the one method every product interface routes through. */
public interface OperationExecutor {
  /**
   * Executes one operation atomically: either it is accepted and its effect is visible in the next
   * {@link CloudProvider#snapshot()}, or it is rejected with a typed exception and nothing changes.
   */
  <R> R execute(Operation<R> operation);

  /** The current state, immutable; later operations never change a snapshot already returned. */
  CloudSnapshot snapshot();
}
