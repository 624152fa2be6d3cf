package dev.cenkit.inmemory.ops;

import dev.cenkit.inmemory.rules.AccountVisibility;
import dev.cenkit.inmemory.state.GrantState;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Checks;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.spi.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The registry of handlers, by real action name (each runs after the one account check of
 * {@link AccountVisibility}); an action without a handler is rejected as not modelled. Two
 * products may share an action name ({@code DeleteInstance} of API Gateway and of ECS): the request type tells
 * them apart.
 */
public final class OperationHandlers {
  private final Map<String, List<Entry<?, ?>>> byAction = new TreeMap<>();
  /** The same entries for the lookup of every operation (a hash lookup, where the sorted map compares strings). */
  private final Map<String, Entry<?, ?>[]> lookup = new java.util.HashMap<>();

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
    List<Entry<?, ?>> entries = byAction.computeIfAbsent(action, a -> new ArrayList<>());
    if (entries.stream().anyMatch(e -> e.type.isAssignableFrom(type) || type.isAssignableFrom(e.type))) {
      throw new IllegalStateException("two handlers for " + action + " and " + type.getSimpleName());
    }
    entries.add(new Entry<>(type, handler));
    lookup.put(action, entries.toArray(new Entry<?, ?>[0]));
    return this;
  }

  /** The request types registered for {@code action}, in registration order; empty for none. */
  public List<Class<?>> requestTypes(String action) {
    List<Class<?>> types = new ArrayList<>();
    byAction.getOrDefault(action, List.of()).forEach(e -> types.add(e.type));
    return List.copyOf(types);
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
    String action = op.action();
    if (action == null || action.isBlank()) {
      // The name is built only when it is needed: building it for every operation costs.
      Checks.required(action, "action of operation " + op.getClass().getName());
    }
    Entry<?, ?> entry = null;
    Entry<?, ?>[] candidates = lookup.get(action);
    if (candidates != null) {
      for (Entry<?, ?> e : candidates) {
        if (e.type.isInstance(op)) {
          entry = e;
          break;
        }
      }
    }
    if (entry == null) {
      throw ErrorCode.NOT_MODELED.exception(
          null, "the action " + op.action() + " is not modelled by the in-memory cloud", op.action());
    }
    AccountVisibility.check(txn.state(), txn.caller(), op);
    Snapshot before = txn.state();
    R result = (R) entry.handle(txn, op);
    if (txn.state() != before && !txn.caller().equals(AccountId.DEFAULT) && !txn.state().grants().severalAccounts()) {
      txn.update(s -> s.withGrants(GrantState::withSeveralAccounts));
    }
    return result;
  }
}
