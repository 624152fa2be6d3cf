package dev.cenkit.inmemory.ops;

import dev.cenkit.model.Checks;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.spi.operation.Operation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The registry of handlers, by real action name; an action without a handler is rejected as not modelled. */
public final class OperationHandlers {
  private final Map<String, Entry<?, ?>> byAction = new TreeMap<>();

  private static final class Entry<Q extends Operation<R>, R> {
    final Class<Q> type;
    final OperationHandler<Q, R> handler;

    Entry(Class<Q> type, OperationHandler<Q, R> handler) {
      this.type = type;
      this.handler = handler;
    }

    R handle(Txn txn, Operation<?> op) {
      return handler.handle(txn, type.cast(op));
    }
  }

  /** Registers the handler of {@code action} for requests of {@code type}. */
  public <Q extends Operation<R>, R> OperationHandlers register(
      String action, Class<Q> type, OperationHandler<Q, R> handler) {
    if (byAction.putIfAbsent(action, new Entry<>(type, handler)) != null) {
      throw new IllegalStateException("two handlers for " + action);
    }
    return this;
  }

  /** The request type registered for {@code action}, if any. */
  public java.util.Optional<Class<?>> requestType(String action) {
    Entry<?, ?> entry = byAction.get(action);
    return entry == null ? java.util.Optional.empty() : java.util.Optional.of(entry.type);
  }

  /** The actions that have handlers, sorted. */
  public Set<String> actions() {
    return java.util.Collections.unmodifiableSet(byAction.keySet());
  }

  /**
   * Runs the handler of {@code op}'s action.
   *
   * @throws dev.cenkit.error.NotModeledException when no handler is registered for the action
   */
  @SuppressWarnings("unchecked")
  public <R> R handle(Txn txn, Operation<R> op) {
    Checks.required(op, "operation");
    String action = Checks.required(op.action(), "action of operation " + op.getClass().getName());
    Entry<?, ?> entry = byAction.get(action);
    if (entry == null || !entry.type.isInstance(op)) {
      throw ErrorCode.NOT_MODELED.exception(
          null, "the action " + op.action() + " is not modelled by the in-memory cloud", op.action());
    }
    return (R) entry.handle(txn, op);
  }
}
