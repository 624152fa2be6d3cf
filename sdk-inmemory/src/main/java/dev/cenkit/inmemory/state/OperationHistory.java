package dev.cenkit.inmemory.state;

import dev.cenkit.model.AccountId;
import dev.cenkit.model.Checks;
import dev.cenkit.spi.operation.Operation;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a snapshot came to be: the seed of the cloud's id source and, when the cloud records its history, every
 * accepted operation, each with the snapshot version its commit produced, oldest first. Replaying the operations
 * commit by commit on a fresh cloud with the same seed gives the same resources with the same ids; snapshot files
 * are written from it, so a file is read back through the very rules of the API. Appending shares structure with
 * the previous history: a history is its last entries (one, or every operation of one spec) and the history before
 * it, so recording an operation costs one small object, a spec's operations one array, and the list of entries is
 * put together (once per history) only when it is read.
 *
 * <p>Recording is on by default and can be turned off ({@code InMemoryCloud.builder().recordHistory(false)}): a
 * history that is not recorded stays empty whatever is accepted, so the heap of a long-lived cloud does not grow
 * with its past mutations.
 */
public final class OperationHistory {
  private static final Entry[] NONE = new Entry[0];

  /** The history of an empty cloud with no seed recorded. */
  public static final OperationHistory EMPTY = new OperationHistory(0, false, NONE, null);

  private final long seed;
  private final boolean recorded;
  /** The entries this node appends to {@link #previous}, oldest first (none for the empty history). */
  private final Entry[] last;
  private final @Nullable OperationHistory previous;
  private final int size;
  private volatile @Nullable List<Entry> entries;

  /**
   * One accepted operation and the version of the snapshot its commit produced.
   *
   * @param commitVersion the version of the snapshot that the operation's commit produced
   * @param operation the operation as it was executed
   * @param account the account that executed it ({@link AccountId#DEFAULT} unless the caller acted as another)
   */
  public record Entry(long commitVersion, Operation<?> operation, AccountId account) {
    /** Checks the parts. */
    public Entry {
      Checks.required(operation, "operation");
      Checks.required(account, "account");
    }

    /** An operation executed by the default account. */
    public Entry(long commitVersion, Operation<?> operation) {
      this(commitVersion, operation, AccountId.DEFAULT);
    }
  }

  private OperationHistory(long seed, boolean recorded, Entry[] last, @Nullable OperationHistory previous) {
    this.seed = seed;
    this.recorded = recorded;
    this.last = last;
    this.previous = previous;
    this.size = (previous == null ? 0 : previous.size) + last.length;
  }

  /** The empty, recorded history of a cloud whose id source has {@code seed}. */
  public static OperationHistory seeded(long seed) {
    return seeded(seed, true);
  }

  /**
   * The empty history of a cloud whose id source has {@code seed}; {@code recorded} says whether accepted
   * operations are kept.
   */
  public static OperationHistory seeded(long seed, boolean recorded) {
    return new OperationHistory(seed, recorded, NONE, null);
  }

  /** Whether accepted operations are kept (only then can a snapshot file be written from this history). */
  public boolean recorded() {
    return recorded;
  }

  /** The seed of the cloud's id source. */
  public long seed() {
    return seed;
  }

  /** The accepted operations, oldest first (an unmodifiable list, put together on the first call). */
  public List<Entry> entries() {
    List<Entry> list = entries;
    if (list == null) {
      Entry[] all = new Entry[size];
      int i = size;
      for (OperationHistory h = this; h != null && h.last.length > 0; h = h.previous) {
        i -= h.last.length;
        System.arraycopy(h.last, 0, all, i, h.last.length);
      }
      list = Collections.unmodifiableList(Arrays.asList(all));
      entries = list;
    }
    return list;
  }

  /** This history with one more accepted operation; the very same history when it is not recorded. */
  public OperationHistory plus(long commitVersion, Operation<?> operation) {
    return plus(commitVersion, operation, AccountId.DEFAULT);
  }

  /** This history with one more operation, accepted from {@code account}; the very same history when not recorded. */
  public OperationHistory plus(long commitVersion, Operation<?> operation, AccountId account) {
    Checks.required(operation, "operation");
    if (!recorded) {
      return this;
    }
    return new OperationHistory(seed, true, new Entry[] {new Entry(commitVersion, operation, account)}, tail());
  }

  /**
   * This history with {@code operations} appended in this order, each accepted from {@code account} by the commit
   * that produces {@code commitVersion}: the same entries as appending them one by one with {@link #plus}, in one
   * node (the operations of one spec commit together). The very same history when it is not recorded or there are
   * none.
   *
   * @throws dev.cenkit.error.MissingParameterException when {@code operations}, one of them or {@code account} is null
   */
  public OperationHistory plusAll(long commitVersion, List<? extends Operation<?>> operations, AccountId account) {
    Checks.required(operations, "operations");
    Checks.required(account, "account");
    if (!recorded || operations.isEmpty()) {
      return this;
    }
    Entry[] added = new Entry[operations.size()];
    for (int i = 0; i < added.length; i++) {
      added[i] = new Entry(commitVersion, Checks.required(operations.get(i), "operation"), account);
    }
    return new OperationHistory(seed, true, added, tail());
  }

  /** This history as the previous node of an appended one (null for an empty one, which holds only the seed). */
  private @Nullable OperationHistory tail() {
    return last.length == 0 ? null : this;
  }
}
