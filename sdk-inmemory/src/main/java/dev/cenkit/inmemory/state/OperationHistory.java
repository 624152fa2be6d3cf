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
 * the previous history: a history is its last entry and the history before it, so recording an operation costs
 * one small object, and the list of entries is put together (once per history) only when it is read.
 *
 * <p>Recording is on by default and can be turned off ({@code InMemoryCloud.builder().recordHistory(false)}): a
 * history that is not recorded stays empty whatever is accepted, so the heap of a long-lived cloud does not grow
 * with its past mutations.
 */
public final class OperationHistory {
  /** The history of an empty cloud with no seed recorded. */
  public static final OperationHistory EMPTY = new OperationHistory(0, false, null, null);

  private final long seed;
  private final boolean recorded;
  private final @Nullable Entry last;
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

  private OperationHistory(long seed, boolean recorded, @Nullable Entry last, @Nullable OperationHistory previous) {
    this.seed = seed;
    this.recorded = recorded;
    this.last = last;
    this.previous = previous;
    this.size = previous == null ? (last == null ? 0 : 1) : previous.size + 1;
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
    return new OperationHistory(seed, recorded, null, null);
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
      for (OperationHistory h = this; h != null && h.last != null; h = h.previous) {
        all[--i] = h.last;
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
    return new OperationHistory(seed, true, new Entry(commitVersion, operation, account), last == null ? null : this);
  }
}
