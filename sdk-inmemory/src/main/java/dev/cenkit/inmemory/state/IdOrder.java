package dev.cenkit.inmemory.state;

import dev.cenkit.model.ResourceId;
import java.io.Serializable;
import java.util.Comparator;

/**
 * The natural order of resource ids, as a comparator of its own class: the id-sorted maps of a snapshot compare
 * their keys through it with one direct call, where {@link Comparator#naturalOrder()} is shared with every other
 * key type and dispatches {@code compareTo} through the interface on every step down a tree.
 */
final class IdOrder implements Comparator<ResourceId>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final IdOrder INSTANCE = new IdOrder();

  private IdOrder() {}

  @Override
  public int compare(ResourceId a, ResourceId b) {
    return a.compareTo(b);
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
