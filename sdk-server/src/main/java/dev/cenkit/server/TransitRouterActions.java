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
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
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
import java.util.Map;

/**
 * The Enterprise Edition actions of {@code Cbn} 2017-09-12: transit routers, their VPC, VBR and peer attachments,
 * route tables, entries, associations and propagations. {@code DryRun} is the provider's to answer here.
 */
final class TransitRouterActions {
  private TransitRouterActions() {}

  static void register(ActionTable t) {
    t.operation(CBN, "OpenTransitRouterService", (p, c) -> OpenTransitRouterServiceRequest.builder().build(),
        ok -> Json.object("OrderId", "order-transit-router-service"));
    t.operation(CBN, "CreateTransitRouter", (p, c) -> CreateTransitRouterRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .regionId(p.required("RegionId", RegionId::of))
            .transitRouterName(p.optional("TransitRouterName"))
            .transitRouterDescription(p.optional("TransitRouterDescription"))
            .supportMulticast(p.optionalBoolean("SupportMulticast").orElse(false))
            .dryRun(dryRun(p))
            .build(),
        tr -> Json.object("TransitRouterId", tr.id()));
    t.operation(CBN, "DeleteTransitRouter", (p, c) -> DeleteTransitRouterRequest.builder()
            .transitRouterId(p.required("TransitRouterId", TransitRouterId::of)).dryRun(dryRun(p)).build(),
        x -> Json.object());

    t.operation(CBN, "CreateTransitRouterVpcAttachment", (p, c) -> { p.optional("ChargeType"); p.optional("TransitRouterAttachmentDescription");
          CreateTransitRouterVpcAttachmentRequest.Builder b = CreateTransitRouterVpcAttachmentRequest.builder()
              .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
              .cenId(p.optional("CenId", CenId::of))
              .regionId(p.optional("RegionId", RegionId::of))
              .vpcId(p.required("VpcId", VpcId::of))
              .vpcOwnerId(p.optional("VpcOwnerId", dev.cenkit.model.AccountId::of))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
              .dryRun(dryRun(p));
          for (int i = 1; p.has("ZoneMappings." + i + ".ZoneId") || p.has("ZoneMappings." + i + ".VSwitchId"); i++) {
            b.addZoneMappings(ZoneMapping.of(p.required("ZoneMappings." + i + ".ZoneId"), p.required("ZoneMappings." + i + ".VSwitchId", VSwitchId::of)));
          }
          return b.build(); },
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "CreateTransitRouterVbrAttachment", (p, c) -> { p.optional("TransitRouterAttachmentDescription");
          return CreateTransitRouterVbrAttachmentRequest.builder()
              .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
              .cenId(p.optional("CenId", CenId::of))
              .regionId(p.optional("RegionId", RegionId::of))
              .vbrId(p.required("VbrId", VbrId::of))
              .vbrOwnerId(p.optional("VbrOwnerId", dev.cenkit.model.AccountId::of))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
              .dryRun(dryRun(p))
              .build(); },
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "CreateTransitRouterPeerAttachment", (p, c) -> { p.optional("TransitRouterAttachmentDescription");
          return CreateTransitRouterPeerAttachmentRequest.builder()
              .transitRouterId(p.optional("TransitRouterId", TransitRouterId::of))
              .cenId(p.optional("CenId", CenId::of))
              .regionId(p.optional("RegionId", RegionId::of))
              .peerTransitRouterId(p.required("PeerTransitRouterId", TransitRouterId::of))
              .peerTransitRouterRegionId(p.optional("PeerTransitRouterRegionId", RegionId::of))
              .bandwidthType(p.optional("BandwidthType", v -> Wire.enumOf(PeerBandwidthType.class, v)))
              .bandwidth(p.optionalLong("Bandwidth"))
              .cenBandwidthPackageId(p.optional("CenBandwidthPackageId", BandwidthPackageId::of))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled").orElse(false))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName"))
              .dryRun(dryRun(p))
              .build(); },
        a -> Json.object("TransitRouterAttachmentId", a.id()));
    t.operation(CBN, "DeleteTransitRouterVpcAttachment", (p, c) -> DeleteTransitRouterVpcAttachmentRequest.builder()
            .transitRouterAttachmentId(attachment(p)).force(p.optionalBoolean("Force").orElse(false)).dryRun(dryRun(p)).build(),
        x -> Json.object());
    t.operation(CBN, "DeleteTransitRouterVbrAttachment", (p, c) -> DeleteTransitRouterVbrAttachmentRequest.builder()
            .transitRouterAttachmentId(attachment(p)).force(p.optionalBoolean("Force").orElse(false)).dryRun(dryRun(p)).build(),
        x -> Json.object());
    t.operation(CBN, "DeleteTransitRouterPeerAttachment", (p, c) -> DeleteTransitRouterPeerAttachmentRequest.builder()
            .transitRouterAttachmentId(attachment(p)).force(p.optionalBoolean("Force").orElse(false)).dryRun(dryRun(p)).build(),
        x -> Json.object());
    t.operation(CBN, "UpdateTransitRouterVpcAttachmentAttribute", (p, c) -> { p.optional("TransitRouterAttachmentDescription");
          return UpdateTransitRouterVpcAttachmentAttributeRequest.builder().transitRouterAttachmentId(attachment(p))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName")).build(); },
        x -> Json.object());
    t.operation(CBN, "UpdateTransitRouterVbrAttachmentAttribute", (p, c) -> { p.optional("TransitRouterAttachmentDescription");
          return UpdateTransitRouterVbrAttachmentAttributeRequest.builder().transitRouterAttachmentId(attachment(p))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName")).build(); },
        x -> Json.object());
    t.operation(CBN, "UpdateTransitRouterPeerAttachmentAttribute", (p, c) -> { p.optional("TransitRouterAttachmentDescription");
          return UpdateTransitRouterPeerAttachmentAttributeRequest.builder().transitRouterAttachmentId(attachment(p))
              .bandwidthType(p.optional("BandwidthType", v -> Wire.enumOf(PeerBandwidthType.class, v)))
              .bandwidth(p.optionalLong("Bandwidth"))
              .cenBandwidthPackageId(p.optional("CenBandwidthPackageId", BandwidthPackageId::of))
              .autoPublishRouteEnabled(p.optionalBoolean("AutoPublishRouteEnabled"))
              .transitRouterAttachmentName(p.optional("TransitRouterAttachmentName")).build(); },
        x -> Json.object());

    t.operation(CBN, "CreateTransitRouterRouteTable", (p, c) -> CreateTransitRouterRouteTableRequest.builder()
            .transitRouterId(p.required("TransitRouterId", TransitRouterId::of))
            .transitRouterRouteTableName(p.optional("TransitRouterRouteTableName"))
            .transitRouterRouteTableDescription(p.optional("TransitRouterRouteTableDescription"))
            .multiRegionEcmp(p.optionalBoolean("RouteTableOptions.MultiRegionECMP").orElse(false))
            .dryRun(dryRun(p))
            .build(),
        rt -> Json.object("TransitRouterRouteTableId", rt.id()));
    t.operation(CBN, "DeleteTransitRouterRouteTable", (p, c) -> DeleteTransitRouterRouteTableRequest.builder()
            .transitRouterRouteTableId(table(p)).dryRun(dryRun(p)).build(),
        x -> Json.object());
    t.operation(CBN, "ListTransitRouterRouteTables", (p, c) -> { p.optionalLong("MaxResults"); p.optional("NextToken");
          return ListTransitRouterRouteTablesRequest.builder()
              .transitRouterId(p.required("TransitRouterId", TransitRouterId::of))
              .transitRouterRouteTableType(p.optional("TransitRouterRouteTableType", v -> Wire.enumOf(TransitRouterRouteTableType.class, v)))
              .build(); },
        tables -> Json.object("TotalCount", tables.size(), "MaxResults", tables.size(),
            "TransitRouterRouteTables", tables.stream().map(TransitRouterActions::routeTable).toList()));
    t.operation(CBN, "CreateTransitRouterRouteEntry", (p, c) -> { p.optional("TransitRouterRouteEntryDescription");
          return CreateTransitRouterRouteEntryRequest.builder()
              .transitRouterRouteTableId(table(p))
              .transitRouterRouteEntryDestinationCidrBlock(p.required("TransitRouterRouteEntryDestinationCidrBlock"))
              .transitRouterRouteEntryNextHopType(p.required("TransitRouterRouteEntryNextHopType", v -> Wire.enumOf(TransitRouterNextHopType.class, v)))
              .transitRouterRouteEntryNextHopId(p.optional("TransitRouterRouteEntryNextHopId", TransitRouterAttachmentId::of))
              .transitRouterRouteEntryName(p.optional("TransitRouterRouteEntryName"))
              .dryRun(dryRun(p))
              .build(); },
        e -> Json.object("TransitRouterRouteEntryId", e.id()));
    t.operation(CBN, "DeleteTransitRouterRouteEntry", (p, c) -> DeleteTransitRouterRouteEntryRequest.builder()
            .transitRouterRouteEntryId(p.required("TransitRouterRouteEntryId", TransitRouterRouteEntryId::of)).dryRun(dryRun(p)).build(),
        x -> Json.object());

    link(t, "AssociateTransitRouterAttachmentWithRouteTable", (a, rt, dry) -> AssociateTransitRouterAttachmentWithRouteTableRequest.builder()
        .transitRouterAttachmentId(a).transitRouterRouteTableId(rt).dryRun(dry).build());
    link(t, "DissociateTransitRouterAttachmentFromRouteTable", (a, rt, dry) -> DissociateTransitRouterAttachmentFromRouteTableRequest.builder()
        .transitRouterAttachmentId(a).transitRouterRouteTableId(rt).dryRun(dry).build());
    link(t, "ReplaceTransitRouterRouteTableAssociation", (a, rt, dry) -> ReplaceTransitRouterRouteTableAssociationRequest.builder()
        .transitRouterAttachmentId(a).transitRouterRouteTableId(rt).dryRun(dry).build());
    link(t, "EnableTransitRouterRouteTablePropagation", (a, rt, dry) -> EnableTransitRouterRouteTablePropagationRequest.builder()
        .transitRouterAttachmentId(a).transitRouterRouteTableId(rt).dryRun(dry).build());
    link(t, "DisableTransitRouterRouteTablePropagation", (a, rt, dry) -> DisableTransitRouterRouteTablePropagationRequest.builder()
        .transitRouterAttachmentId(a).transitRouterRouteTableId(rt).dryRun(dry).build());

    t.operation(CBN, "CreateCenChildInstanceRouteEntryToAttachment", (p, c) -> CreateCenChildInstanceRouteEntryToAttachmentRequest.builder()
            .cenId(p.required("CenId", CenId::of))
            .transitRouterAttachmentId(attachment(p))
            .routeTableId(p.required("RouteTableId", RouteTableId::of))
            .destinationCidrBlock(p.required("DestinationCidrBlock", Cidr::of))
            .dryRun(dryRun(p))
            .build(),
        x -> Json.object());
  }

  /** An association or propagation request from the attachment, the route table and {@code DryRun}. */
  @FunctionalInterface
  interface LinkRequest {
    Operation<?> build(TransitRouterAttachmentId attachment, TransitRouterRouteTableId table, boolean dryRun);
  }

  private static void link(ActionTable t, String action, LinkRequest request) {
    t.add(CBN, action, (p, c) -> {
      Operation<?> op = request.build(attachment(p), table(p), dryRun(p));
      return backend -> {
        backend.cloud().execute(op);
        return Json.object();
      };
    });
  }

  private static TransitRouterAttachmentId attachment(Params p) {
    return p.required("TransitRouterAttachmentId", TransitRouterAttachmentId::of);
  }

  private static TransitRouterRouteTableId table(Params p) {
    return p.required("TransitRouterRouteTableId", TransitRouterRouteTableId::of);
  }

  private static boolean dryRun(Params p) {
    return p.optionalBoolean("DryRun").orElse(false);
  }

  private static Map<String, Object> routeTable(TransitRouterRouteTable rt) {
    return Json.object(
        "TransitRouterRouteTableId", rt.id(),
        "TransitRouterId", rt.transitRouterId(),
        "TransitRouterRouteTableType", rt.type().apiValue(),
        "TransitRouterRouteTableName", rt.name(),
        "TransitRouterRouteTableDescription", rt.description(),
        "TransitRouterRouteTableStatus", "Active",
        "RouteTableOptions", Json.object("MultiRegionECMP", rt.multiRegionEcmp() ? "enable" : "disable"));
  }
}
