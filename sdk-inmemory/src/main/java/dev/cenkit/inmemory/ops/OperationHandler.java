package dev.cenkit.inmemory.ops;

import dev.cenkit.spi.operation.Operation;

/**
 * Executes one kind of operation against a transaction: check the rules against {@link Txn#state()}, then
 * update it, or throw a typed {@link dev.cenkit.error.CenkitException} having changed nothing that matters
 * (the transaction is dropped).
 *
 * @param <Q> the request type
 * @param <R> the result type
 */
@FunctionalInterface
public interface OperationHandler<Q extends Operation<R>, R> {
  /** Executes {@code request}. */
  R handle(Txn txn, Q request);
}
