package dev.cenkit.inmemory.ops.tr;

import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.rules.AccountRules;
import dev.cenkit.inmemory.rules.ExpressConnectLookups;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterLookups;
import dev.cenkit.inmemory.rules.TransitRouterRules;
import dev.cenkit.inmemory.state.TransitRouterState;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.tr.CreateTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVbrAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterVbrAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterPeerAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVbrAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVpcAttachmentAttributeRequest;
import java.util.Optional;

/** The handlers of the transit-router connection actions: VPC, VBR and inter-region connections. */
public final class TransitRouterAttachmentOperations {
  private TransitRouterAttachmentOperations() {}

  /** Registers every connection handler. */
  public static void register(OperationHandlers handlers) {
    handlers
        .register("CreateTransitRouterVpcAttachment", CreateTransitRouterVpcAttachmentRequest.class,
            TransitRouterAttachmentOperations::createVpc)
        .register("UpdateTransitRouterVpcAttachmentAttribute", UpdateTransitRouterVpcAttachmentAttributeRequest.class,
            TransitRouterAttachmentOperations::updateVpc)
        .register("DeleteTransitRouterVpcAttachment", DeleteTransitRouterVpcAttachmentRequest.class,
            (txn, r) -> delete(txn, r.transitRouterAttachmentId(), TransitRouterAttachmentKind.VPC, r.force(),
                r.dryRun(), r.action()))
        .register("CreateTransitRouterVbrAttachment", CreateTransitRouterVbrAttachmentRequest.class,
            TransitRouterAttachmentOperations::createVbr)
        .register("UpdateTransitRouterVbrAttachmentAttribute", UpdateTransitRouterVbrAttachmentAttributeRequest.class,
            TransitRouterAttachmentOperations::updateVbr)
        .register("DeleteTransitRouterVbrAttachment", DeleteTransitRouterVbrAttachmentRequest.class,
            (txn, r) -> delete(txn, r.transitRouterAttachmentId(), TransitRouterAttachmentKind.VBR, r.force(),
                r.dryRun(), r.action()))
        .register("CreateTransitRouterPeerAttachment", CreateTransitRouterPeerAttachmentRequest.class,
            TransitRouterAttachmentOperations::createPeer)
        .register("UpdateTransitRouterPeerAttachmentAttribute", UpdateTransitRouterPeerAttachmentAttributeRequest.class,
            TransitRouterAttachmentOperations::updatePeer)
        .register("DeleteTransitRouterPeerAttachment", DeleteTransitRouterPeerAttachmentRequest.class,
            (txn, r) -> delete(txn, r.transitRouterAttachmentId(), TransitRouterAttachmentKind.PEER, r.force(),
                r.dryRun(), r.action()));
  }

  static TransitRouterAttachment createVpc(Txn txn, CreateTransitRouterVpcAttachmentRequest r) {
    TransitRouterRules.e2ServiceOpen(txn.state(), r.action());
    r.cenId().ifPresent(cen -> TransitRouterRules.e25EnterpriseOnly(txn.state(), cen, r.action()));
    TransitRouter router = TransitRouterOperations.routerFor(txn, r.transitRouterId(), r.cenId(), r.regionId(), r.action());
    CenInstance cen = AccountRules.ownCen(txn.state(), txn.caller(), router.cenId(), ErrorCode.INVALID_CEN_ID_NOT_FOUND);
    AccountRules.Instance owned = AccountRules.instance(txn.state(), r.vpcId(), r.vpcOwnerId().orElse(txn.caller()));
    AccountRules.e18Granted(txn.state(), owned, cen, r.action());
    Vpc vpc = Lookups.vpc(txn.state(), r.vpcId());
    TransitRouterRules.e4SameRegion(router, vpc.id().value(), vpc.region());
    TransitRouterRules.e3VpcNotInFullCen(txn.state(), vpc.id());
    TransitRouterRules.e4ZoneMappings(txn.state(), vpc, r.zoneMappings(), txn.quotas().zoneMappingsPerVpcConnection());
    TransitRouterRules.e6VpcConnectionQuota(txn.state(), router, txn.quotas().vpcConnectionsPerTransitRouter());
    if (r.autoPublishRouteEnabled()) {
      TransitRouterRules.e16AutoPublishOneCen(txn.state(), vpc.id(), router.cenId());
    }
    return add(
        txn,
        r.dryRun(),
        r.action(),
        newConnection(txn, router, TransitRouterAttachmentKind.VPC)
            .vpcId(vpc.id())
            .zoneMappings(r.zoneMappings())
            .autoPublishRouteEnabled(r.autoPublishRouteEnabled())
            .name(r.transitRouterAttachmentName()));
  }

  static TransitRouterAttachment updateVpc(Txn txn, UpdateTransitRouterVpcAttachmentAttributeRequest r) {
    TransitRouterAttachment a =
        TransitRouterLookups.attachment(txn.state(), r.transitRouterAttachmentId(), TransitRouterAttachmentKind.VPC);
    if (r.autoPublishRouteEnabled().orElse(false)) {
      TransitRouterRules.e16AutoPublishOneCen(txn.state(), a.vpcId().orElseThrow(), a.cenId());
    }
    return replace(txn, a, r.autoPublishRouteEnabled(), r.transitRouterAttachmentName());
  }

  static TransitRouterAttachment createVbr(Txn txn, CreateTransitRouterVbrAttachmentRequest r) {
    TransitRouterRules.e2ServiceOpen(txn.state(), r.action());
    r.cenId().ifPresent(cen -> TransitRouterRules.e25EnterpriseOnly(txn.state(), cen, r.action()));
    TransitRouter router = TransitRouterOperations.routerFor(txn, r.transitRouterId(), r.cenId(), r.regionId(), r.action());
    CenInstance cen = AccountRules.ownCen(txn.state(), txn.caller(), router.cenId(), ErrorCode.INVALID_CEN_ID_NOT_FOUND);
    AccountRules.Instance owned = AccountRules.instance(txn.state(), r.vbrId(), r.vbrOwnerId().orElse(txn.caller()));
    AccountRules.e18Granted(txn.state(), owned, cen, r.action());
    Vbr vbr = ExpressConnectLookups.vbr(txn.state(), r.vbrId());
    TransitRouterRules.e17VbrRegion(router, vbr.id().value(), vbr.region());
    return add(
        txn,
        r.dryRun(),
        r.action(),
        newConnection(txn, router, TransitRouterAttachmentKind.VBR)
            .vbrId(vbr.id())
            .autoPublishRouteEnabled(r.autoPublishRouteEnabled())
            .name(r.transitRouterAttachmentName()));
  }

  static TransitRouterAttachment updateVbr(Txn txn, UpdateTransitRouterVbrAttachmentAttributeRequest r) {
    TransitRouterAttachment a =
        TransitRouterLookups.attachment(txn.state(), r.transitRouterAttachmentId(), TransitRouterAttachmentKind.VBR);
    return replace(txn, a, r.autoPublishRouteEnabled(), r.transitRouterAttachmentName());
  }

  /** A connection of {@code router} of {@code kind}, with its new id; the caller adds what its kind needs. */
  private static TransitRouterAttachment.Builder newConnection(
      Txn txn, TransitRouter router, TransitRouterAttachmentKind kind) {
    return TransitRouterAttachment.builder()
        .id(txn.newId(TransitRouterAttachmentId.KIND, TransitRouterAttachmentId::of))
        .cenId(router.cenId())
        .transitRouterId(router.id())
        .region(router.region())
        .kind(kind);
  }

  /** Completes the connection in creation order and commits it, unless the request is a dry run (E33). */
  private static TransitRouterAttachment add(
      Txn txn, boolean dryRun, String action, TransitRouterAttachment.Builder connection) {
    TransitRouterAttachment a = connection.createOrder(txn.nextOrder()).build();
    TransitRouterRules.e33DryRun(dryRun, action);
    txn.update(s -> s.withTransitRouter(t -> t.withAttachment(a)));
    return a;
  }

  private static TransitRouterAttachment replace(
      Txn txn, TransitRouterAttachment a, Optional<Boolean> autoPublish, Optional<String> name) {
    TransitRouterAttachment.Builder b = a.toBuilder();
    autoPublish.ifPresent(b::autoPublishRouteEnabled);
    name.ifPresent(b::name);
    TransitRouterAttachment updated = b.build();
    if (!updated.equals(a)) {
      txn.update(s -> s.withTransitRouter(t -> t.withAttachment(updated)));
    }
    return updated;
  }

  static TransitRouterAttachment createPeer(Txn txn, CreateTransitRouterPeerAttachmentRequest r) {
    TransitRouterRules.e2ServiceOpen(txn.state(), r.action());
    r.cenId().ifPresent(cen -> TransitRouterRules.e25EnterpriseOnly(txn.state(), cen, r.action()));
    TransitRouter local = TransitRouterOperations.routerFor(txn, r.transitRouterId(), r.cenId(), r.regionId(), r.action());
    TransitRouter peer =
        txn.state().transitRouter().transitRouter(r.peerTransitRouterId()).orElseThrow(
            () -> dev.cenkit.error.ErrorCode.INVALID_PEER_TR_ID_NOT_FOUND.exception(
                dev.cenkit.error.RuleId.E13, "peer transit router " + r.peerTransitRouterId() + " does not exist",
                r.peerTransitRouterId()));
    TransitRouterRules.e13Peer(local, peer, r.peerTransitRouterRegionId());
    TransitRouterRules.e24RouterSettled(peer);
    long mbps = r.bandwidth().orElse(0L);
    Optional<PeerBandwidthType> type =
        TransitRouterRules.e14Bandwidth(txn.state(), local.cenId(), local.region(), peer.region(), r.bandwidthType(),
            mbps, r.cenBandwidthPackageId());
    if (r.cenBandwidthPackageId().isPresent() && type.equals(Optional.of(PeerBandwidthType.BANDWIDTH_PACKAGE))) {
      TransitRouterRules.e28WithinPlan(txn.state(), r.cenBandwidthPackageId().get(), mbps, Optional.empty());
    }
    return add(
        txn,
        r.dryRun(),
        r.action(),
        newConnection(txn, local, TransitRouterAttachmentKind.PEER)
            .peerTransitRouterId(peer.id())
            .peerRegion(peer.region())
            .bandwidthType(type)
            .bandwidthMbps(mbps)
            .bandwidthPackageId(r.cenBandwidthPackageId())
            .autoPublishRouteEnabled(r.autoPublishRouteEnabled())
            .name(r.transitRouterAttachmentName()));
  }

  static TransitRouterAttachment updatePeer(Txn txn, UpdateTransitRouterPeerAttachmentAttributeRequest r) {
    TransitRouterAttachment a =
        TransitRouterLookups.attachment(txn.state(), r.transitRouterAttachmentId(), TransitRouterAttachmentKind.PEER);
    Optional<PeerBandwidthType> givenType = r.bandwidthType().or(a::bandwidthType);
    long mbps = r.bandwidth().orElse(a.bandwidthMbps());
    Optional<BandwidthPackageId> plan =
        givenType.equals(Optional.of(PeerBandwidthType.DATA_TRANSFER)) && r.cenBandwidthPackageId().isEmpty()
            ? Optional.empty()
            : r.cenBandwidthPackageId().or(a::bandwidthPackageId);
    if (mbps == 0 && r.bandwidth().isPresent() && r.cenBandwidthPackageId().isEmpty()) {
      plan = Optional.empty(); // E27: releasing the bandwidth leaves test bandwidth only
    }
    RegionId peerRegion = a.peerRegion().orElseThrow();
    Optional<PeerBandwidthType> type =
        TransitRouterRules.e14Bandwidth(txn.state(), a.cenId(), a.region(), peerRegion, givenType, mbps, plan);
    if (plan.isPresent() && type.equals(Optional.of(PeerBandwidthType.BANDWIDTH_PACKAGE))) {
      TransitRouterRules.e28WithinPlan(txn.state(), plan.get(), mbps, Optional.of(a.id()));
    }
    TransitRouterAttachment.Builder b =
        a.toBuilder().bandwidthType(type).bandwidthMbps(mbps).bandwidthPackageId(plan);
    r.autoPublishRouteEnabled().ifPresent(b::autoPublishRouteEnabled);
    r.transitRouterAttachmentName().ifPresent(b::name);
    TransitRouterAttachment updated = b.build();
    if (!updated.equals(a)) {
      txn.update(s -> s.withTransitRouter(t -> t.withAttachment(updated)));
    }
    return updated;
  }

  /**
   * Deletes a connection (E19): refused while anything uses it, unless {@code force}, which removes the
   * associations, propagations, static entries and VPC routes that use it first (DE13).
   */
  static TransitRouterAttachment delete(
      Txn txn, TransitRouterAttachmentId id, TransitRouterAttachmentKind kind, boolean force, boolean dryRun,
      String action) {
    TransitRouterAttachment a = TransitRouterLookups.attachment(txn.state(), id, kind);
    if (!force) {
      TransitRouterRules.e19ConnectionUnused(txn.state(), a);
    }
    TransitRouterRules.e33DryRun(dryRun, action);
    for (RouteEntry route : TransitRouterRules.vpcRoutesTo(txn.state(), a)) {
      txn.update(s -> s.withVpc(v -> v.withoutRouteEntry(route.id())));
    }
    txn.update(s -> s.withTransitRouter(t -> withoutUses(t, a)));
    return a;
  }

  private static TransitRouterState withoutUses(TransitRouterState t, TransitRouterAttachment a) {
    TransitRouterState next = t;
    for (TransitRouterId router : a.routers()) {
      next = next.withoutAssociation(router, a.id());
      for (TransitRouterRouteTablePropagation p : next.propagationsOf(router, a.id())) {
        next = next.withoutPropagation(p);
      }
    }
    for (TransitRouterRouteEntry e : next.staticEntriesTo(a.id())) {
      next = next.withoutStaticEntry(e.id().orElseThrow());
    }
    return next.withoutAttachment(a.id());
  }
}
