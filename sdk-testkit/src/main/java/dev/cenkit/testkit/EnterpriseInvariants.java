package dev.cenkit.testkit;

import dev.cenkit.inmemory.routing.TransitRouterRouteTables;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryStatus;
import dev.cenkit.model.tr.TransitRouterRouteEntryType;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold of the transit-router route tables of any snapshot, checked the simple way (each table on
 * its own, each inter-region connection on its own), independently of how {@link TransitRouterRouteTables}
 * reaches its fixpoint: one active entry per destination and table, static over propagated (E12, DE6), next
 * hops that are connections of the table's router (E11), and for every inter-region connection exactly the
 * active entries of its table on one side, except those through itself, learned on the other side (DE5).
 */
public final class EnterpriseInvariants {
  private EnterpriseInvariants() {}

  /** Every violation found, one line each; empty when all invariants hold. */
  public static List<String> violations(Snapshot s) {
    List<String> out = new ArrayList<>();
    TransitRouterRouteTables tables = TransitRouterRouteTables.of(s);
    for (CenId cen : s.cen().cens().keySet()) {
      for (TransitRouter router : s.transitRouter().transitRoutersOf(cen)) {
        for (TransitRouterRouteTable table : s.transitRouter().routeTablesOf(router.id())) {
          checkTable(s, tables, router, table, out);
        }
        for (TransitRouterAttachment p : s.transitRouter().attachmentsOf(router.id())) {
          if (p.isPeer() && p.transitRouterId().equals(router.id())) {
            checkPeer(s, tables, p, p.transitRouterId(), p.peerTransitRouterId().orElseThrow(), out);
            checkPeer(s, tables, p, p.peerTransitRouterId().orElseThrow(), p.transitRouterId(), out);
          }
        }
      }
    }
    return out;
  }

  private static void checkTable(
      Snapshot s, TransitRouterRouteTables tables, TransitRouter router, TransitRouterRouteTable table, List<String> out) {
    Map<Cidr, List<TransitRouterRouteEntry>> byDestination = new HashMap<>();
    for (TransitRouterRouteEntry e : tables.entries(table.id())) {
      byDestination.computeIfAbsent(e.destinationCidrBlock(), d -> new ArrayList<>()).add(e);
      if (e.nextHopId().isPresent()) {
        Optional<TransitRouterAttachment> hop = s.transitRouter().attachment(e.nextHopId().get());
        if (hop.isEmpty() || !hop.get().routers().contains(router.id())) {
          out.add(table.id() + ": next hop " + e.nextHopId().get() + " is not a connection of " + router.id());
        }
      }
    }
    for (Map.Entry<Cidr, List<TransitRouterRouteEntry>> d : byDestination.entrySet()) {
      List<TransitRouterRouteEntry> active =
          d.getValue().stream().filter(e -> e.status() == TransitRouterRouteEntryStatus.ACTIVE).collect(Collectors.toList());
      if (active.size() != 1) {
        out.add(table.id() + ": " + active.size() + " active entries for " + d.getKey());
        continue;
      }
      boolean hasStatic = d.getValue().stream().anyMatch(e -> e.type() == TransitRouterRouteEntryType.STATIC);
      if (hasStatic && active.get(0).type() != TransitRouterRouteEntryType.STATIC) {
        out.add(table.id() + ": a propagated entry beats a static one for " + d.getKey());
      }
    }
  }

  /** What {@code p} carries from {@code from} to {@code to}: exactly the active entries not through {@code p}. */
  private static void checkPeer(
      Snapshot s, TransitRouterRouteTables tables, TransitRouterAttachment p, TransitRouterId from, TransitRouterId to,
      List<String> out) {
    Optional<TransitRouterRouteTableAssociation> source = s.transitRouter().associationOf(from, p.id());
    Set<Cidr> carried =
        source.map(a -> tables.activeEntries(a.routeTableId()).stream()
                .filter(e -> !e.nextHopId().equals(Optional.of(p.id())))
                .map(TransitRouterRouteEntry::destinationCidrBlock)
                .collect(Collectors.toSet()))
            .orElse(Set.of());
    for (TransitRouterRouteTablePropagation target : s.transitRouter().propagationsOf(to, p.id())) {
      Set<Cidr> learned =
          tables.entries(target.routeTableId()).stream()
              .filter(e -> e.type() == TransitRouterRouteEntryType.PROPAGATED && e.nextHopId().equals(Optional.of(p.id())))
              .map(TransitRouterRouteEntry::destinationCidrBlock)
              .collect(Collectors.toSet());
      if (!learned.equals(carried)) {
        out.add(target.routeTableId() + " learns " + learned + " over " + p.id() + " but " + from + " offers " + carried);
      }
    }
    if (s.transitRouter().propagationsOf(to, p.id()).isEmpty()) {
      for (TransitRouterRouteTable t : s.transitRouter().routeTablesOf(to)) {
        if (tables.entries(t.id()).stream().anyMatch(e -> e.type() == TransitRouterRouteEntryType.PROPAGATED
            && e.nextHopId().equals(Optional.of(p.id())))) {
          out.add(t.id() + " learns over " + p.id() + " without a propagation on " + to);
        }
      }
    }
  }
}
