package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The route tables of every CEN in a snapshot (Basic Edition, D1: one route set per CEN, shared by its regional
 * route domains), derived and never stored.
 *
 * <p>Each attached instance advertises its default routes (R25): a VPC its vSwitch blocks; 100.64.0.0/10 is
 * never advertised (R26). Of several sources of an identical destination (R28), the one attached first is
 * {@link CenRouteStatus#ACTIVE} and the others are {@link CenRouteStatus#CANDIDATE}, naming the winner (D4 c).
 * A VBR advertises its static routes to its data center.
 * Different CENs never share routes (R10).
 */
public final class CenRouteTables {
  private final Map<CenId, List<CenRouteEntry>> byCen;

  private CenRouteTables(Map<CenId, List<CenRouteEntry>> byCen) {
    this.byCen = byCen;
  }

  /** The route tables of every CEN of {@code snapshot}. */
  public static CenRouteTables of(Snapshot snapshot) {
    Map<CenId, List<CenRouteEntry>> byCen = new TreeMap<>();
    for (CenId cenId : snapshot.cen().cens().keySet()) {
      byCen.put(cenId, routesOf(snapshot, cenId));
    }
    return new CenRouteTables(byCen);
  }

  /** The routes of one CEN, ordered by destination, the active source of each destination first. */
  public List<CenRouteEntry> routes(CenId cenId) {
    return byCen.getOrDefault(cenId, List.of());
  }

  /** The routes of one CEN that lost an identical-destination conflict (R28). */
  public List<CenRouteEntry> conflicts(CenId cenId) {
    return routes(cenId).stream().filter(CenRouteEntry::inConflict).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The route in effect for exactly {@code destination} in a CEN, if any. */
  public Optional<CenRouteEntry> active(CenId cenId, Cidr destination) {
    return routes(cenId).stream()
        .filter(r -> r.status() == CenRouteStatus.ACTIVE && r.destinationCidrBlock().equals(destination))
        .findFirst();
  }

  private static List<CenRouteEntry> routesOf(Snapshot s, CenId cenId) {
    // Destination -> sources in attach order (attachmentsOf is ordered by attachOrder).
    ListMultimap<Cidr, CenAttachment> sources = MultimapBuilder.treeKeys().arrayListValues().build();
    for (CenAttachment a : s.cen().attachmentsOf(cenId)) {
      for (Cidr destination : advertisedBy(s, a)) {
        sources.put(destination, a);
      }
    }
    List<CenRouteEntry> routes = new ArrayList<>();
    for (Map.Entry<Cidr, List<CenAttachment>> e : Multimaps.asMap(sources).entrySet()) {
      List<CenAttachment> ordered = new ArrayList<>(e.getValue());
      ordered.sort(Comparator.comparingLong(CenAttachment::attachOrder));
      NetworkInstanceId winner = ordered.get(0).childInstanceId();
      for (CenAttachment a : ordered) {
        boolean active = a.childInstanceId().equals(winner);
        routes.add(
            CenRouteEntry.builder()
                .cenId(cenId)
                .destinationCidrBlock(e.getKey())
                .nextHopInstanceId(a.childInstanceId())
                .nextHopRegion(a.childInstanceRegion())
                .attachOrder(a.attachOrder())
                .status(active ? CenRouteStatus.ACTIVE : CenRouteStatus.CANDIDATE)
                .conflictsWith(active ? Optional.empty() : Optional.of(winner))
                .build());
      }
    }
    return List.copyOf(routes);
  }

  /**
   * The destinations an attached instance advertises by default (R25), without 100.64.0.0/10 (R26). VPCs
   * advertise their vSwitch blocks; the Express Connect model adds what VBRs advertise here.
   */
  static List<Cidr> advertisedBy(Snapshot s, CenAttachment attachment) {
    NetworkInstanceId child = attachment.childInstanceId();
    Map<Cidr, Cidr> blocks = new LinkedHashMap<>();
    if (child instanceof VpcId) {
      for (VSwitch vsw : s.vpc().vSwitchesOf((VpcId) child)) {
        blocks.put(vsw.cidrBlock(), vsw.cidrBlock());
      }
    }
    if (child instanceof VbrId) {
      // A VBR advertises its static routes to the data center (next hop: its circuit), D10, R25, R27.
      s.expressConnect().vbr((VbrId) child).ifPresent(
          vbr -> vbr.routeEntries().stream()
              .filter(e -> e.nextHopType() == VbrNextHopType.PHYSICAL_CONNECTION)
              .forEach(e -> blocks.put(e.destination(), e.destination())));
    }
    blocks.keySet().removeIf(c -> Cidr.CLOUD_SERVICES.overlaps(c));
    return List.copyOf(blocks.keySet());
  }
}
