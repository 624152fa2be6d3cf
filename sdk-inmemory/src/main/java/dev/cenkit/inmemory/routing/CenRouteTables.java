package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The route tables of the CENs of one snapshot, each derived on first use ({@link CenRouteTable#of}) and kept:
 * asking for one CEN costs that CEN's routes, never a pass over every CEN.
 */
public final class CenRouteTables {
  private final Snapshot snapshot;
  private final Map<CenId, CenRouteTable> byCen = new ConcurrentHashMap<>();

  private CenRouteTables(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The route tables of the CENs of {@code snapshot}, derived lazily. */
  public static CenRouteTables of(Snapshot snapshot) {
    return new CenRouteTables(snapshot);
  }

  /** The table of one CEN. */
  public CenRouteTable table(CenId cenId) {
    return byCen.computeIfAbsent(cenId, c -> CenRouteTable.of(snapshot, c));
  }

  /** The routes of one CEN, ordered by destination, the active source of each destination first. */
  public List<CenRouteEntry> routes(CenId cenId) {
    return table(cenId).routes();
  }

  /** The routes of one CEN that lost an identical-destination conflict (R28). */
  public List<CenRouteEntry> conflicts(CenId cenId) {
    return routes(cenId).stream().filter(CenRouteEntry::inConflict).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The route in effect for exactly {@code destination} in a CEN, if any. */
  public Optional<CenRouteEntry> active(CenId cenId, Cidr destination) {
    return table(cenId).active(destination);
  }
}
