package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.model.cen.CenRouteStatus;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The route set of one CEN (Basic Edition, D1: one route set per CEN, shared by its regional route domains),
 * derived from the snapshot's indexes in time proportional to the CEN's own routes, never to the cloud's size.
 *
 * <p>Each attached instance advertises its default routes (R25): a VPC its vSwitch blocks; 100.64.0.0/10 is
 * never advertised (R26). Of several sources of an identical destination (R28), the one attached first is
 * {@link CenRouteStatus#ACTIVE} and the others are {@link CenRouteStatus#CANDIDATE}, naming the winner (D4 c).
 * A VBR advertises its static routes to its data center. Different CENs never share routes (R10). The active
 * routes are also kept in a {@link PrefixTable} for longest-prefix matches.
 */
public final class CenRouteTable {
  private final CenId cenId;
  private final List<CenRouteEntry> routes;
  private final PrefixTable<CenRouteEntry> active;

  private CenRouteTable(CenId cenId, List<CenRouteEntry> routes, PrefixTable<CenRouteEntry> active) {
    this.cenId = cenId;
    this.routes = routes;
    this.active = active;
  }

  /** The route set of {@code cenId} in {@code snapshot} (empty if the CEN has no members). */
  public static CenRouteTable of(Snapshot s, CenId cenId) {
    // Destination -> sources in attach order (the index keeps a CEN's attachments in attach order).
    Map<Cidr, List<CenAttachment>> sources = new TreeMap<>();
    for (CenAttachment a : s.cen().attachmentsInOrder(cenId)) {
      for (Cidr destination : advertisedBy(s, a)) {
        sources.computeIfAbsent(destination, d -> new ArrayList<>(1)).add(a);
      }
    }
    List<CenRouteEntry> routes = new ArrayList<>();
    PrefixTable.Builder<CenRouteEntry> active = PrefixTable.builder();
    for (Map.Entry<Cidr, List<CenAttachment>> e : sources.entrySet()) {
      NetworkInstanceId winner = e.getValue().get(0).childInstanceId();
      for (CenAttachment a : e.getValue()) {
        boolean isActive = a.childInstanceId().equals(winner);
        CenRouteEntry entry =
            CenRouteEntry.builder()
                .cenId(cenId)
                .destinationCidrBlock(e.getKey())
                .nextHopInstanceId(a.childInstanceId())
                .nextHopRegion(a.childInstanceRegion())
                .attachOrder(a.attachOrder())
                .status(isActive ? CenRouteStatus.ACTIVE : CenRouteStatus.CANDIDATE)
                .conflictsWith(isActive ? Optional.empty() : Optional.of(winner))
                .build();
        routes.add(entry);
        if (isActive) {
          active.putIfAbsent(e.getKey(), entry);
        }
      }
    }
    return new CenRouteTable(cenId, List.copyOf(routes), active.build());
  }

  /** The CEN. */
  public CenId cenId() {
    return cenId;
  }

  /** The routes, ordered by destination, the active source of each destination first. */
  public List<CenRouteEntry> routes() {
    return routes;
  }

  /** The active route for exactly {@code destination}, if any. */
  public Optional<CenRouteEntry> active(Cidr destination) {
    for (CenRouteEntry r : active.matches(destination.network())) {
      if (r.destinationCidrBlock().equals(destination)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The active route of the longest destination containing {@code address}, if any. */
  public Optional<CenRouteEntry> longestActive(Ipv4Address address) {
    return active.longestMatch(address);
  }

  /** The active routes whose destination contains {@code address}, the longest destination first. */
  public List<CenRouteEntry> activeContaining(Ipv4Address address) {
    return active.matches(address);
  }

  /**
   * The destinations an attached instance advertises by default (R25), without 100.64.0.0/10 (R26). VPCs
   * advertise their vSwitch blocks; VBRs their static routes towards the data center.
   */
  static List<Cidr> advertisedBy(Snapshot s, CenAttachment attachment) {
    NetworkInstanceId child = attachment.childInstanceId();
    Map<Cidr, Cidr> blocks = new LinkedHashMap<>();
    if (child instanceof VpcId) {
      for (VSwitch vsw : s.vpc().vSwitchMapOf((VpcId) child).values()) {
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
