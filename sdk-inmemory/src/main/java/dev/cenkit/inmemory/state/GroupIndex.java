package dev.cenkit.inmemory.state;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pcollections.IntTreePMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * A persistent secondary index of a snapshot: for each parent key, the children ordered by their own key (the
 * vSwitches of a VPC, the attachments of a CEN in attach order, ...). A change copies only the parent's bucket
 * and the path to it, so the index is kept by the same {@code with…}/{@code without…} methods as the primary
 * map and cannot drift from it.
 *
 * <p>The parents are kept in an {@link IntTreePMap} by their hash codes (parents with the same hash share a short
 * chain), so a change is one search and one path copy of that tree, where a {@code HashPMap} of groups took three.
 * Each index also remembers the last parent it was asked for (a rule reads a VPC's vSwitches, then the change adds
 * one to the same VPC), which saves the search of the change: the memo is an immutable object of one index, so a
 * stale or racing read of it only costs a search. In an index made {@link #mostlyNew}, a child of a parent not just
 * asked for is added as a new parent first, which needs no search unless the parent's hash was already there.
 *
 * @param <P> the parent key
 * @param <K> the child key, ordering the children of one parent
 * @param <V> the child
 */
final class GroupIndex<P, K, V> {
  /** The children of one parent, and the next group whose parent has the same hash code (rarely any). */
  private static final class Group<P, K, V> {
    final P parent;
    final PSortedMap<K, V> children;
    final @Nullable Group<P, K, V> next;

    Group(P parent, PSortedMap<K, V> children, @Nullable Group<P, K, V> next) {
      this.parent = parent;
      this.children = children;
      this.next = next;
    }
  }

  /** What a search for {@code parent} found: the chain at its hash and its children (the empty group if none). */
  private static final class Found<P, K, V> {
    final P parent;
    final @Nullable Group<P, K, V> chain;
    final PSortedMap<K, V> children;
    final boolean present;

    Found(P parent, @Nullable Group<P, K, V> chain, PSortedMap<K, V> children, boolean present) {
      this.parent = parent;
      this.chain = chain;
      this.children = children;
      this.present = present;
    }
  }

  private final IntTreePMap<Group<P, K, V>> groups;
  private final int parents;
  private final PSortedMap<K, V> emptyGroup;
  /** Whether a child of a parent not just asked for is first tried as a new parent (see {@link #mostlyNew}). */
  private final boolean newFirst;
  /** The last search of this index (see the class comment); never part of its value. */
  private @Nullable Found<P, K, V> last;

  private GroupIndex(
      IntTreePMap<Group<P, K, V>> groups, int parents, PSortedMap<K, V> emptyGroup, boolean newFirst) {
    this.groups = groups;
    this.parents = parents;
    this.emptyGroup = emptyGroup;
    this.newFirst = newFirst;
  }

  /** An empty index whose children are ordered by their natural order. */
  static <P, K extends Comparable<? super K>, V> GroupIndex<P, K, V> natural() {
    return new GroupIndex<>(IntTreePMap.empty(), 0, TreePMap.<K, V>empty(Comparator.<K>naturalOrder()), false);
  }

  /**
   * An empty index, children ordered by {@code order}, whose parents are mostly new when a child is added (a
   * vSwitch block, a route table): such a child is added as a new parent first, which needs no search unless the
   * parent's hash was already in the tree (then it costs one more path copy than a search would have).
   */
  static <P, K, V> GroupIndex<P, K, V> mostlyNew(Comparator<? super K> order) {
    return new GroupIndex<>(IntTreePMap.empty(), 0, TreePMap.empty(order), true);
  }

  /** An empty index whose children are ordered by {@code order}. */
  static <P, K, V> GroupIndex<P, K, V> ordered(Comparator<? super K> order) {
    return new GroupIndex<>(IntTreePMap.empty(), 0, TreePMap.empty(order), false);
  }

  private Found<P, K, V> find(P parent) {
    Found<P, K, V> memo = last;
    if (memo != null && (memo.parent == parent || memo.parent.equals(parent))) {
      return memo;
    }
    Group<P, K, V> chain = groups.get(parent.hashCode());
    Found<P, K, V> found = null;
    for (Group<P, K, V> g = chain; g != null; g = g.next) {
      if (g.parent.equals(parent)) {
        found = new Found<>(parent, chain, g.children, true);
        break;
      }
    }
    if (found == null) {
      found = new Found<>(parent, chain, emptyGroup, false);
    }
    last = found;
    return found;
  }

  /** The children of {@code parent}, ordered; empty if it has none. */
  PSortedMap<K, V> get(P parent) {
    return find(parent).children;
  }

  /** With {@code child} under {@code parent} at {@code key} (added or replaced). */
  GroupIndex<P, K, V> plus(P parent, K key, V child) {
    Found<P, K, V> memo = last;
    if (newFirst && (memo == null || !(memo.parent == parent || memo.parent.equals(parent)))) {
      // Not the parent just asked for: most often a new one (a vSwitch's block). Added as a new parent first; only
      // when the tree did not grow was something at its hash already, and then it is searched for after all.
      PSortedMap<K, V> children = emptyGroup.plus(key, child);
      Group<P, K, V> alone = new Group<>(parent, children, null);
      IntTreePMap<Group<P, K, V>> added = groups.plus(parent.hashCode(), alone);
      if (added.size() > groups.size()) {
        GroupIndex<P, K, V> next = new GroupIndex<>(added, parents + 1, emptyGroup, true);
        next.last = new Found<>(parent, alone, children, true);
        return next;
      }
    }
    Found<P, K, V> found = find(parent);
    return with(found, found.children.plus(key, child));
  }

  /** Without the child at {@code key} under {@code parent}; an emptied parent leaves the index. */
  GroupIndex<P, K, V> minus(P parent, K key) {
    Found<P, K, V> found = find(parent);
    if (!found.present || !found.children.containsKey(key)) {
      return this;
    }
    return with(found, found.children.minus(key));
  }

  /** This index with {@code found}'s parent holding {@code children} (leaving the index when they are empty). */
  private GroupIndex<P, K, V> with(Found<P, K, V> found, PSortedMap<K, V> children) {
    P parent = found.parent;
    Group<P, K, V> chain = without(found.chain, parent);
    boolean stays = !children.isEmpty();
    if (stays) {
      chain = new Group<>(parent, children, chain);
    }
    int hash = parent.hashCode();
    IntTreePMap<Group<P, K, V>> changed = chain == null ? groups.minus(hash) : groups.plus(hash, chain);
    GroupIndex<P, K, V> next =
        new GroupIndex<>(changed, parents + (stays ? 1 : 0) - (found.present ? 1 : 0), emptyGroup, newFirst);
    next.last = new Found<>(parent, chain, stays ? children : emptyGroup, stays);
    return next;
  }

  /** The chain without {@code parent}'s group (the same chain when it has none). */
  private static <P, K, V> @Nullable Group<P, K, V> without(@Nullable Group<P, K, V> chain, P parent) {
    if (chain == null) {
      return null;
    }
    if (chain.parent.equals(parent)) {
      return chain.next;
    }
    Group<P, K, V> rest = without(chain.next, parent);
    return rest == chain.next ? chain : new Group<>(chain.parent, chain.children, rest);
  }

  /**
   * One change kept by a {@link DeferredGroupIndex} until the index is read: {@code child} under {@code parent} at
   * {@code key}, or its removal when {@code child} is null; each change links to the one before it.
   */
  static final class Change<P, K, V> {
    final P parent;
    final K key;
    final @Nullable V child;
    final @Nullable Change<P, K, V> previous;
    /** How many changes this one and those before it are. */
    final int count;
    /** The parent's hash code, its key in the tree (taken while the parent is at hand). */
    final int hash;

    Change(P parent, K key, @Nullable V child, @Nullable Change<P, K, V> previous) {
      this.parent = parent;
      this.key = key;
      this.child = child;
      this.previous = previous;
      this.count = previous == null ? 1 : previous.count + 1;
      this.hash = parent.hashCode();
    }
  }

  /** Below this many changes, {@link #withChanges} makes them one by one. */
  private static final int ONE_BY_ONE = 8;

  /**
   * This index with {@code newest} and every change before it made, in their order: the same index as making them one
   * by one with {@link #plus} and {@link #minus}. Many changes are made parent by parent, the parents in the order of
   * their hash codes (the order of the tree), so consecutive changes walk the same recently copied paths instead of
   * one cold path each.
   */
  GroupIndex<P, K, V> withChanges(Change<P, K, V> newest) {
    if (newest.count < ONE_BY_ONE) {
      return withOneByOne(newest);
    }
    // The changes ordered by their parent's hash (the tree's order), then by age: a parent's changes keep their
    // order, and parents are independent of each other.
    int n = newest.count;
    @SuppressWarnings("unchecked")
    Change<P, K, V>[] all = (Change<P, K, V>[]) new Change<?, ?, ?>[n];
    long[] order = new long[n];
    int i = n;
    for (Change<P, K, V> c = newest; c != null; c = c.previous) {
      i--;
      all[i] = c;
      order[i] = ((long) c.hash << 32) | i;
    }
    Arrays.sort(order);
    IntTreePMap<Group<P, K, V>> tree = groups;
    int count = parents;
    for (int at = 0; at < n; ) {
      int hash = (int) (order[at] >> 32);
      int end = at + 1;
      while (end < n && (int) (order[end] >> 32) == hash) {
        end++;
      }
      Group<P, K, V> chain = tree.get(hash);
      Group<P, K, V> changed = chain;
      for (int j = at; j < end; j++) {
        Change<P, K, V> c = all[(int) (order[j] & 0xFFFF_FFFFL)];
        PSortedMap<K, V> before = emptyGroup;
        boolean present = false;
        for (Group<P, K, V> g = changed; g != null; g = g.next) {
          if (g.parent.equals(c.parent)) {
            before = g.children;
            present = true;
            break;
          }
        }
        PSortedMap<K, V> after = c.child == null ? before.minus(c.key) : before.plus(c.key, c.child);
        if (after == before) {
          continue;
        }
        Group<P, K, V> rest = without(changed, c.parent);
        boolean stays = !after.isEmpty();
        changed = stays ? new Group<>(c.parent, after, rest) : rest;
        count += (stays ? 1 : 0) - (present ? 1 : 0);
      }
      if (changed != chain) {
        tree = changed == null ? tree.minus(hash) : tree.plus(hash, changed);
      }
      at = end;
    }
    return tree == groups ? this : new GroupIndex<>(tree, count, emptyGroup, newFirst);
  }

  private GroupIndex<P, K, V> withOneByOne(Change<P, K, V> newest) {
    if (newest.previous == null) {
      return newest.child == null ? minus(newest.parent, newest.key) : plus(newest.parent, newest.key, newest.child);
    }
    GroupIndex<P, K, V> before = withOneByOne(newest.previous);
    return newest.child == null
        ? before.minus(newest.parent, newest.key)
        : before.plus(newest.parent, newest.key, newest.child);
  }

  /** How many parents have at least one child. */
  int parents() {
    return parents;
  }

  /** Every parent with its children, in no particular order (for equality and printing only). */
  private Map<P, PSortedMap<K, V>> asMap() {
    Map<P, PSortedMap<K, V>> map = new LinkedHashMap<>();
    for (Group<P, K, V> chain : groups.values()) {
      for (Group<P, K, V> g = chain; g != null; g = g.next) {
        map.put(g.parent, g.children);
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GroupIndex)) {
      return false;
    }
    GroupIndex<?, ?, ?> other = (GroupIndex<?, ?, ?>) o;
    return other.parents == parents && other.asMap().equals(asMap());
  }

  @Override
  public int hashCode() {
    return Objects.hash(asMap());
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
