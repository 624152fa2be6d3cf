package dev.cenkit.inmemory.routing;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.TreeMap;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import org.jspecify.annotations.Nullable;

/**
 * One route table of a router, of either edition: every entry (static, blackhole, propagated), ranked per
 * destination with the active entry first, on a persistent {@link PrefixTable} for longest-prefix lookups. An
 * Enterprise router's tables and the one table a Basic CEN's implicit routers share (D1) are both built by
 * {@link #select}, so both editions rank candidates by one rule: static over propagated, then the entry installed
 * first (E12, DE6, R28/D4 c: for Basic the first attached source); the others stand by. Immutable; {@link #edit}
 * derives a table with some destinations' candidates changed in time proportional to those destinations (times
 * log n), sharing the rest. The whole listing ({@link #entries}) is made only when asked.
 */
public final class RouteTable {
  private static final RouteTable EMPTY = new RouteTable(PrefixTable.empty(), 0, List.of());

  private static final Comparator<TransitRouterRouteEntry> PRECEDENCE =
      Comparator.comparing((TransitRouterRouteEntry e) -> e.type() == TransitRouterRouteEntryType.STATIC ? 0 : 1)
          .thenComparingLong(TransitRouterRouteEntry::order);

  /** The entries of each destination, ranked (the active one first, then the standbys in precedence order). */
  private final PrefixTable<List<TransitRouterRouteEntry>> byDestination;
  private final int size;
  /** Every entry ordered by destination, made on first use. */
  private volatile @Nullable List<TransitRouterRouteEntry> entries;

  private RouteTable(
      PrefixTable<List<TransitRouterRouteEntry>> byDestination, int size, @Nullable List<TransitRouterRouteEntry> entries) {
    this.byDestination = byDestination;
    this.size = size;
    this.entries = entries;
  }

  /** A table with no entries. */
  public static RouteTable empty() {
    return EMPTY;
  }

  /**
   * The table of {@code candidates} (each a distinct entry, in any order): per destination the entry of the
   * highest precedence is active and the others stand by (of equal precedence, the earlier candidate first).
   */
  public static RouteTable select(Collection<TransitRouterRouteEntry> candidates) {
    Map<Cidr, List<TransitRouterRouteEntry>> byDestination = new TreeMap<>();
    for (TransitRouterRouteEntry c : candidates) {
      byDestination.computeIfAbsent(c.destinationCidrBlock(), d -> new ArrayList<>(1)).add(c);
    }
    List<TransitRouterRouteEntry> out = new ArrayList<>(candidates.size());
    PrefixTable.Builder<List<TransitRouterRouteEntry>> ranked = PrefixTable.builder();
    for (Map.Entry<Cidr, List<TransitRouterRouteEntry>> same : byDestination.entrySet()) {
      List<TransitRouterRouteEntry> r = rank(same.getValue());
      out.addAll(r);
      ranked.putIfAbsent(same.getKey(), r);
    }
    return new RouteTable(ranked.build(), out.size(), List.copyOf(out));
  }

  /** {@code candidates} of one destination sorted by precedence (stable), each with its status. */
  private static List<TransitRouterRouteEntry> rank(List<TransitRouterRouteEntry> candidates) {
    List<TransitRouterRouteEntry> sorted = new ArrayList<>(candidates);
    sorted.sort(PRECEDENCE);
    for (int i = 0; i < sorted.size(); i++) {
      TransitRouterRouteEntryStatus status =
          i == 0 ? TransitRouterRouteEntryStatus.ACTIVE : TransitRouterRouteEntryStatus.STANDBY;
      TransitRouterRouteEntry e = sorted.get(i);
      if (e.status() != status) {
        sorted.set(i, e.toBuilder().status(status).build());
      }
    }
    return List.copyOf(sorted);
  }

  /** An editor of a table derived from this one (this table is not changed). */
  public Editor edit() {
    return new Editor(this);
  }

  /**
   * Changes the candidates of some destinations of a table: remove and add candidates, then {@link #apply}
   * ranks only the destinations touched. Equal-precedence candidates keep their order, a new one after the
   * others (a Basic table's candidates never tie: attach orders are unique). Not thread-safe, used once.
   */
  public static final class Editor {
    private final RouteTable base;
    private final Map<Cidr, List<TransitRouterRouteEntry>> touched = new LinkedHashMap<>();

    private Editor(RouteTable base) {
      this.base = base;
    }

    private List<TransitRouterRouteEntry> working(Cidr destination) {
      return touched.computeIfAbsent(destination, d -> {
        List<TransitRouterRouteEntry> held = base.byDestination.get(d);
        return held == null ? new ArrayList<>(1) : new ArrayList<>(held);
      });
    }

    /** Removes the candidate of {@code destination} whose next hop is {@code nextHop}, if there is one. */
    public Editor remove(Cidr destination, TransitRouterAttachmentId nextHop) {
      working(destination).removeIf(e -> e.nextHopId().map(nextHop::equals).orElse(false));
      return this;
    }

    /** Adds a candidate (its status is set when ranked). */
    public Editor add(TransitRouterRouteEntry candidate) {
      working(candidate.destinationCidrBlock()).add(candidate);
      return this;
    }

    /** The table with the changes; the base table itself when they changed nothing. */
    public RouteTable apply() {
      PrefixTable<List<TransitRouterRouteEntry>> next = base.byDestination;
      int size = base.size;
      boolean changed = false;
      for (Map.Entry<Cidr, List<TransitRouterRouteEntry>> t : touched.entrySet()) {
        List<TransitRouterRouteEntry> held = base.byDestination.get(t.getKey());
        List<TransitRouterRouteEntry> ranked = t.getValue().isEmpty() ? null : rank(t.getValue());
        if (java.util.Objects.equals(held, ranked)) {
          continue;
        }
        changed = true;
        size += (ranked == null ? 0 : ranked.size()) - (held == null ? 0 : held.size());
        next = ranked == null ? next.minus(t.getKey()) : next.plus(t.getKey(), ranked);
      }
      return changed ? new RouteTable(next, size, null) : base;
    }
  }

  /** How many entries (active and standby) the table holds. */
  public int size() {
    return size;
  }

  /** Every entry, ordered by destination, the active entry of each destination first (made on first use). */
  public List<TransitRouterRouteEntry> entries() {
    List<TransitRouterRouteEntry> e = entries;
    if (e == null) {
      List<List<TransitRouterRouteEntry>> ranked = new ArrayList<>(byDestination.values());
      ranked.sort(Comparator.comparing((List<TransitRouterRouteEntry> r) -> r.get(0).destinationCidrBlock()));
      List<TransitRouterRouteEntry> out = new ArrayList<>(size);
      for (List<TransitRouterRouteEntry> r : ranked) {
        out.addAll(r);
      }
      e = List.copyOf(out);
      entries = e;
    }
    return e;
  }

  /** The entries of exactly {@code destination}, ranked (the active one first); empty if none. */
  public List<TransitRouterRouteEntry> ranked(Cidr destination) {
    List<TransitRouterRouteEntry> r = byDestination.get(destination);
    return r == null ? List.of() : r;
  }

  /** The active entries, ordered by destination. */
  public List<TransitRouterRouteEntry> activeEntries() {
    List<TransitRouterRouteEntry> out = new ArrayList<>(byDestination.size());
    for (TransitRouterRouteEntry e : entries()) {
      if (e.status() == TransitRouterRouteEntryStatus.ACTIVE) {
        out.add(e);
      }
    }
    return out;
  }

  /** The active entry of the longest destination containing {@code address} (E12), if any. */
  public Optional<TransitRouterRouteEntry> lookup(Ipv4Address address) {
    List<TransitRouterRouteEntry> r = byDestination.longestMatchOrNull(address);
    return r == null ? Optional.empty() : Optional.of(r.get(0));
  }

  /** The active entries whose destination contains {@code address}, the longest destination first. */
  public List<TransitRouterRouteEntry> activeContaining(Ipv4Address address) {
    List<List<TransitRouterRouteEntry>> matches = byDestination.matches(address);
    List<TransitRouterRouteEntry> out = new ArrayList<>(matches.size());
    for (List<TransitRouterRouteEntry> r : matches) {
      out.add(r.get(0));
    }
    return out;
  }

  /** The active entry for exactly {@code destination}, if any. */
  public Optional<TransitRouterRouteEntry> active(Cidr destination) {
    List<TransitRouterRouteEntry> r = byDestination.get(destination);
    return r == null ? Optional.empty() : Optional.of(r.get(0));
  }

  /** Whether both tables hold the same entries with the same statuses. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof RouteTable && ((RouteTable) o).size == size && ((RouteTable) o).entries().equals(entries()));
  }

  @Override
  public int hashCode() {
    return entries().hashCode();
  }

  @Override
  public String toString() {
    return entries().toString();
  }
}
