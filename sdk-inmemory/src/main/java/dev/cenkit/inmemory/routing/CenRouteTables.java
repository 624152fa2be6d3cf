package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.ChangeLog;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

/**
 * The route tables of the CENs of one snapshot, each derived on first use ({@link CenRouteTable#of}) and kept in
 * a persistent map: asking for one CEN costs that CEN's routes, never a pass over every CEN. The next snapshot's
 * tables ({@link #next}) start from these: a table whose members changed is updated by the touched members
 * only ({@link CenRouteTable#next}), every other table is kept as it is.
 */
public final class CenRouteTables {
  private final Snapshot snapshot;
  private final AtomicReference<PMap<CenId, CenRouteTable>> byCen;

  private CenRouteTables(Snapshot snapshot, PMap<CenId, CenRouteTable> byCen) {
    this.snapshot = snapshot;
    this.byCen = new AtomicReference<>(byCen);
  }

  /** The route tables of the CENs of {@code snapshot}, derived lazily. */
  public static CenRouteTables of(Snapshot snapshot) {
    return new CenRouteTables(snapshot, HashTreePMap.empty());
  }

  /**
   * The tables of {@code next}, updated from {@code previous} by the changes between the two snapshots (read from
   * their change logs); derived afresh when {@code next} does not descend from the previous snapshot.
   */
  public static CenRouteTables next(CenRouteTables previous, Snapshot next) {
    Snapshot before = previous.snapshot;
    Optional<Set<String>> vpcKeys = ChangeLog.touchedSince(before.vpc().changeLog(), next.vpc().changeLog());
    Optional<Set<String>> cenKeys = ChangeLog.touchedSince(before.cen().changeLog(), next.cen().changeLog());
    Optional<Set<String>> ecKeys =
        ChangeLog.touchedSince(before.expressConnect().changeLog(), next.expressConnect().changeLog());
    if (vpcKeys.isEmpty() || cenKeys.isEmpty() || ecKeys.isEmpty()) {
      return of(next);
    }
    Set<String> touched = new HashSet<>(vpcKeys.get());
    touched.addAll(cenKeys.get());
    touched.addAll(ecKeys.get());
    return next(previous, next, touched);
  }

  /**
   * The tables of {@code next}, given the keys of the VPCs, VBRs, CENs and child instances the changes since
   * {@code previous}'s snapshot touched ({@link ChangeLog#touchedSince} of the VPC, CEN and Express Connect
   * logs). A table is a function of its CEN's attachments and of what each member advertises (its vSwitches, or
   * a VBR's routes to its data center), and every change to those logs the member's key: each CEN that a touched
   * instance was or is attached to has its table updated by those instances; a CEN that no longer exists drops
   * its table; every other table is kept.
   */
  public static CenRouteTables next(CenRouteTables previous, Snapshot next, Set<String> touched) {
    Snapshot before = previous.snapshot;
    PMap<CenId, CenRouteTable> tables = previous.byCen.get();
    if (tables.isEmpty()) {
      return of(next);
    }
    Map<CenId, Set<NetworkInstanceId>> membersByCen = new HashMap<>();
    for (String key : touched) {
      if (CenId.KIND.matches(key)) {
        CenId cen = CenId.of(key);
        if (tables.containsKey(cen) && next.cen().cens().get(cen) == null) {
          tables = tables.minus(cen);
        }
        continue;
      }
      CenAttachment was = before.cen().attachments().get(key);
      if (was != null && tables.containsKey(was.cenId())) {
        membersByCen.computeIfAbsent(was.cenId(), c -> new LinkedHashSet<>()).add(was.childInstanceId());
      }
      CenAttachment is = next.cen().attachments().get(key);
      if (is != null && tables.containsKey(is.cenId())) {
        membersByCen.computeIfAbsent(is.cenId(), c -> new LinkedHashSet<>()).add(is.childInstanceId());
      }
    }
    for (Map.Entry<CenId, Set<NetworkInstanceId>> e : membersByCen.entrySet()) {
      CenRouteTable held = tables.get(e.getKey());
      if (held != null) {
        CenRouteTable updated = held.next(next, e.getValue());
        if (updated != held) {
          tables = tables.plus(e.getKey(), updated);
        }
      }
    }
    return new CenRouteTables(next, tables);
  }

  /** The snapshot the tables are of. */
  public Snapshot snapshot() {
    return snapshot;
  }

  /** The table of one CEN. */
  public CenRouteTable table(CenId cenId) {
    CenRouteTable table = byCen.get().get(cenId);
    if (table == null) {
      CenRouteTable derived = CenRouteTable.of(snapshot, cenId);
      table = byCen.updateAndGet(m -> m.containsKey(cenId) ? m : m.plus(cenId, derived)).get(cenId);
    }
    return table;
  }

  /** The table of one CEN if it has been derived (or kept) already, without deriving it. */
  public Optional<CenRouteTable> derived(CenId cenId) {
    return Optional.ofNullable(byCen.get().get(cenId));
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
