package dev.cenkit.inmemory.state;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of the routers and route domains (VPCs, VBRs, CENs) a product state's changes touched, as a
 * persistent list shared by every later state. Derived indexes outside the snapshot (the reachability engine's
 * route tables) ask {@link #touchedSince} which keys changed between two states of one lineage, so a change
 * invalidates only what it touches. The log is bounded: past 4,096 entries it starts a new segment that
 * remembers the head of the segment before it (and only that one: the older segment's link is cut), so a reader
 * whose state lies in the previous segment still gets the keys, and only a reader two segments behind (or of
 * another lineage) rebuilds everything once. At most two segments are ever reachable from a log.
 */
public final class ChangeLog {
  static final int LIMIT = 4096;
  static final ChangeLog EMPTY = new ChangeLog(null, null, 0, null);

  private final String key;
  private final ChangeLog previous;
  private final int length;
  /** The first node of this node's segment (itself for a first node). */
  private final ChangeLog segmentStart;
  /**
   * On a segment's first node: the head of the segment before it, or null (a new lineage, or cut when the next
   * segment started). A reader that sees it cut rebuilds, which is always correct.
   */
  private volatile ChangeLog bridge;

  private ChangeLog(String key, ChangeLog previous, int length, ChangeLog bridge) {
    this.key = key;
    this.previous = previous;
    this.length = length;
    this.segmentStart = previous == null ? this : previous.segmentStart;
    this.bridge = bridge;
  }

  /** A log of a new lineage: a reader comparing it with an earlier state rebuilds everything. */
  static ChangeLog restart() {
    return new ChangeLog(null, null, 0, null);
  }

  /** This log with {@code keys} appended. */
  ChangeLog plus(String... keys) {
    ChangeLog log = this;
    if (length + keys.length > LIMIT) {
      // Only the segment before the new one stays reachable: the link of this segment to its own predecessor
      // is cut, so at most two segments are held.
      segmentStart.bridge = null;
      log = new ChangeLog(null, null, 0, this);
    }
    for (String k : keys) {
      log = new ChangeLog(k, log, log.length + 1, null);
    }
    return log;
  }

  /**
   * The keys appended on the way from {@code from} to {@code to}, or empty when {@code to} does not descend
   * from {@code from} (another lineage, or more than one segment back): then the caller must rebuild everything.
   */
  public static Optional<Set<String>> touchedSince(ChangeLog from, ChangeLog to) {
    Set<String> keys = new HashSet<>();
    for (ChangeLog at = to; at != null; at = at.previous == null ? at.bridge : at.previous) {
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
