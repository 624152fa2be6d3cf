package dev.cenkit.inmemory.routing;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie.IPv4AssociativeTrieNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A route table as the forwarding plane sees it: entries keyed by destination prefix on an IPAddress
 * associative trie, answering longest-prefix matches in time proportional to the prefix length rather than the
 * table size. It knows nothing of CENs or editions: a CEN's route set, a transit router's table or a VPC's
 * table are all a prefix table of their own entries. Immutable once built; one entry per prefix (the first put
 * wins, so callers put the preferred source first).
 *
 * @param <E> the entry kept for each prefix
 */
public final class PrefixTable<E> {
  private final IPv4AddressAssociativeTrie<E> trie;
  private final int size;

  private PrefixTable(IPv4AddressAssociativeTrie<E> trie, int size) {
    this.trie = trie;
    this.size = size;
  }

  /** A builder of a table. */
  public static <E> Builder<E> builder() {
    return new Builder<>();
  }

  /** Builds a {@link PrefixTable}; not thread-safe, used once. */
  public static final class Builder<E> {
    private final IPv4AddressAssociativeTrie<E> trie = new IPv4AddressAssociativeTrie<>();
    private int size;

    private Builder() {}

    /** Puts {@code entry} for {@code prefix} unless the prefix already has one; answers whether it was put. */
    public boolean putIfAbsent(Cidr prefix, E entry) {
      if (trie.get(block(prefix)) != null) {
        return false;
      }
      trie.put(block(prefix), entry);
      size++;
      return true;
    }

    /** The table. */
    public PrefixTable<E> build() {
      return new PrefixTable<>(trie, size);
    }
  }

  /** How many prefixes the table holds. */
  public int size() {
    return size;
  }

  /** The library's prefix block of a cenkit block (Cidr keeps the library out of its own API). */
  private static IPv4Address block(Cidr prefix) {
    return new IPv4Address((int) prefix.network().toLong(), prefix.prefixLength()).toPrefixBlock();
  }

  private static IPv4Address ip(Ipv4Address address) {
    return new IPv4Address((int) address.toLong());
  }

  /** The entry of the longest prefix containing {@code address}, if any. */
  public Optional<E> longestMatch(Ipv4Address address) {
    IPv4AssociativeTrieNode<E> node = trie.longestPrefixMatchNode(ip(address));
    return node == null ? Optional.empty() : Optional.ofNullable(node.getValue());
  }

  /** The entries of every prefix containing {@code address}, the longest prefix first (at most 33). */
  public List<E> matches(Ipv4Address address) {
    IPv4AssociativeTrieNode<E> path = trie.elementsContaining(ip(address));
    if (path == null) {
      return List.of();
    }
    List<E> shortestFirst = new ArrayList<>(4);
    for (Iterator<? extends IPv4AssociativeTrieNode<E>> it = path.containingFirstIterator(true); it.hasNext(); ) {
      IPv4AssociativeTrieNode<E> n = it.next();
      if (n.isAdded()) {
        shortestFirst.add(n.getValue());
      }
    }
    List<E> longestFirst = new ArrayList<>(shortestFirst.size());
    for (int i = shortestFirst.size() - 1; i >= 0; i--) {
      longestFirst.add(shortestFirst.get(i));
    }
    return longestFirst;
  }
}
