package dev.cenkit.inmemory.routing;

import dev.cenkit.inmemory.ids.BasicRouterIds;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.InterRegionBandwidthLimit;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterType;
import dev.cenkit.model.vpc.VpcId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Basic Edition CEN compiled into the Enterprise shape (enterprise-edition.md §7, "Suggestion checked", DE18):
 *
 * <ul>
 *   <li>one implicit router of type {@link TransitRouterType#BASIC} per region the CEN has attached instances in,
 *       with a {@code tr-…} id derived from the CEN and the region ({@link BasicRouterIds}); these are the routers
 *       {@code ListTransitRouters} lists for a Basic CEN;
 *   <li>one implicit connection per attached instance (VPC or VBR) on the router of its region, associated with
 *       and propagating into the CEN's one table, and auto-publishing into its network (Addition 2: attached
 *       VPCs and VBRs learn the CEN's routes, R25);
 *   <li>one table, {@link CenRouteTable#table()}, shared by the routers of every region (D1: one route set per
 *       CEN). Each router sees all of it; at a router, an entry whose connection sits on another region's router
 *       is forwarded over the implicit inter-region connection to that router, as DE5 would have installed it;
 *   <li>an implicit inter-region connection between every pair of the CEN's regions (Addition 1), whose bandwidth
 *       is the {@code SetCenInterRegionBandwidthLimit} value for the pair, or none (1 Kbit/s test bandwidth,
 *       R12) when no limit is set.
 * </ul>
 *
 * The objects are derived, never stored: the table is the CEN's {@link CenRouteTable} (kept and updated per CEN
 * across snapshots by the engine, with its regions' router and peer ids), and the connections and peers are made
 * from it and the current snapshot on demand; nothing here is derived over every member of a CEN. Basic-only semantics (the conflict statuses of the listing, cloud-service routes, D15) stay rules of
 * the Basic table and of the networks' effective routes, not a second forwarding engine.
 */
public final class BasicRouters implements RouterPlane {
  private final Snapshot snapshot;
  private final CenRouteTable table;

  private BasicRouters(Snapshot snapshot, CenRouteTable table) {
    this.snapshot = snapshot;
    this.table = table;
  }

  /** The implicit routers of the Basic CEN whose table is {@code table}, in {@code snapshot}. */
  public static BasicRouters of(Snapshot snapshot, CenRouteTable table) {
    return new BasicRouters(snapshot, table);
  }

  /** The id of the one table of a Basic CEN ({@link BasicRouterIds#table}). */
  public static TransitRouterRouteTableId tableId(CenId cen) {
    return BasicRouterIds.table(cen);
  }

  /** The id of a Basic CEN's implicit router in {@code region} ({@link BasicRouterIds#router}). */
  public static TransitRouterId routerId(CenId cen, RegionId region) {
    return BasicRouterIds.router(cen, region);
  }

  /** The id of the implicit connection of an attached instance ({@link BasicRouterIds#connection}). */
  public static TransitRouterAttachmentId connectionId(NetworkInstanceId child) {
    return BasicRouterIds.connection(child);
  }

  /** The id of the implicit inter-region connection of a Basic CEN between two regions. */
  public static TransitRouterAttachmentId peerId(CenId cen, RegionPair pair) {
    return BasicRouterIds.peer(cen, pair);
  }

  /** The CEN. */
  public CenId cenId() {
    return table.cenId();
  }

  /** The CEN's one table, shared by every regional router (D1). */
  public CenRouteTable table() {
    return table;
  }

  /** The implicit routers, one per region with attached instances, in the order the regions were first used. */
  public List<TransitRouter> routers() {
    List<TransitRouter> out = new ArrayList<>(table.regions().size());
    for (RegionId region : table.regions()) {
      out.add(router(region));
    }
    return out;
  }

  /** The implicit inter-region connections, one per pair of the CEN's regions. */
  public List<TransitRouterAttachment> peers() {
    List<RegionId> regions = table.regions();
    List<TransitRouterAttachment> out = new ArrayList<>();
    for (int i = 0; i < regions.size(); i++) {
      for (int j = i + 1; j < regions.size(); j++) {
        out.add(peer(RegionPair.of(regions.get(i), regions.get(j))));
      }
    }
    return out;
  }

  /** The implicit connection of an attached instance, if it is attached to this CEN. */
  public Optional<TransitRouterAttachment> connectionOf(NetworkInstanceId child) {
    return connection(connectionId(child));
  }

  /**
   * The bandwidth of an implicit inter-region connection: the {@code SetCenInterRegionBandwidthLimit} value for
   * its pair, or empty when none is set (test bandwidth, R12).
   */
  public Optional<Bandwidth> bandwidth(TransitRouterAttachment peer) {
    return snapshot.cen()
        .bandwidthLimit(cenId(), RegionPair.of(peer.region(), peer.peerRegion().orElseThrow()))
        .map(InterRegionBandwidthLimit::bandwidthLimit);
  }

  private TransitRouter router(RegionId region) {
    return table.regionIndex().router(region);
  }

  private TransitRouterAttachment peer(RegionPair pair) {
    return TransitRouterAttachment.builder()
        .id(peerId(cenId(), pair))
        .cenId(cenId())
        .transitRouterId(routerId(cenId(), pair.first()))
        .region(pair.first())
        .kind(TransitRouterAttachmentKind.PEER)
        .peerTransitRouterId(routerId(cenId(), pair.second()))
        .peerRegion(pair.second())
        .bandwidthMbps(snapshot.cen().bandwidthLimit(cenId(), pair).map(l -> l.bandwidthLimit().mbps()).orElse(0L))
        .autoPublishRouteEnabled(true)
        .createOrder(0)
        .build();
  }

  static TransitRouterAttachment connection(TransitRouterAttachmentId id, CenAttachment a) {
    TransitRouterAttachment.Builder b = TransitRouterAttachment.builder()
        .id(id)
        .cenId(a.cenId())
        .transitRouterId(routerId(a.cenId(), a.childInstanceRegion()))
        .region(a.childInstanceRegion())
        .autoPublishRouteEnabled(true)
        .createOrder(a.attachOrder());
    NetworkInstanceId child = a.childInstanceId();
    if (child instanceof VbrId) {
      b.kind(TransitRouterAttachmentKind.VBR).vbrId((VbrId) child);
    } else {
      b.kind(TransitRouterAttachmentKind.VPC).vpcId((VpcId) child);
    }
    return b.build();
  }

  private Optional<RegionId> regionOf(TransitRouterId id) {
    return Optional.ofNullable(table.regionIndex().regionOf(id));
  }

  @Override
  public Optional<TransitRouter> router(TransitRouterId id) {
    RegionId region = table.regionIndex().regionOf(id);
    return region == null ? Optional.empty() : Optional.of(router(region));
  }

  /** A table entry as the router of a region holds it after the inter-region crossing, as asked for. */
  private final java.util.Map<java.util.List<Object>, TransitRouterRouteEntry> crossed =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public Optional<TransitRouterAttachment> connection(TransitRouterAttachmentId id) {
    Optional<TransitRouterAttachment> member = table.connection(id);
    if (member.isPresent()) {
      return member;
    }
    RegionPair pair = table.regionIndex().pairOf(id);
    if (pair == null) {
      return Optional.empty();
    }
    return Optional.of(peers.computeIfAbsent(pair, this::peer));
  }

  /** The implicit peers asked for so far, by region pair (their bandwidth is this snapshot's). */
  private final java.util.Map<RegionPair, TransitRouterAttachment> peers = new java.util.concurrent.ConcurrentHashMap<>();

  /** Every connection of a Basic router is associated with the CEN's one table (and propagates into it). */
  @Override
  public Optional<TransitRouterRouteTableId> associatedTable(TransitRouterId router, TransitRouterAttachmentId connection) {
    Optional<TransitRouterAttachment> c = connection(connection);
    return c.isPresent() && c.get().routers().contains(router) ? Optional.of(table.tableId()) : Optional.empty();
  }

  /**
   * The longest active entry of the shared table; when its connection is on another region's router, the entry
   * as that region's table would hold it after crossing the implicit inter-region connection (DE5): next hop the
   * connection to that region.
   */
  @Override
  public Optional<TransitRouterRouteEntry> lookup(TransitRouterId router, TransitRouterRouteTableId tableId, Ipv4Address destination) {
    if (!tableId.equals(table.tableId())) {
      return Optional.empty();
    }
    Optional<RegionId> here = regionOf(router);
    Optional<TransitRouterRouteEntry> entry = table.table().lookup(destination);
    if (here.isEmpty() || entry.isEmpty()) {
      return Optional.empty();
    }
    TransitRouterRouteEntry e = entry.get();
    RegionId there = table.attachment(e.nextHopId().orElseThrow()).orElseThrow().childInstanceRegion();
    if (there.equals(here.get())) {
      return entry;
    }
    RegionId at = here.get();
    return Optional.of(crossed.computeIfAbsent(java.util.List.of(e, at), k -> {
      TransitRouterAttachmentId peer = table.regionIndex().peerId(RegionPair.of(at, there));
      return e.toBuilder().nextHopId(peer).build();
    }));
  }
}
