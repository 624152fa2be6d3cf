package dev.cenkit.inmemory.state;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pcollections.PSortedMap;

/**
 * A {@link GroupIndex} whose changes are kept as a list until the index is read or its state committed, for the
 * indexes that the steps building an estate do not read (vSwitches by block and VPCs by region are read by questions;
 * VPCs by route table by route-entry rules; a CEN's attachments in attach order by routing and R75): a change is one
 * small object, and the changes of a whole spec are then made together ({@link GroupIndex#withChanges}), parent by
 * parent in the order of the tree, instead of one cold path copy per operation. Any read settles the index first, so
 * whichever rule reads it sees every change; reading, comparing or committing gives the same index as making the
 * changes one by one.
 *
 * <p>The index settled from the changes is remembered by this object (an immutable index; a racing read only
 * settles it twice), and a later change starts from it. A list reaching {@link #LIMIT} changes is settled at once, so
 * a state that is changed many times and never read keeps a bounded list.
 *
 * @param <P> the parent key
 * @param <K> the child key, ordering the children of one parent
 * @param <V> the child
 */
final class DeferredGroupIndex<P, K, V> {
  /** The most changes kept unsettled. */
  static final int LIMIT = 8192;

  private final GroupIndex<P, K, V> base;
  private final GroupIndex.@Nullable Change<P, K, V> pending;
  /** {@code base} with the pending changes made, once asked for; never part of the value. */
  private @Nullable GroupIndex<P, K, V> settled;

  private DeferredGroupIndex(GroupIndex<P, K, V> base, GroupIndex.@Nullable Change<P, K, V> pending) {
    this.base = base;
    this.pending = pending;
  }

  /** An index with no changes kept, starting from {@code index}. */
  static <P, K, V> DeferredGroupIndex<P, K, V> of(GroupIndex<P, K, V> index) {
    return new DeferredGroupIndex<>(index, null);
  }

  /** The index with every change made. */
  GroupIndex<P, K, V> settled() {
    GroupIndex.Change<P, K, V> changes = pending;
    if (changes == null) {
      return base;
    }
    GroupIndex<P, K, V> s = settled;
    if (s == null) {
      s = base.withChanges(changes);
      settled = s;
    }
    return s;
  }

  /** This index with no change kept (itself when none is). */
  DeferredGroupIndex<P, K, V> settledIndex() {
    return pending == null ? this : new DeferredGroupIndex<>(settled(), null);
  }

  /** Whether changes are kept unsettled. */
  boolean hasPending() {
    return pending != null;
  }

  /** The children of {@code parent}, ordered; empty if it has none. */
  PSortedMap<K, V> get(P parent) {
    return settled().get(parent);
  }

  /** With {@code child} under {@code parent} at {@code key} (added or replaced). */
  DeferredGroupIndex<P, K, V> plus(P parent, K key, V child) {
    return change(parent, key, child);
  }

  /** Without the child at {@code key} under {@code parent}. */
  DeferredGroupIndex<P, K, V> minus(P parent, K key) {
    return change(parent, key, null);
  }

  private DeferredGroupIndex<P, K, V> change(P parent, K key, @Nullable V child) {
    GroupIndex<P, K, V> known = settled;
    GroupIndex<P, K, V> from = known != null ? known : base;
    GroupIndex.Change<P, K, V> before = known != null ? null : pending;
    GroupIndex.Change<P, K, V> c = new GroupIndex.Change<>(parent, key, child, before);
    if (c.count >= LIMIT) {
      return new DeferredGroupIndex<>(from.withChanges(c), null);
    }
    return new DeferredGroupIndex<>(from, c);
  }

  /** How many parents have at least one child. */
  int parents() {
    return settled().parents();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeferredGroupIndex && ((DeferredGroupIndex<?, ?, ?>) o).settled().equals(settled());
  }

  @Override
  public int hashCode() {
    return Objects.hash(settled());
  }

  @Override
  public String toString() {
    return settled().toString();
  }
}
