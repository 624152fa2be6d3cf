package dev.cenkit.inmemory.state;

import java.io.Serializable;
import java.util.Comparator;

/**
 * The natural order of strings, as a comparator of its own class: the string-keyed maps of a snapshot (attachments by
 * child id, limits by key) compare their keys through it with one direct call, where {@link Comparator#naturalOrder()}
 * is shared with every other key type and dispatches {@code compareTo} through the interface on every step down a
 * tree (the same order either way).
 */
final class TextOrder implements Comparator<String>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  static final TextOrder INSTANCE = new TextOrder();

  private TextOrder() {}

  @Override
  public int compare(String a, String b) {
    return a.compareTo(b);
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
