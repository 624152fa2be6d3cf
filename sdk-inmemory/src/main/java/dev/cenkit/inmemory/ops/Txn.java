package dev.cenkit.inmemory.ops;

import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.ids.IdSource;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.IdKind;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The working state of one operation or one spec: handlers read {@link #state()}, check the rules, and
 * {@link #update} it. Nothing is visible to readers until the cloud commits the final state; a rejected
 * operation simply drops its transaction.
 */
public final class Txn {
  private final IdSource ids;
  private final Quotas quotas;
  private final AccountId caller;
  private Snapshot state;
  private boolean changed;

  /** A transaction of the default account starting from {@code start}. */
  public Txn(Snapshot start, IdSource ids, Quotas quotas) {
    this(start, ids, quotas, AccountId.DEFAULT);
  }

  /** A transaction of {@code caller} starting from {@code start}. */
  public Txn(Snapshot start, IdSource ids, Quotas quotas, AccountId caller) {
    this.state = start;
    this.ids = ids;
    this.quotas = quotas;
    this.caller = dev.cenkit.model.Checks.required(caller, "caller account");
  }

  /** The account that runs the operation: owner of what it creates; R8 and E18 decide by it. */
  public AccountId caller() {
    return caller;
  }

  /** The current working state. */
  public Snapshot state() {
    return state;
  }

  /** The quotas in force. */
  public Quotas quotas() {
    return quotas;
  }

  /** Replaces the working state with {@code change} applied to it. */
  public void update(UnaryOperator<Snapshot> change) {
    state = change.apply(state);
    changed = true;
  }

  /** Whether anything was changed. */
  public boolean changed() {
    return changed;
  }

  /** A new id of {@code kind}, built by {@code factory} (e.g. {@code VpcId::of}). */
  public <I> I newId(IdKind kind, Function<String, I> factory) {
    String value = ids.id(kind, state.idSequence());
    update(Snapshot::withNextId);
    return factory.apply(value);
  }

  /** A new token of lower-case letters and digits, for ids with a composed form. */
  public String newToken(int length) {
    String value = ids.token(state.idSequence(), length);
    update(Snapshot::withNextId);
    return value;
  }

  /** A number that increases with every call in this cloud: the order of events such as attachments (D4). */
  public long nextOrder() {
    long order = state.idSequence();
    update(Snapshot::withNextId);
    return order;
  }
}
