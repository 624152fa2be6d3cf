package dev.cenkit.inmemory.routing;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * A persistent prefix table: one value per destination prefix, answering longest-prefix matches in time
 * proportional to the number of distinct prefix lengths present (at most 33) times a persistent-map lookup,
 * never to the table size. The prefixes are kept in one persistent hash map keyed by the block itself, with the
 * count of prefixes of each length; a lookup of an address asks, longest length first, for the block of that
 * length containing it ({@link Cidr#containing}). Adding or removing a prefix costs O(log n) and shares
 * everything else with the table it came from, so a route table updated by one member's routes is a few nodes
 * new, not a copy. It knows nothing of CENs or editions.
 *
 * @param <V> the value kept for each prefix
 */
public final class PrefixTable<V> {
  private static final int LENGTHS = 33;
  private static final PrefixTable<Object> EMPTY = new PrefixTable<>(HashTreePMap.empty(), new int[LENGTHS], new int[0]);

  private final PMap<Cidr, V> byPrefix;
  /** How many prefixes of each length (0 to 32) the table holds; never written after construction. */
  private final int[] countByLength;
  /** The lengths present, longest first; never written after construction. */
  private final int[] lengthsLongestFirst;

  private PrefixTable(PMap<Cidr, V> byPrefix, int[] countByLength, int[] lengthsLongestFirst) {
    this.byPrefix = byPrefix;
    this.countByLength = countByLength;
    this.lengthsLongestFirst = lengthsLongestFirst;
  }

  /** The table of no prefixes. */
  @SuppressWarnings("unchecked")
  public static <V> PrefixTable<V> empty() {
    return (PrefixTable<V>) EMPTY;
  }

  /** A builder of a table (the first value put for a prefix wins). */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Builds a {@link PrefixTable} from many prefixes without a table per step; not thread-safe, used once. */
  public static final class Builder<V> {
    private PMap<Cidr, V> byPrefix = HashTreePMap.empty();
    private final int[] counts = new int[LENGTHS];

    private Builder() {}

    /** Puts {@code value} for {@code prefix} unless the prefix already has one; answers whether it was put. */
    public boolean putIfAbsent(Cidr prefix, V value) {
      if (byPrefix.containsKey(prefix)) {
        return false;
      }
      byPrefix = byPrefix.plus(prefix, value);
      counts[prefix.prefixLength()]++;
      return true;
    }

    /** The table. */
    public PrefixTable<V> build() {
      return new PrefixTable<>(byPrefix, counts.clone(), present(counts));
    }
  }

  private static int[] present(int[] counts) {
    int n = 0;
    for (int c : counts) {
      if (c > 0) {
        n++;
      }
    }
    int[] out = new int[n];
    int i = 0;
    for (int length = LENGTHS - 1; length >= 0; length--) {
      if (counts[length] > 0) {
        out[i++] = length;
      }
    }
    return out;
  }

  /** How many prefixes the table holds. */
  public int size() {
    return byPrefix.size();
  }

  /** The value of exactly {@code prefix}, or null. */
  public @Nullable V get(Cidr prefix) {
    return byPrefix.get(prefix);
  }

  /** This table with {@code value} for {@code prefix} (replacing the value it had). */
  public PrefixTable<V> plus(Cidr prefix, V value) {
    PMap<Cidr, V> next = byPrefix.plus(prefix, value);
    if (next.size() == byPrefix.size()) {
      return new PrefixTable<>(next, countByLength, lengthsLongestFirst);
    }
    int[] counts = countByLength.clone();
    counts[prefix.prefixLength()]++;
    return new PrefixTable<>(next, counts, counts[prefix.prefixLength()] == 1 ? present(counts) : lengthsLongestFirst);
  }

  /** This table without {@code prefix}. */
  public PrefixTable<V> minus(Cidr prefix) {
    if (!byPrefix.containsKey(prefix)) {
      return this;
    }
    int[] counts = countByLength.clone();
    counts[prefix.prefixLength()]--;
    return new PrefixTable<>(
        byPrefix.minus(prefix), counts, counts[prefix.prefixLength()] == 0 ? present(counts) : lengthsLongestFirst);
  }

  /** Every value, in no particular order. */
  public Collection<V> values() {
    return byPrefix.values();
  }

  /** The value of the longest prefix containing {@code address}, or null. */
  public @Nullable V longestMatchOrNull(Ipv4Address address) {
    for (int length : lengthsLongestFirst) {
      V v = byPrefix.get(Cidr.containing(address, length));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The value of the longest prefix containing {@code address}, if any. */
  public Optional<V> longestMatch(Ipv4Address address) {
    return Optional.ofNullable(longestMatchOrNull(address));
  }

  /** The values of every prefix containing {@code address}, the longest prefix first (at most 33). */
  public List<V> matches(Ipv4Address address) {
    List<V> out = new ArrayList<>(4);
    for (int length : lengthsLongestFirst) {
      V v = byPrefix.get(Cidr.containing(address, length));
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }
}
