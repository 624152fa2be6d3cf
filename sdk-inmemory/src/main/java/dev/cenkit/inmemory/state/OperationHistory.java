package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.spi.operation.Operation;
import java.util.List;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

/**
 * How a snapshot came to be: the seed of the cloud's id source and every accepted operation, each with the
 * snapshot version its commit produced, oldest first. Replaying the operations commit by commit on a fresh
 * cloud with the same seed gives the same resources with the same ids; snapshot files are written from it, so
 * a file is read back through the very rules of the API. Appending shares structure with the previous history.
 */
public final class OperationHistory {
  /** The history of an empty cloud with no seed recorded. */
  public static final OperationHistory EMPTY = new OperationHistory(0, TreePVector.empty());

  private final long seed;
  private final PVector<Entry> entries;

  /**
   * One accepted operation and the version of the snapshot its commit produced.
   *
   * @param commitVersion the version of the snapshot that the operation's commit produced
   * @param operation the operation as it was executed
   */
  public record Entry(long commitVersion, Operation<?> operation) {
    /** Checks the parts. */
    public Entry {
      Checks.required(operation, "operation");
    }
  }

  private OperationHistory(long seed, PVector<Entry> entries) {
    this.seed = seed;
    this.entries = entries;
  }

  /** The empty history of a cloud whose id source has {@code seed}. */
  public static OperationHistory seeded(long seed) {
    return new OperationHistory(seed, TreePVector.empty());
  }

  /** The seed of the cloud's id source. */
  public long seed() {
    return seed;
  }

  /** The accepted operations, oldest first. */
  public List<Entry> entries() {
    return entries;
  }

  /** This history with one more accepted operation. */
  public OperationHistory plus(long commitVersion, Operation<?> operation) {
    return new OperationHistory(seed, entries.plus(new Entry(commitVersion, operation)));
  }
}
