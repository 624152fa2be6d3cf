package dev.cenkit.inmemory.state;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the routers and route domains (VPCs, VBRs, CENs) a product state's changes touched, as a
 * persistent list shared by every later state. Derived indexes outside the snapshot (the reachability engine's
 * route tables) ask {@link #touchedSince} which keys changed between two states of one lineage, so a change
 * invalidates only what it touches. The log is bounded: past 4,096 entries it starts afresh, and a
 * reader then rebuilds everything once.
 */
public final class ChangeLog {
  static final int LIMIT = 4096;
  static final ChangeLog EMPTY = new ChangeLog(null, null, 0);

  private final String key;
  private final ChangeLog previous;
  private final int length;

  private ChangeLog(String key, ChangeLog previous, int length) {
    this.key = key;
    this.previous = previous;
    this.length = length;
  }

  /** A log of a new lineage: a reader comparing it with an earlier state rebuilds everything. */
  static ChangeLog restart() {
    return new ChangeLog(null, null, 0);
  }

  /** This log with {@code keys} appended. */
  ChangeLog plus(String... keys) {
    ChangeLog log = length + keys.length > LIMIT ? new ChangeLog(null, null, 0) : this;
    for (String k : keys) {
      log = new ChangeLog(k, log, log.length + 1);
    }
    return log;
  }

  /**
   * The keys appended on the way from {@code from} to {@code to}, or empty when {@code to} does not descend
   * from {@code from} (another lineage, or the log started afresh): then the caller must rebuild everything.
   */
  public static Optional<Set<String>> touchedSince(ChangeLog from, ChangeLog to) {
    Set<String> keys = new HashSet<>();
    for (ChangeLog at = to; at != null; at = at.previous) {
      if (at == from) {
        return Optional.of(keys);
      }
      if (at.key != null) {
        keys.add(at.key);
      }
    }
    return Optional.empty();
  }
}
