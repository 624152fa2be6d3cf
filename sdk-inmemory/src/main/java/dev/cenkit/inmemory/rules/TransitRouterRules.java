package dev.cenkit.inmemory.rules;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.ids.BasicRouterIds;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.AreaPair;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterAttachmentStatus;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.tr.TransitRouterStatus;
import dev.cenkit.model.tr.TransitRouterType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Enterprise Edition transit-router rules (E1-E34 of {@code enterprise-edition.md}). Each method enforces
 * one rule and names it; the operations and the routing code call the same methods.
 */
public final class TransitRouterRules {
  private TransitRouterRules() {}

  /** Whether the CEN uses Enterprise transit routers (it has at least one router, DE2). */
  public static boolean isEnterprise(Snapshot s, CenId cenId) {
    return !s.transitRouter().transitRoutersOf(cenId).isEmpty();
  }

  /** Whether the CEN is a Basic Edition CEN: it has instances attached with {@code AttachCenChildInstance}. */
  public static boolean isBasic(Snapshot s, CenId cenId) {
    return s.cen().hasAttachments(cenId);
  }

  /** E1: one transit router per CEN and region ({@code InstanceExist.TransitRouterInstance}). */
  public static void e1OneRouterPerRegion(Snapshot s, CenId cenId, RegionId region) {
    Optional<TransitRouter> existing = s.transitRouter().transitRouterOf(cenId, region);
    if (existing.isPresent()) {
      throw ErrorCode.TR_INSTANCE_EXIST.exception(
          RuleId.E1, cenId + " already has transit router " + existing.get().id() + " in " + region, cenId, region);
    }
  }

  /** E2: the transit router service is open ({@code Forbbiden.TransitRouterServiceNotOpen}). */
  public static void e2ServiceOpen(Snapshot s, String action) {
    if (!s.transitRouter().serviceOpen()) {
      throw ErrorCode.TR_SERVICE_NOT_OPEN.exception(
          RuleId.E2, action + " needs the transit router service; call OpenTransitRouterService first", action);
    }
  }

  /** E3: a CEN with protection level FULL cannot use transit routers ({@code OperationUnsupported.CenFullLevel}). */
  public static void e3NotFullLevel(CenInstance cen) {
    if (cen.protectionLevel() == ProtectionLevel.FULL) {
      throw ErrorCode.CEN_FULL_LEVEL.exception(
          RuleId.E3, cen.id() + " has protection level FULL, which transit routers do not support", cen.id());
    }
  }

  /** E3: a VPC attached to a CEN with protection level FULL cannot be connected to a transit router. */
  public static void e3VpcNotInFullCen(Snapshot s, VpcId vpc) {
    Optional<CenAttachment> a = s.cen().attachmentOf(vpc);
    if (a.isPresent()) {
      CenInstance cen = s.cen().cens().get(a.get().cenId());
      if (cen != null && cen.protectionLevel() == ProtectionLevel.FULL) {
        throw ErrorCode.VPC_ATTACHED_FULL_MODE_CEN.exception(
            RuleId.E3, vpc + " is attached to " + cen.id() + " with protection level FULL", vpc, cen.id());
      }
    }
  }

  /**
   * E4: a VPC connection maps 1 to 10 zones, each once, each to a vSwitch of the VPC in that zone
   * ({@code IllegalParam.ZoneMappings}, {@code Duplicated.ZoneMapping}, {@code InvalidVSwitchId.NotFound},
   * {@code IllegalParam.VSwitchId}, {@code IllegalParam.ZoneId}). The two-zone minimum of multi-zone regions is
   * not enforced: cenkit does not know how many zones a region has, and is never stricter than the cloud.
   */
  public static void e4ZoneMappings(Snapshot s, Vpc vpc, List<ZoneMapping> mappings, int max) {
    if (mappings.isEmpty() || mappings.size() > max) {
      throw ErrorCode.ILLEGAL_PARAM_ZONE_MAPPINGS.exception(
          RuleId.E4, "a VPC connection needs 1 to " + max + " zone mappings, got " + mappings.size(), vpc.id());
    }
    Set<String> zones = new HashSet<>();
    for (ZoneMapping m : mappings) {
      if (!zones.add(m.zoneId())) {
        throw ErrorCode.DUPLICATED_ZONE_MAPPING.exception(
            RuleId.E4, "zone " + m.zoneId() + " is mapped twice", m.zoneId());
      }
      VSwitch vsw = s.vpc().vSwitches().get(m.vSwitchId());
      if (vsw == null) {
        throw ErrorCode.INVALID_VSWITCH_ID_NOT_FOUND.exception(
            RuleId.E4, "vSwitch " + m.vSwitchId() + " does not exist", m.vSwitchId());
      }
      if (!vsw.vpcId().equals(vpc.id())) {
        throw ErrorCode.ILLEGAL_PARAM_VSWITCH_ID.exception(
            RuleId.E4, "vSwitch " + vsw.id() + " is in " + vsw.vpcId() + ", not in " + vpc.id(), vsw.id(), vpc.id());
      }
      if (!vsw.zoneId().equals(m.zoneId())) {
        throw ErrorCode.ILLEGAL_PARAM_ZONE_ID.exception(
            RuleId.E4, "vSwitch " + vsw.id() + " is in zone " + vsw.zoneId() + ", not in " + m.zoneId(), vsw.id(),
            m.zoneId());
      }
    }
  }

  /** E4: the VPC is in the router's region ({@code IllegalParam.RegionId}). */
  public static void e4SameRegion(TransitRouter router, String what, RegionId region) {
    if (!router.region().equals(region)) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.E4, what + " is in " + region + ", transit router " + router.id() + " in " + router.region(), what,
          router.id());
    }
  }

  /** E5: a connection names a router, or a CEN and a region ({@code MissingParam.CenIdOrRegionId}). */
  public static void e5RouterOrCenAndRegion(
      Optional<TransitRouterId> router, Optional<CenId> cen, Optional<RegionId> region) {
    if (router.isEmpty() && (cen.isEmpty() || region.isEmpty())) {
      throw ErrorCode.MISSING_CEN_ID_OR_REGION_ID.exception(
          RuleId.E5, "give TransitRouterId, or CenId and RegionId", cen.map(Object::toString).orElse("no CenId"));
    }
  }

  /** E6: at most {@code max} VPC connections per router ({@code QuotaExceeded.CenQuotaVpcAttachPerTransitRouter}). */
  public static void e6VpcConnectionQuota(Snapshot s, TransitRouter router, int max) {
    long n = s.transitRouter().attachmentsOf(router.id()).stream()
        .filter(a -> a.kind() == TransitRouterAttachmentKind.VPC).count();
    if (n >= max) {
      throw ErrorCode.QUOTA_VPC_ATTACH_PER_TR.exception(
          RuleId.E6, router.id() + " already has " + n + " VPC connections; the quota is " + max, router.id());
    }
  }

  /** E6: at most {@code max} custom route tables per router. */
  public static void e6CustomTableQuota(Snapshot s, TransitRouter router, int max) {
    long n = s.transitRouter().routeTablesOf(router.id()).stream()
        .filter(t -> t.type() == TransitRouterRouteTableType.CUSTOM).count();
    if (n >= max) {
      throw ErrorCode.QUOTA_TR_ROUTE_TABLE.exception(
          RuleId.E6, router.id() + " already has " + n + " custom route tables; the quota is " + max, router.id());
    }
  }

  /** E6: at most {@code max} static entries per route table ({@code QuotaExceeded.TransitRouterRoutEntry}). */
  public static void e6EntryQuota(Snapshot s, TransitRouterRouteTable table, int max) {
    int n = s.transitRouter().staticEntriesOf(table.id()).size();
    if (n >= max) {
      throw ErrorCode.QUOTA_TR_ROUTE_ENTRY.exception(
          RuleId.E6, table.id() + " already has " + n + " entries; the quota is " + max, table.id());
    }
  }

  /** E8: the table is on a router of the connection ({@code IllegalParam.TransitRouterRouteTableId}). */
  public static void e8TableOnRouterOf(TransitRouterAttachment a, TransitRouterRouteTable table) {
    if (!a.routers().contains(table.transitRouterId())) {
      throw ErrorCode.ROUTE_TABLE_OF_OTHER_ROUTER.exception(
          RuleId.E8, "route table " + table.id() + " is on " + table.transitRouterId() + ", which " + a.id()
              + " does not connect", table.id(), a.id());
    }
  }

  /** E8: a connection has at most one association per router ({@code InvalidOperation.AttachmentAlreadyAssociated}). */
  public static void e8NotAssociated(Snapshot s, TransitRouterAttachment a, TransitRouterId router) {
    s.transitRouter().associationOf(router, a.id()).ifPresent(existing -> {
      throw ErrorCode.ATTACHMENT_ALREADY_ASSOCIATED.exception(
          RuleId.E8, a.id() + " is already associated with " + existing.routeTableId() + " on " + router
              + "; use ReplaceTransitRouterRouteTableAssociation", a.id(), existing.routeTableId());
    });
  }

  /** E9: a propagation exists once ({@code InvalidOperation.PropagationAlreadyExists}). */
  public static void e9NotPropagating(Snapshot s, TransitRouterAttachment a, TransitRouterRouteTable table) {
    boolean exists = s.transitRouter().propagationsOf(table.transitRouterId(), a.id()).stream()
        .anyMatch(p -> p.routeTableId().equals(table.id()));
    if (exists) {
      throw ErrorCode.PROPAGATION_ALREADY_EXISTS.exception(
          RuleId.E9, a.id() + " already propagates into " + table.id(), a.id(), table.id());
    }
  }

  /** E11: the destination is an IPv4 CIDR block ({@code IllegalParam.TransitRouterDestinationCidrBlock}). */
  public static Cidr e11Destination(String text) {
    try {
      return Cidr.of(text);
    } catch (RuntimeException e) {
      throw ErrorCode.ILLEGAL_TR_DESTINATION.exception(
          RuleId.E11, "'" + text + "' is not an IPv4 CIDR block", text);
    }
  }

  /**
   * E11: a blackhole entry takes no next hop; an attachment entry takes a connection of the table's router; a
   * table holds one static entry per destination.
   */
  public static void e11Entry(
      Snapshot s, TransitRouterRouteTable table, Cidr destination, TransitRouterNextHopType type,
      Optional<TransitRouterAttachmentId> nextHop) {
    if (type == TransitRouterNextHopType.BLACK_HOLE && nextHop.isPresent()) {
      throw ErrorCode.TR_NEXT_HOP_BLACKHOLE_AND_ID.exception(
          RuleId.E11, "a BlackHole entry takes no next hop, got " + nextHop.get(), nextHop.get());
    }
    if (type == TransitRouterNextHopType.ATTACHMENT) {
      TransitRouterAttachmentId id = nextHop.orElseThrow(() -> ErrorCode.TR_NEXT_HOP_ID_MISSING.exception(
          RuleId.E11, "an Attachment entry to " + destination + " needs a next hop connection", destination));
      TransitRouterAttachment a = s.transitRouter().attachments().get(id);
      if (a == null || !a.routers().contains(table.transitRouterId())) {
        throw ErrorCode.TR_NEXT_HOP_NOT_FOUND.exception(
            RuleId.E11, "next hop " + id + " is not a connection of " + table.transitRouterId(), id);
      }
    }
    s.transitRouter().staticEntriesOf(table.id()).stream()
        .filter(e -> e.destinationCidrBlock().equals(destination))
        .findFirst()
        .ifPresent(e -> {
          throw ErrorCode.TR_SAME_DESTINATION.exception(
              RuleId.E11, table.id() + " already has a static entry to " + destination + ": " + e.id().orElseThrow(),
              destination, e.id().orElseThrow());
        });
  }

  /**
   * E13, DE10: the peer is an Enterprise router of the same CEN in another region, and a given peer region is
   * the peer router's.
   */
  public static void e13Peer(TransitRouter local, TransitRouter peer, Optional<RegionId> peerRegion) {
    if (!peer.cenId().equals(local.cenId()) || peer.type() != TransitRouterType.ENTERPRISE) {
      throw ErrorCode.ILLEGAL_PARAM_PEER_TR_ID.exception(
          RuleId.E13, "peer " + peer.id() + " is not an Enterprise router of " + local.cenId(), peer.id());
    }
    if (peer.region().equals(local.region())) {
      throw ErrorCode.ILLEGAL_PARAM_PEER_REGION_ID.exception(
          RuleId.E13, "peer " + peer.id() + " is in the same region " + local.region() + " as " + local.id(), peer.id());
    }
    if (peerRegion.isPresent() && !peerRegion.get().equals(peer.region())) {
      throw ErrorCode.ILLEGAL_PARAM_PEER_REGION_ID.exception(
          RuleId.E13, "peer " + peer.id() + " is in " + peer.region() + ", not in " + peerRegion.get(), peer.id(),
          peerRegion.get());
    }
  }

  /**
   * E14: the bandwidth of an inter-region connection. {@code BandwidthPackage} with a plan draws
   * {@code bandwidth} from a plan associated with the CEN for the regions' area pair; {@code DataTransfer} takes
   * no plan; no type, plan and bandwidth leaves test bandwidth only (E27). Answers the effective type.
   */
  public static Optional<PeerBandwidthType> e14Bandwidth(
      Snapshot s, CenId cenId, RegionId a, RegionId b, Optional<PeerBandwidthType> type, long mbps,
      Optional<BandwidthPackageId> planId) {
    if (mbps < 0) {
      throw ErrorCode.ILLEGAL_PARAM_BANDWIDTH.exception(RuleId.E14, "bandwidth must not be negative, got " + mbps, mbps);
    }
    PeerBandwidthType effective =
        type.orElse(planId.isPresent() || mbps > 0 ? PeerBandwidthType.BANDWIDTH_PACKAGE : null);
    if (effective == null) {
      return Optional.empty();
    }
    if (effective == PeerBandwidthType.DATA_TRANSFER) {
      if (planId.isPresent()) {
        throw ErrorCode.ILLEGAL_PARAM_BWP_ID.exception(
            RuleId.E14, "a DataTransfer connection takes no bandwidth plan, got " + planId.get(), planId.get());
      }
      return Optional.of(effective);
    }
    if (planId.isEmpty()) {
      if (mbps > 0) {
        throw ErrorCode.ILLEGAL_PARAM_BWP_ID.exception(
            RuleId.E14, "a BandwidthPackage connection of " + mbps + " Mbit/s needs CenBandwidthPackageId", mbps);
      }
      return Optional.of(effective);
    }
    BandwidthPlan plan = s.cen().bandwidthPlans().get(planId.get());
    AreaPair areas = AreaPair.of(a.area(), b.area());
    if (plan == null || !plan.cenId().equals(Optional.of(cenId)) || !plan.areas().equals(areas)) {
      throw ErrorCode.BWP_NOT_ASSOCIATED.exception(
          RuleId.E14, "no bandwidth plan " + planId.get() + " for " + areas + " is associated with " + cenId,
          planId.get(), cenId);
    }
    if (mbps == 0) {
      throw ErrorCode.MISSING_PARAM_BANDWIDTH.exception(
          RuleId.E14, "a connection drawing from plan " + plan.id() + " needs Bandwidth", plan.id());
    }
    return Optional.of(effective);
  }

  /**
   * E28: the inter-region connections drawing from a plan (besides {@code except}) plus {@code mbps} fit the
   * plan ({@code InvalidOperation.BwpBandwidthExceeded}).
   */
  public static void e28WithinPlan(
      Snapshot s, BandwidthPackageId planId, long mbps, Optional<TransitRouterAttachmentId> except) {
    BandwidthPlan plan = s.cen().bandwidthPlans().get(planId);
    long size = plan.bandwidth().mbps();
    long others = drawnByPeers(s, plan, except);
    if (others + mbps > size) {
      throw ErrorCode.BWP_BANDWIDTH_EXCEEDED.exception(
          RuleId.E28, "plan " + planId + " of " + size + " Mbit/s already gives " + others
              + " Mbit/s to inter-region connections; " + mbps + " Mbit/s more exceeds it", planId);
    }
  }

  /** The Mbit/s the inter-region connections drawing from a plan add up to. */
  public static long drawnByPeers(Snapshot s, BandwidthPlan plan, Optional<TransitRouterAttachmentId> except) {
    return plan.cenId().map(cen -> s.transitRouter().drawnByPeers(cen, plan.id(), except)).orElse(0L);
  }

  /** The inter-region connections of the plan's CEN that draw from the plan. */
  public static List<TransitRouterAttachment> peersDrawingOn(Snapshot s, BandwidthPlan plan) {
    return plan.cenId().map(cen -> s.transitRouter().peersDrawingOn(cen, plan.id())).orElse(List.of());
  }

  /** E28 (with R23): a plan that inter-region connections draw from is not unassociated or deleted. */
  public static void e28NoPeersDrawing(Snapshot s, BandwidthPlan plan) {
    List<TransitRouterAttachment> peers = peersDrawingOn(s, plan);
    if (!peers.isEmpty()) {
      throw ErrorCode.CEN_BANDWIDTH_LIMITS_NOT_ZERO.exception(
          RuleId.E28, "plan " + plan.id() + " still gives bandwidth to " + peers.get(0).id(), plan.id(),
          peers.get(0).id());
    }
  }

  /** E28 (with R22): a plan is not downgraded below what its inter-region connections draw. */
  public static void e28DowngradeCoversPeers(Snapshot s, BandwidthPlan plan, long newMbps) {
    long drawn = drawnByPeers(s, plan, Optional.empty());
    if (drawn > newMbps) {
      throw ErrorCode.BWP_BANDWIDTH_EXCEEDED.exception(
          RuleId.E28, "plan " + plan.id() + " gives " + drawn + " Mbit/s to inter-region connections; " + newMbps
              + " Mbit/s is too small", plan.id());
    }
  }

  /**
   * E16, DE7: a VPC learns routes from one CEN only ({@code InvalidOperation.VpcAutoRoutesPublishInOtherCEN}):
   * auto-publish is refused when another CEN's connection already publishes into the VPC.
   */
  public static void e16AutoPublishOneCen(Snapshot s, VpcId vpc, CenId cenId) {
    s.transitRouter().autoPublishingFromOtherCen(vpc.value(), cenId).ifPresent(a -> {
      throw ErrorCode.VPC_AUTO_ROUTES_PUBLISH_IN_OTHER_CEN.exception(
          RuleId.E16, vpc + " already learns routes from " + a.cenId() + " through " + a.id(), vpc, a.cenId());
    });
    Optional<CenAttachment> basic = s.cen().attachmentOf(vpc);
    if (basic.isPresent() && !basic.get().cenId().equals(cenId)) {
      throw ErrorCode.VPC_AUTO_ROUTES_PUBLISH_IN_OTHER_CEN.exception(
          RuleId.E16, vpc + " already learns routes from " + basic.get().cenId(), vpc, basic.get().cenId());
    }
  }

  /**
   * E16: a VPC route whose next hop is {@code Attachment} names a VPC connection of that VPC
   * ({@code InvalidNextHop}-style rejection with the R38 code).
   */
  public static void e16AttachmentNextHop(Snapshot s, Vpc vpc, String nextHopId) {
    TransitRouterAttachmentId.KIND.check(nextHopId);
    TransitRouterAttachment a = s.transitRouter().attachments().get(TransitRouterAttachmentId.of(nextHopId));
    if (a == null || !a.vpcId().equals(Optional.of(vpc.id()))) {
      throw ErrorCode.INVALID_NEXT_HOP.exception(
          RuleId.E16, "next hop " + nextHopId + " is not a transit router connection of " + vpc.id(), nextHopId,
          vpc.id());
    }
  }

  /** E17: a VBR connects to the router of its own region ({@code IllegalParam.RegionId}). */
  public static void e17VbrRegion(TransitRouter router, String vbr, RegionId region) {
    if (!router.region().equals(region)) {
      throw ErrorCode.ILLEGAL_PARAM_REGION_ID.exception(
          RuleId.E17, "VBR " + vbr + " is in " + region + ", transit router " + router.id() + " in " + router.region(),
          vbr, router.id());
    }
  }

  /**
   * E24: a router in a transitional state (Creating, Modifying, Deleting) accepts only reads. cenkit finishes
   * every change at once, so only a snapshot that carries such a status (a loaded file, a test) can hit it.
   */
  public static void e24RouterSettled(TransitRouter router) {
    if (router.status() != TransitRouterStatus.ACTIVE) {
      throw ErrorCode.TR_INCORRECT_STATUS.exception(
          RuleId.E24, "transit router " + router.id() + " is " + router.status() + "; only reads succeed until it is Active",
          router.id());
    }
  }

  /** E24: a connection in a transitional state (Attaching, Modifying, Detaching) accepts only reads. */
  public static void e24ConnectionSettled(TransitRouterAttachment a) {
    if (a.status() != TransitRouterAttachmentStatus.ATTACHED) {
      throw ErrorCode.TR_ATTACHMENT_INCORRECT_STATUS.exception(
          RuleId.E24, "transit router connection " + a.id() + " is " + a.status() + "; only reads succeed until it is Attached",
          a.id());
    }
  }

  /**
   * E32: a VPC or VBR is deleted only after its transit-router connections ({@code DependencyViolation.CenAttachment},
   * as for a Basic attachment): connections come down before the networks they connect.
   */
  public static void e32NoConnectionOf(Snapshot s, String network) {
    s.transitRouter().attachmentsOfInstance(network).stream().findFirst().ifPresent(a -> {
      throw ErrorCode.DEPENDENCY_VIOLATION_CEN.exception(
          RuleId.E32, network + " is still connected to transit router " + a.transitRouterId() + " by " + a.id()
              + " (CEN " + a.cenId() + "); delete the connection first", network, a.id());
    });
  }

  /**
   * E19: without {@code Force}, a connection is deleted only when no association, propagation, VPC route or
   * static entry uses it.
   */
  public static void e19ConnectionUnused(Snapshot s, TransitRouterAttachment a) {
    for (TransitRouterId router : a.routers()) {
      s.transitRouter().associationOf(router, a.id()).ifPresent(as -> {
        throw ErrorCode.ROUTE_TABLE_ASSOCIATION_EXIST.exception(
            RuleId.E19, a.id() + " is still associated with " + as.routeTableId(), a.id(), as.routeTableId());
      });
      s.transitRouter().propagationsOf(router, a.id()).stream().findFirst().ifPresent(p -> {
        throw ErrorCode.ROUTE_TABLE_PROPAGATION_EXIST.exception(
            RuleId.E19, a.id() + " still propagates into " + p.routeTableId(), a.id(), p.routeTableId());
      });
    }
    vpcRoutesTo(s, a).stream().findFirst().ifPresent(r -> {
      throw ErrorCode.ATTACHMENT_REFERENCED_VPC_ROUTE_ENTRY.exception(
          RuleId.E19, "VPC route " + r.id() + " to " + r.destinationCidrBlock() + " still points at " + a.id(), a.id(),
          r.id());
    });
    s.transitRouter().staticEntriesTo(a.id()).stream().findFirst().ifPresent(e -> {
      throw ErrorCode.TR_ROUTE_ENTRY_EXIST.exception(
          RuleId.E19, "static entry " + e.id().orElseThrow() + " in " + e.routeTableId() + " still uses " + a.id(),
          a.id(), e.id().orElseThrow());
    });
  }

  /** The custom routes of the connection's VPC whose next hop is the connection (E16, E19). */
  public static List<RouteEntry> vpcRoutesTo(Snapshot s, TransitRouterAttachment a) {
    if (a.vpcId().isEmpty()) {
      return List.of();
    }
    Vpc vpc = s.vpc().vpcs().get(a.vpcId().get());
    if (vpc == null) {
      return List.of();
    }
    return s.vpc().routeEntriesOf(vpc.routeTableId()).stream()
        .filter(r -> r.nextHopType() == NextHopType.ATTACHMENT && r.nextHopId().equals(a.id().value()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** E20: only a custom table without associations, propagations and static entries is deleted. */
  public static void e20TableDeletable(Snapshot s, TransitRouterRouteTable t) {
    if (t.type() == TransitRouterRouteTableType.SYSTEM) {
      throw ErrorCode.DELETE_SYSTEM_ROUTE_TABLE.exception(
          RuleId.E20, t.id() + " is the system table of " + t.transitRouterId() + " and cannot be deleted", t.id());
    }
    if (!s.transitRouter().associationsOf(t.id()).isEmpty()) {
      throw ErrorCode.DELETE_ROUTE_TABLE_WITH_ASSOCIATION.exception(
          RuleId.E20, t.id() + " is still associated with " + s.transitRouter().associationsOf(t.id()).get(0).attachmentId(),
          t.id());
    }
    if (!s.transitRouter().propagationsInto(t.id()).isEmpty()) {
      throw ErrorCode.DELETE_ROUTE_TABLE_WITH_PROPAGATION.exception(
          RuleId.E20, t.id() + " still learns from " + s.transitRouter().propagationsInto(t.id()).get(0).attachmentId(),
          t.id());
    }
    if (!s.transitRouter().staticEntriesOf(t.id()).isEmpty()) {
      throw ErrorCode.DELETE_ROUTE_TABLE_WITH_ROUTE_ENTRY.exception(
          RuleId.E20, t.id() + " still has static entries", t.id());
    }
  }

  /** E21: a router is deleted only without connections and custom tables. */
  public static void e21RouterDeletable(Snapshot s, TransitRouter router) {
    List<TransitRouterAttachment> connections = s.transitRouter().attachmentsOf(router.id());
    if (!connections.isEmpty()) {
      throw ErrorCode.ATTACHED_CHILD_INSTANCE_EXIST.exception(
          RuleId.E21, router.id() + " still has connection " + connections.get(0).id(), router.id(),
          connections.get(0).id());
    }
    s.transitRouter().routeTablesOf(router.id()).stream()
        .filter(t -> t.type() == TransitRouterRouteTableType.CUSTOM)
        .findFirst()
        .ifPresent(t -> {
          throw ErrorCode.ATTACHED_CHILD_INSTANCE_EXIST.exception(
              RuleId.E21, router.id() + " still has custom route table " + t.id(), router.id(), t.id());
        });
  }

  /** E22: a CEN is deleted only without transit router connections and custom tables. */
  public static void e22CenDeletable(Snapshot s, CenId cenId) {
    for (TransitRouter router : s.transitRouter().transitRoutersOf(cenId)) {
      List<TransitRouterAttachment> connections = s.transitRouter().attachmentsOf(router.id());
      if (!connections.isEmpty()) {
        throw ErrorCode.ATTACHED_CHILD_INSTANCE_EXIST.exception(
            RuleId.E22, cenId + " still has connection " + connections.get(0).id() + " on " + router.id(), cenId,
            connections.get(0).id());
      }
      s.transitRouter().routeTablesOf(router.id()).stream()
          .filter(t -> t.type() == TransitRouterRouteTableType.CUSTOM)
          .findFirst()
          .ifPresent(t -> {
            throw ErrorCode.ATTACHED_CHILD_INSTANCE_EXIST.exception(
                RuleId.E22, cenId + " still has custom route table " + t.id() + " on " + router.id(), cenId, t.id());
          });
    }
  }

  /**
   * E23: a Basic-only action on a CEN that uses Enterprise routers is refused
   * ({@code OperationUnsupported.TransitRouterType}).
   */
  public static void e23BasicOnly(Snapshot s, CenId cenId, String action) {
    if (isEnterprise(s, cenId)) {
      throw ErrorCode.TRANSIT_ROUTER_TYPE_UNSUPPORTED.exception(
          RuleId.E23, action + " is supported only by Basic Edition transit routers; " + cenId
              + " uses Enterprise transit routers", cenId, action);
    }
  }

  /** E23: the legacy {@code AttachCenChildInstance} on a CEN with Enterprise routers ({@code OperationFailed.InvalidTransitRouter}). */
  public static void e23LegacyAttach(Snapshot s, CenId cenId) {
    if (isEnterprise(s, cenId)) {
      throw ErrorCode.INVALID_TRANSIT_ROUTER.exception(
          RuleId.E23, cenId + " uses Enterprise transit routers; connect instances with CreateTransitRouterVpcAttachment"
              + " or CreateTransitRouterVbrAttachment", cenId);
    }
  }

  /**
   * E25: Enterprise-only actions are refused on a Basic CEN (one with {@code AttachCenChildInstance}
   * attachments, whose implicit routers are Basic, DE2, DE18).
   */
  public static void e25EnterpriseOnly(Snapshot s, CenId cenId, String action) {
    if (isBasic(s, cenId)) {
      throw ErrorCode.TRANSIT_ROUTER_TYPE_UNSUPPORTED.exception(
          RuleId.E25, "Basic Edition transit routers do not support " + action + "; " + cenId
              + " is a Basic Edition CEN", cenId, action);
    }
  }

  /**
   * E25 on a Basic router's own id: the implicit router of a Basic CEN (listed with its {@code tr-…} id, DE18)
   * refuses the Enterprise actions that name it. Checks only the CENs the id could name, and their attachments.
   */
  public static void e25NotABasicRouter(Snapshot s, TransitRouterId id) {
    for (String[] candidate : BasicRouterIds.routerCandidates(id)) {
      if (!CenId.KIND.matches(candidate[0])) {
        continue;
      }
      CenId cenId = CenId.of(candidate[0]);
      if (!s.cen().cens().containsKey(cenId) || !isBasic(s, cenId)) {
        continue;
      }
      // The regions the CEN has instances in (the D2 counts), not its members: O(regions), whatever the CEN's size.
      for (RegionId region : RegionId.all()) {
        if (s.cen().attachedCountIn(cenId, region) > 0 && BasicRouterIds.router(cenId, region).equals(id)) {
          throw ErrorCode.TRANSIT_ROUTER_TYPE_UNSUPPORTED.exception(
              RuleId.E25, "transit router " + id + " is the Basic Edition router of " + cenId + " in "
                  + region + " (DE18); Basic Edition transit routers do not support this action",
              id, cenId);
        }
      }
    }
  }

  /** E29: {@code SetCenInterRegionBandwidthLimit} works only on Basic routers. */
  public static void e29BasicBandwidthOnly(Snapshot s, CenId cenId) {
    if (isEnterprise(s, cenId)) {
      throw ErrorCode.TRANSIT_ROUTER_TYPE_UNSUPPORTED.exception(
          RuleId.E29, "SetCenInterRegionBandwidthLimit works only on Basic Edition routers; give " + cenId
              + "'s inter-region connections bandwidth with UpdateTransitRouterPeerAttachmentAttribute", cenId);
    }
  }

  /** E33: a passing dry run answers {@code DryRunOperation} and changes nothing. */
  public static void e33DryRun(boolean dryRun, String action) {
    if (dryRun) {
      throw ErrorCode.DRY_RUN_OPERATION.exception(RuleId.E33, action + ": the dry run passed every check", action);
    }
  }
}
