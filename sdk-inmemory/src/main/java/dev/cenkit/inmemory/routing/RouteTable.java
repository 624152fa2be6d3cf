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
import java.util.Optional;
import java.util.TreeMap;

/**
 * One route table of a router, of either edition: every entry (static, blackhole, propagated), ordered by
 * destination with the active entry of each destination first, and the active entries on a {@link PrefixTable}
 * for longest-prefix lookups. An Enterprise router's tables and the one table a Basic CEN's implicit routers
 * share (D1) are both built by {@link #select}, so both editions rank candidates by one rule: static over
 * propagated, then the entry installed first (E12, DE6, R28/D4 c: for Basic the first attached source); the
 * others stand by. Immutable.
 */
public final class RouteTable {
  private static final RouteTable EMPTY = new RouteTable(List.of(), PrefixTable.<TransitRouterRouteEntry>builder().build());

  private static final Comparator<TransitRouterRouteEntry> PRECEDENCE =
      Comparator.comparing((TransitRouterRouteEntry e) -> e.type() == TransitRouterRouteEntryType.STATIC ? 0 : 1)
          .thenComparingLong(TransitRouterRouteEntry::order);

  private final List<TransitRouterRouteEntry> entries;
  private final PrefixTable<TransitRouterRouteEntry> active;

  private RouteTable(List<TransitRouterRouteEntry> entries, PrefixTable<TransitRouterRouteEntry> active) {
    this.entries = entries;
    this.active = active;
  }

  /** A table with no entries. */
  public static RouteTable empty() {
    return EMPTY;
  }

  /**
   * The table of {@code candidates} (each a distinct entry, in any order): per destination the entry of the
   * highest precedence is active and the others stand by.
   */
  public static RouteTable select(Collection<TransitRouterRouteEntry> candidates) {
    Map<Cidr, List<TransitRouterRouteEntry>> byDestination = new TreeMap<>();
    for (TransitRouterRouteEntry c : candidates) {
      byDestination.computeIfAbsent(c.destinationCidrBlock(), d -> new ArrayList<>(1)).add(c);
    }
    List<TransitRouterRouteEntry> out = new ArrayList<>(candidates.size());
    PrefixTable.Builder<TransitRouterRouteEntry> active = PrefixTable.builder();
    for (Map.Entry<Cidr, List<TransitRouterRouteEntry>> same : byDestination.entrySet()) {
      List<TransitRouterRouteEntry> ranked = same.getValue();
      ranked.sort(PRECEDENCE);
      for (int i = 0; i < ranked.size(); i++) {
        TransitRouterRouteEntryStatus status =
            i == 0 ? TransitRouterRouteEntryStatus.ACTIVE : TransitRouterRouteEntryStatus.STANDBY;
        TransitRouterRouteEntry e = ranked.get(i);
        TransitRouterRouteEntry ranked1 = e.status() == status ? e : e.toBuilder().status(status).build();
        out.add(ranked1);
        if (i == 0) {
          active.putIfAbsent(same.getKey(), ranked1);
        }
      }
    }
    return new RouteTable(List.copyOf(out), active.build());
  }

  /** Every entry, ordered by destination, the active entry of each destination first. */
  public List<TransitRouterRouteEntry> entries() {
    return entries;
  }

  /** The active entries, ordered by destination. */
  public List<TransitRouterRouteEntry> activeEntries() {
    List<TransitRouterRouteEntry> out = new ArrayList<>(active.size());
    for (TransitRouterRouteEntry e : entries) {
      if (e.status() == TransitRouterRouteEntryStatus.ACTIVE) {
        out.add(e);
      }
    }
    return out;
  }

  /** The active entry of the longest destination containing {@code address} (E12), if any. */
  public Optional<TransitRouterRouteEntry> lookup(Ipv4Address address) {
    return active.longestMatch(address);
  }

  /** The active entries whose destination contains {@code address}, the longest destination first. */
  public List<TransitRouterRouteEntry> activeContaining(Ipv4Address address) {
    return active.matches(address);
  }

  /** The active entry for exactly {@code destination}, if any. */
  public Optional<TransitRouterRouteEntry> active(Cidr destination) {
    for (TransitRouterRouteEntry e : active.matches(destination.network())) {
      if (e.destinationCidrBlock().equals(destination)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Whether both tables hold the same entries with the same statuses. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RouteTable && ((RouteTable) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
