package dev.cenkit.inmemory.state;

import java.util.Comparator;
import java.util.Objects;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * A persistent secondary index of a snapshot: for each parent key, the children ordered by their own key (the
 * vSwitches of a VPC, the attachments of a CEN in attach order, ...). A change copies only the parent's bucket
 * and the path to it, so the index is kept by the same {@code with…}/{@code without…} methods as the primary
 * map and cannot drift from it.
 *
 * @param <P> the parent key
 * @param <K> the child key, ordering the children of one parent
 * @param <V> the child
 */
final class GroupIndex<P, K, V> {
  private final PMap<P, PSortedMap<K, V>> groups;
  private final PSortedMap<K, V> emptyGroup;

  private GroupIndex(PMap<P, PSortedMap<K, V>> groups, PSortedMap<K, V> emptyGroup) {
    this.groups = groups;
    this.emptyGroup = emptyGroup;
  }

  /** An empty index whose children are ordered by their natural order. */
  static <P, K extends Comparable<? super K>, V> GroupIndex<P, K, V> natural() {
    return new GroupIndex<>(HashTreePMap.empty(), TreePMap.<K, V>empty(Comparator.<K>naturalOrder()));
  }

  /** An empty index whose children are ordered by {@code order}. */
  static <P, K, V> GroupIndex<P, K, V> ordered(Comparator<? super K> order) {
    return new GroupIndex<>(HashTreePMap.empty(), TreePMap.empty(order));
  }

  /** The children of {@code parent}, ordered; empty if it has none. */
  PSortedMap<K, V> get(P parent) {
    PSortedMap<K, V> group = groups.get(parent);
    return group == null ? emptyGroup : group;
  }

  /** With {@code child} under {@code parent} at {@code key} (added or replaced). */
  GroupIndex<P, K, V> plus(P parent, K key, V child) {
    return new GroupIndex<>(groups.plus(parent, get(parent).plus(key, child)), emptyGroup);
  }

  /** Without the child at {@code key} under {@code parent}; an emptied parent leaves the index. */
  GroupIndex<P, K, V> minus(P parent, K key) {
    PSortedMap<K, V> group = groups.get(parent);
    if (group == null || !group.containsKey(key)) {
      return this;
    }
    PSortedMap<K, V> rest = group.minus(key);
    return new GroupIndex<>(rest.isEmpty() ? groups.minus(parent) : groups.plus(parent, rest), emptyGroup);
  }

  /** How many parents have at least one child. */
  int parents() {
    return groups.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupIndex && ((GroupIndex<?, ?, ?>) o).groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groups);
  }

  @Override
  public String toString() {
    return groups.toString();
  }
}
