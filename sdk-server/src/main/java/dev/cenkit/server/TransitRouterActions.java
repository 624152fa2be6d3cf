package dev.cenkit.server;

import static dev.cenkit.server.Product.CBN;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.tr.AssociateTransitRouterAttachmentWithRouteTableRequest;
import dev.cenkit.spi.tr.CreateCenChildInstanceRouteEntryToAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteTableRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVbrAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterRouteTableRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterVbrAttachmentRequest;
import dev.cenkit.spi.tr.DeleteTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.DisableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.DissociateTransitRouterAttachmentFromRouteTableRequest;
import dev.cenkit.spi.tr.EnableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.ListTransitRouterRouteTablesRequest;
import dev.cenkit.spi.tr.OpenTransitRouterServiceRequest;
import dev.cenkit.spi.tr.ReplaceTransitRouterRouteTableAssociationRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterPeerAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVbrAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVpcAttachmentAttributeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Cbn} 2017-09-12 transit-router actions (Enterprise Edition): routers, connections, route tables,
 * associations, propagations and entries, with the parameter names of the API reference. Each answers the ids
 * it creates; the full list shapes are not served yet.
 */
final class TransitRouterActions {
  private TransitRouterActions() {}

  private static final Map<String, Object> EMPTY = Json.object();

  static void register(ActionTable t) {
    t.operation(CBN, "OpenTransitRouterService", (p, c) -> OpenTransitRouterServiceRequest.builder().build(),
        x -> Json.object("OrderId", "order-transit-router"));
    t.operation(CBN, "CreateTransitRouter", (p, c) -> CreateTransitRouterRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .regionId(p.required("RegionId", RegionId::of))
            .transitRouterName(p.optional("TransitRouterName"))
            .transitRouterDescription(p.optional("TransitRouterDescription"))
            .supportMulticast(p.optionalBoolean("SupportMulticast").orElse(false))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        tr -> Json.object("TransitRouterId", tr.id()));
    t.operation(CBN, "DeleteTransitRouter", (p, c) -> DeleteTransitRouterRequest.builder()
            .transitRouterId(p.required("TransitRouterId", TransitRouterId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateTransitRouterVpcAttachment", (p, c) -> CreateTransitRouterVpcAttachmentRequest.builder()
            .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
            .cenId(p.optional("CenId", CenId::of))
            .regionId(p.optional("RegionId", RegionId::of))
            .vpcId(p.required("VpcId", VpcId::of))
            .zoneMappings(zones(p))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "UpdateTransitRouterVpcAttachmentAttribute", (p, c) -> UpdateTransitRouterVpcAttachmentAttributeRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .build(),
        x -> EMPTY);
    t.operation(CBN, "DeleteTransitRouterVpcAttachment", (p, c) -> DeleteTransitRouterVpcAttachmentRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .force(p.optionalBoolean("Force").orElse(false))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateTransitRouterVbrAttachment", (p, c) -> CreateTransitRouterVbrAttachmentRequest.builder()
            .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
            .cenId(p.optional("CenId", CenId::of))
            .regionId(p.optional("RegionId", RegionId::of))
            .vbrId(p.required("VbrId", VbrId::of))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "UpdateTransitRouterVbrAttachmentAttribute", (p, c) -> UpdateTransitRouterVbrAttachmentAttributeRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .build(),
        x -> EMPTY);
    t.operation(CBN, "DeleteTransitRouterVbrAttachment", (p, c) -> DeleteTransitRouterVbrAttachmentRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .force(p.optionalBoolean("Force").orElse(false))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateTransitRouterPeerAttachment", (p, c) -> CreateTransitRouterPeerAttachmentRequest.builder()
            .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
            .cenId(p.optional("CenId", CenId::of))
            .regionId(p.optional("RegionId", RegionId::of))
            .peerTransitRouterId(p.required("PeerTransitRouterId", TransitRouterId::of))
            .peerTransitRouterRegionId(p.optional("PeerTransitRouterRegionId", RegionId::of))
            .bandwidthType(p.optional("BandwidthType", TransitRouterActions::bandwidthType))
            .bandwidth(p.optionalLong("Bandwidth"))
            .cenBandwidthPackageId(p.optional("CenBandwidthPackageId", BandwidthPackageId::of))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "UpdateTransitRouterPeerAttachmentAttribute", (p, c) -> UpdateTransitRouterPeerAttachmentAttributeRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .bandwidthType(p.optional("BandwidthType", TransitRouterActions::bandwidthType))
            .bandwidth(p.optionalLong("Bandwidth"))
            .cenBandwidthPackageId(p.optional("CenBandwidthPackageId", BandwidthPackageId::of))
            .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
            .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
            .build(),
        x -> EMPTY);
    t.operation(CBN, "DeleteTransitRouterPeerAttachment", (p, c) -> DeleteTransitRouterPeerAttachmentRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .force(p.optionalBoolean("Force").orElse(false))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateTransitRouterRouteTable", (p, c) -> CreateTransitRouterRouteTableRequest.builder()
            .transitRouterId(p.required("TransitRouterId", TransitRouterId::of))
            .transitRouterRouteTableName(p.optional("TransitRouterRouteTableName"))
            .transitRouterRouteTableDescription(p.optional("TransitRouterRouteTableDescription"))
            .multiRegionEcmp(p.optional("RouteTableOptions.MultiRegionECMP").map("enable"::equals).orElse(false))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        table -> Json.object("TransitRouterRouteTableId", table.id()));
    t.operation(CBN, "DeleteTransitRouterRouteTable", (p, c) -> DeleteTransitRouterRouteTableRequest.builder()
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "ListTransitRouterRouteTables", (p, c) -> ListTransitRouterRouteTablesRequest.builder()
            .transitRouterId(p.required("TransitRouterId", TransitRouterId::of))
            .transitRouterRouteTableType(p.optional("TransitRouterRouteTableType", TransitRouterActions::tableType))
            .build(),
        tables -> {
          List<Object> rows = new ArrayList<>();
          tables.forEach(x -> rows.add(Json.object("TransitRouterRouteTableId", x.id(),
              "TransitRouterRouteTableType", x.type().apiValue(), "TransitRouterRouteTableStatus", "Active")));
          return Json.object("TransitRouterRouteTables", rows, "TotalCount", rows.size());
        });
    t.operation(CBN, "AssociateTransitRouterAttachmentWithRouteTable", (p, c) -> AssociateTransitRouterAttachmentWithRouteTableRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "DissociateTransitRouterAttachmentFromRouteTable", (p, c) -> DissociateTransitRouterAttachmentFromRouteTableRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "ReplaceTransitRouterRouteTableAssociation", (p, c) -> ReplaceTransitRouterRouteTableAssociationRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "EnableTransitRouterRouteTablePropagation", (p, c) -> EnableTransitRouterRouteTablePropagationRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "DisableTransitRouterRouteTablePropagation", (p, c) -> DisableTransitRouterRouteTablePropagationRequest.builder()
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateTransitRouterRouteEntry", (p, c) -> CreateTransitRouterRouteEntryRequest.builder()
            .transitRouterRouteTableId(p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of))
            .transitRouterRouteEntryDestinationCidrBlock(p.required("TransitRouterRouteEntryDestinationCidrBlock"))
            .transitRouterRouteEntryNextHopType(p.required("TransitRouterRouteEntryNextHopType", TransitRouterActions::nextHopType))
            .transitRouterRouteEntryNextHopId(p.optional("TransitRouterRouteEntryNextHopId", TransitRouterAttachmentId::of))
            .transitRouterRouteEntryName(p.optional("TransitRouterRouteEntryName"))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        e -> Json.object("TransitRouterRouteEntryId", e.id().map(Object::toString).orElse("")));
    t.operation(CBN, "DeleteTransitRouterRouteEntry", (p, c) -> DeleteTransitRouterRouteEntryRequest.builder()
            .transitRouterRouteEntryId(p.required("TransitRouterRouteEntryId", TransitRouterRouteEntryId::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false)).build(),
        x -> EMPTY);
    t.operation(CBN, "CreateCenChildInstanceRouteEntryToAttachment", (p, c) -> CreateCenChildInstanceRouteEntryToAttachmentRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .transitRouterAttachmentId(p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of))
            .routeTableId(p.required("RouteTableId", RouteTableId::of))
            .destinationCidrBlock(p.required("DestinationCidrBlock", Cidr::of))
            .dryRun(p.optionalBoolean("DryRun").orElse(false))
            .build(),
        x -> EMPTY);
  }

  /** {@code ZoneMappings.N.ZoneId} and {@code ZoneMappings.N.VSwitchId}, N from 1. */
  private static List<ZoneMapping> zones(Params p) {
    List<ZoneMapping> out = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      Optional<String> zone = p.optional("ZoneMappings." + i + ".ZoneId");
      Optional<VSwitchId> vsw = p.optional("ZoneMappings." + i + ".VSwitchId", VSwitchId::of);
      if (zone.isEmpty() && vsw.isEmpty()) {
        continue;
      }
      out.add(ZoneMapping.of(zone.orElseThrow(() -> WireError.missing("ZoneMappings." + i + ".ZoneId")),
          vsw.orElseThrow(() -> WireError.missing("ZoneMappings." + i + ".VSwitchId"))));
    }
    return out;
  }

  private static PeerBandwidthType bandwidthType(String v) {
    for (PeerBandwidthType t : PeerBandwidthType.values()) {
      if (t.apiValue().equals(v)) {
        return t;
      }
    }
    throw new IllegalArgumentException("BandwidthType must be BandwidthPackage or DataTransfer, got " + v);
  }

  private static TransitRouterRouteTableType tableType(String v) {
    for (TransitRouterRouteTableType t : TransitRouterRouteTableType.values()) {
      if (t.apiValue().equals(v)) {
        return t;
      }
    }
    throw new IllegalArgumentException("TransitRouterRouteTableType must be System or Custom, got " + v);
  }

  private static TransitRouterNextHopType nextHopType(String v) {
    for (TransitRouterNextHopType t : TransitRouterNextHopType.values()) {
      if (t.apiValue().equals(v)) {
        return t;
      }
    }
    throw new IllegalArgumentException("TransitRouterRouteEntryNextHopType must be Attachment or BlackHole, got " + v);
  }
}
