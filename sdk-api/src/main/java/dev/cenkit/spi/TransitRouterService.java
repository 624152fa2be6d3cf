package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.vpc.RouteEntry;
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
import dev.cenkit.spi.tr.OpenTransitRouterServiceRequest;
import dev.cenkit.spi.tr.ReplaceTransitRouterRouteTableAssociationRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterPeerAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVbrAttachmentAttributeRequest;
import dev.cenkit.spi.tr.UpdateTransitRouterVpcAttachmentAttributeRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Enterprise Edition transit-router actions ({@code Cbn} 2017-09-12): routers, connections, route tables,
 * associations, propagations and route entries (enterprise-edition.md). One method per action, with a
 * {@code Consumer<Builder>} overload.
 */
public interface TransitRouterService extends OperationExecutor {
  /** {@code OpenTransitRouterService} (E2); idempotent. */
  default Boolean openTransitRouterService() {
    return execute(OpenTransitRouterServiceRequest.builder().build());
  }

  /** {@code CreateTransitRouter} (E1, E2, E3). */
  default TransitRouter createTransitRouter(CreateTransitRouterRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouter}, with the request built in place. */
  default TransitRouter createTransitRouter(Consumer<CreateTransitRouterRequest.Builder> request) {
    CreateTransitRouterRequest.Builder builder = CreateTransitRouterRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouter(builder.build());
  }

  /** {@code DeleteTransitRouter} (E21). */
  default TransitRouter deleteTransitRouter(DeleteTransitRouterRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouter}, with the request built in place. */
  default TransitRouter deleteTransitRouter(Consumer<DeleteTransitRouterRequest.Builder> request) {
    DeleteTransitRouterRequest.Builder builder = DeleteTransitRouterRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouter(builder.build());
  }

  /** {@code CreateTransitRouterVpcAttachment} (E4, E5, E7). */
  default TransitRouterAttachment createTransitRouterVpcAttachment(CreateTransitRouterVpcAttachmentRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouterVpcAttachment}, with the request built in place. */
  default TransitRouterAttachment createTransitRouterVpcAttachment(Consumer<CreateTransitRouterVpcAttachmentRequest.Builder> request) {
    CreateTransitRouterVpcAttachmentRequest.Builder builder = CreateTransitRouterVpcAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouterVpcAttachment(builder.build());
  }

  /** {@code UpdateTransitRouterVpcAttachmentAttribute} (E16). */
  default TransitRouterAttachment updateTransitRouterVpcAttachmentAttribute(UpdateTransitRouterVpcAttachmentAttributeRequest request) {
    return execute(request);
  }

  /** {@code UpdateTransitRouterVpcAttachmentAttribute}, with the request built in place. */
  default TransitRouterAttachment updateTransitRouterVpcAttachmentAttribute(Consumer<UpdateTransitRouterVpcAttachmentAttributeRequest.Builder> request) {
    UpdateTransitRouterVpcAttachmentAttributeRequest.Builder builder = UpdateTransitRouterVpcAttachmentAttributeRequest.builder();
    Checks.required(request, "request").accept(builder);
    return updateTransitRouterVpcAttachmentAttribute(builder.build());
  }

  /** {@code DeleteTransitRouterVpcAttachment} (E19). */
  default TransitRouterAttachment deleteTransitRouterVpcAttachment(DeleteTransitRouterVpcAttachmentRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouterVpcAttachment}, with the request built in place. */
  default TransitRouterAttachment deleteTransitRouterVpcAttachment(Consumer<DeleteTransitRouterVpcAttachmentRequest.Builder> request) {
    DeleteTransitRouterVpcAttachmentRequest.Builder builder = DeleteTransitRouterVpcAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouterVpcAttachment(builder.build());
  }

  /** {@code CreateTransitRouterVbrAttachment} (E17). */
  default TransitRouterAttachment createTransitRouterVbrAttachment(CreateTransitRouterVbrAttachmentRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouterVbrAttachment}, with the request built in place. */
  default TransitRouterAttachment createTransitRouterVbrAttachment(Consumer<CreateTransitRouterVbrAttachmentRequest.Builder> request) {
    CreateTransitRouterVbrAttachmentRequest.Builder builder = CreateTransitRouterVbrAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouterVbrAttachment(builder.build());
  }

  /** {@code UpdateTransitRouterVbrAttachmentAttribute} (E31). */
  default TransitRouterAttachment updateTransitRouterVbrAttachmentAttribute(UpdateTransitRouterVbrAttachmentAttributeRequest request) {
    return execute(request);
  }

  /** {@code UpdateTransitRouterVbrAttachmentAttribute}, with the request built in place. */
  default TransitRouterAttachment updateTransitRouterVbrAttachmentAttribute(Consumer<UpdateTransitRouterVbrAttachmentAttributeRequest.Builder> request) {
    UpdateTransitRouterVbrAttachmentAttributeRequest.Builder builder = UpdateTransitRouterVbrAttachmentAttributeRequest.builder();
    Checks.required(request, "request").accept(builder);
    return updateTransitRouterVbrAttachmentAttribute(builder.build());
  }

  /** {@code DeleteTransitRouterVbrAttachment} (E19). */
  default TransitRouterAttachment deleteTransitRouterVbrAttachment(DeleteTransitRouterVbrAttachmentRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouterVbrAttachment}, with the request built in place. */
  default TransitRouterAttachment deleteTransitRouterVbrAttachment(Consumer<DeleteTransitRouterVbrAttachmentRequest.Builder> request) {
    DeleteTransitRouterVbrAttachmentRequest.Builder builder = DeleteTransitRouterVbrAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouterVbrAttachment(builder.build());
  }

  /** {@code CreateTransitRouterPeerAttachment} (E13, E14, E27). */
  default TransitRouterAttachment createTransitRouterPeerAttachment(CreateTransitRouterPeerAttachmentRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouterPeerAttachment}, with the request built in place. */
  default TransitRouterAttachment createTransitRouterPeerAttachment(Consumer<CreateTransitRouterPeerAttachmentRequest.Builder> request) {
    CreateTransitRouterPeerAttachmentRequest.Builder builder = CreateTransitRouterPeerAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouterPeerAttachment(builder.build());
  }

  /** {@code UpdateTransitRouterPeerAttachmentAttribute} (E14, E28). */
  default TransitRouterAttachment updateTransitRouterPeerAttachmentAttribute(UpdateTransitRouterPeerAttachmentAttributeRequest request) {
    return execute(request);
  }

  /** {@code UpdateTransitRouterPeerAttachmentAttribute}, with the request built in place. */
  default TransitRouterAttachment updateTransitRouterPeerAttachmentAttribute(Consumer<UpdateTransitRouterPeerAttachmentAttributeRequest.Builder> request) {
    UpdateTransitRouterPeerAttachmentAttributeRequest.Builder builder = UpdateTransitRouterPeerAttachmentAttributeRequest.builder();
    Checks.required(request, "request").accept(builder);
    return updateTransitRouterPeerAttachmentAttribute(builder.build());
  }

  /** {@code DeleteTransitRouterPeerAttachment} (E19). */
  default TransitRouterAttachment deleteTransitRouterPeerAttachment(DeleteTransitRouterPeerAttachmentRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouterPeerAttachment}, with the request built in place. */
  default TransitRouterAttachment deleteTransitRouterPeerAttachment(Consumer<DeleteTransitRouterPeerAttachmentRequest.Builder> request) {
    DeleteTransitRouterPeerAttachmentRequest.Builder builder = DeleteTransitRouterPeerAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouterPeerAttachment(builder.build());
  }

  /** {@code CreateTransitRouterRouteTable} (E6). */
  default TransitRouterRouteTable createTransitRouterRouteTable(CreateTransitRouterRouteTableRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouterRouteTable}, with the request built in place. */
  default TransitRouterRouteTable createTransitRouterRouteTable(Consumer<CreateTransitRouterRouteTableRequest.Builder> request) {
    CreateTransitRouterRouteTableRequest.Builder builder = CreateTransitRouterRouteTableRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouterRouteTable(builder.build());
  }

  /** {@code DeleteTransitRouterRouteTable} (E20). */
  default TransitRouterRouteTable deleteTransitRouterRouteTable(DeleteTransitRouterRouteTableRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouterRouteTable}, with the request built in place. */
  default TransitRouterRouteTable deleteTransitRouterRouteTable(Consumer<DeleteTransitRouterRouteTableRequest.Builder> request) {
    DeleteTransitRouterRouteTableRequest.Builder builder = DeleteTransitRouterRouteTableRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouterRouteTable(builder.build());
  }

  /** {@code AssociateTransitRouterAttachmentWithRouteTable} (E8). */
  default TransitRouterRouteTableAssociation associateTransitRouterAttachmentWithRouteTable(AssociateTransitRouterAttachmentWithRouteTableRequest request) {
    return execute(request);
  }

  /** {@code AssociateTransitRouterAttachmentWithRouteTable}, with the request built in place. */
  default TransitRouterRouteTableAssociation associateTransitRouterAttachmentWithRouteTable(Consumer<AssociateTransitRouterAttachmentWithRouteTableRequest.Builder> request) {
    AssociateTransitRouterAttachmentWithRouteTableRequest.Builder builder = AssociateTransitRouterAttachmentWithRouteTableRequest.builder();
    Checks.required(request, "request").accept(builder);
    return associateTransitRouterAttachmentWithRouteTable(builder.build());
  }

  /** {@code DissociateTransitRouterAttachmentFromRouteTable} (E8). */
  default TransitRouterRouteTableAssociation dissociateTransitRouterAttachmentFromRouteTable(DissociateTransitRouterAttachmentFromRouteTableRequest request) {
    return execute(request);
  }

  /** {@code DissociateTransitRouterAttachmentFromRouteTable}, with the request built in place. */
  default TransitRouterRouteTableAssociation dissociateTransitRouterAttachmentFromRouteTable(Consumer<DissociateTransitRouterAttachmentFromRouteTableRequest.Builder> request) {
    DissociateTransitRouterAttachmentFromRouteTableRequest.Builder builder = DissociateTransitRouterAttachmentFromRouteTableRequest.builder();
    Checks.required(request, "request").accept(builder);
    return dissociateTransitRouterAttachmentFromRouteTable(builder.build());
  }

  /** {@code ReplaceTransitRouterRouteTableAssociation} (E8). */
  default TransitRouterRouteTableAssociation replaceTransitRouterRouteTableAssociation(ReplaceTransitRouterRouteTableAssociationRequest request) {
    return execute(request);
  }

  /** {@code ReplaceTransitRouterRouteTableAssociation}, with the request built in place. */
  default TransitRouterRouteTableAssociation replaceTransitRouterRouteTableAssociation(Consumer<ReplaceTransitRouterRouteTableAssociationRequest.Builder> request) {
    ReplaceTransitRouterRouteTableAssociationRequest.Builder builder = ReplaceTransitRouterRouteTableAssociationRequest.builder();
    Checks.required(request, "request").accept(builder);
    return replaceTransitRouterRouteTableAssociation(builder.build());
  }

  /** {@code EnableTransitRouterRouteTablePropagation} (E9). */
  default TransitRouterRouteTablePropagation enableTransitRouterRouteTablePropagation(EnableTransitRouterRouteTablePropagationRequest request) {
    return execute(request);
  }

  /** {@code EnableTransitRouterRouteTablePropagation}, with the request built in place. */
  default TransitRouterRouteTablePropagation enableTransitRouterRouteTablePropagation(Consumer<EnableTransitRouterRouteTablePropagationRequest.Builder> request) {
    EnableTransitRouterRouteTablePropagationRequest.Builder builder = EnableTransitRouterRouteTablePropagationRequest.builder();
    Checks.required(request, "request").accept(builder);
    return enableTransitRouterRouteTablePropagation(builder.build());
  }

  /** {@code DisableTransitRouterRouteTablePropagation} (E9). */
  default TransitRouterRouteTablePropagation disableTransitRouterRouteTablePropagation(DisableTransitRouterRouteTablePropagationRequest request) {
    return execute(request);
  }

  /** {@code DisableTransitRouterRouteTablePropagation}, with the request built in place. */
  default TransitRouterRouteTablePropagation disableTransitRouterRouteTablePropagation(Consumer<DisableTransitRouterRouteTablePropagationRequest.Builder> request) {
    DisableTransitRouterRouteTablePropagationRequest.Builder builder = DisableTransitRouterRouteTablePropagationRequest.builder();
    Checks.required(request, "request").accept(builder);
    return disableTransitRouterRouteTablePropagation(builder.build());
  }

  /** {@code CreateTransitRouterRouteEntry} (E11). */
  default TransitRouterRouteEntry createTransitRouterRouteEntry(CreateTransitRouterRouteEntryRequest request) {
    return execute(request);
  }

  /** {@code CreateTransitRouterRouteEntry}, with the request built in place. */
  default TransitRouterRouteEntry createTransitRouterRouteEntry(Consumer<CreateTransitRouterRouteEntryRequest.Builder> request) {
    CreateTransitRouterRouteEntryRequest.Builder builder = CreateTransitRouterRouteEntryRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createTransitRouterRouteEntry(builder.build());
  }

  /** {@code DeleteTransitRouterRouteEntry} (E11). */
  default TransitRouterRouteEntry deleteTransitRouterRouteEntry(DeleteTransitRouterRouteEntryRequest request) {
    return execute(request);
  }

  /** {@code DeleteTransitRouterRouteEntry}, with the request built in place. */
  default TransitRouterRouteEntry deleteTransitRouterRouteEntry(Consumer<DeleteTransitRouterRouteEntryRequest.Builder> request) {
    DeleteTransitRouterRouteEntryRequest.Builder builder = DeleteTransitRouterRouteEntryRequest.builder();
    Checks.required(request, "request").accept(builder);
    return deleteTransitRouterRouteEntry(builder.build());
  }

  /** {@code CreateCenChildInstanceRouteEntryToAttachment} (E30). */
  default RouteEntry createCenChildInstanceRouteEntryToAttachment(CreateCenChildInstanceRouteEntryToAttachmentRequest request) {
    return execute(request);
  }

  /** {@code CreateCenChildInstanceRouteEntryToAttachment}, with the request built in place. */
  default RouteEntry createCenChildInstanceRouteEntryToAttachment(Consumer<CreateCenChildInstanceRouteEntryToAttachmentRequest.Builder> request) {
    CreateCenChildInstanceRouteEntryToAttachmentRequest.Builder builder = CreateCenChildInstanceRouteEntryToAttachmentRequest.builder();
    Checks.required(request, "request").accept(builder);
    return createCenChildInstanceRouteEntryToAttachment(builder.build());
  }

  /** {@code ListTransitRouters}: the routers of a CEN, ordered by id. */
  default List<TransitRouter> listTransitRouters(CenId cenId) {
    Checks.required(cenId, "CEN id");
    return snapshot().transitRouter().transitRoutersOf(cenId);
  }

  /** {@code ListTransitRouterRouteTables}: the tables of a router, ordered by id. */
  default List<TransitRouterRouteTable> listTransitRouterRouteTables(TransitRouterId transitRouterId) {
    Checks.required(transitRouterId, "transit router id");
    return snapshot().transitRouter().routeTablesOf(transitRouterId);
  }

  /** {@code ListTransitRouterVpcAttachments}, {@code …VbrAttachments}, {@code …PeerAttachments}: the connections of a router. */
  default List<TransitRouterAttachment> listTransitRouterAttachments(TransitRouterId transitRouterId) {
    Checks.required(transitRouterId, "transit router id");
    return snapshot().transitRouter().attachmentsOf(transitRouterId);
  }

  /** {@code ListTransitRouterRouteTableAssociations}: the associations of a table. */
  default List<TransitRouterRouteTableAssociation> listTransitRouterRouteTableAssociations(
      TransitRouterRouteTableId routeTableId) {
    Checks.required(routeTableId, "route table id");
    return snapshot().transitRouter().associationsOf(routeTableId);
  }

  /** {@code ListTransitRouterRouteTablePropagations}: the propagations into a table. */
  default List<TransitRouterRouteTablePropagation> listTransitRouterRouteTablePropagations(
      TransitRouterRouteTableId routeTableId) {
    Checks.required(routeTableId, "route table id");
    return snapshot().transitRouter().propagationsInto(routeTableId);
  }

  /**
   * {@code ListTransitRouterRouteEntries}: every entry of a table, static and propagated, each with its status
   * (E12, DE6), ordered by destination. Computed from the current snapshot.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code InvalidTransitRouterRouteTableId.NotFound}
   */
  List<TransitRouterRouteEntry> listTransitRouterRouteEntries(TransitRouterRouteTableId routeTableId);

  /** {@code GrantInstanceToTransitRouter}: the caller lets another account's CEN connect its VPC or VBR to the CEN's transit routers (E18, R48). */
  default dev.cenkit.model.cen.CenGrant grantInstanceToTransitRouter(dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest request) {
    return execute(request);
  }

  /** {@code GrantInstanceToTransitRouter}, with the request built in place. */
  default dev.cenkit.model.cen.CenGrant grantInstanceToTransitRouter(Consumer<dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest.Builder> request) {
    return grantInstanceToTransitRouter(OperationExecutor.build(dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest.builder(), request, dev.cenkit.spi.tr.GrantInstanceToTransitRouterRequest.Builder::build));
  }

  /** {@code RevokeInstanceFromTransitRouter}: the caller withdraws a grant; the instance must be disconnected from that CEN's routers first (E18). */
  default dev.cenkit.model.cen.CenGrant revokeInstanceFromTransitRouter(dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest request) {
    return execute(request);
  }

  /** {@code RevokeInstanceFromTransitRouter}, with the request built in place. */
  default dev.cenkit.model.cen.CenGrant revokeInstanceFromTransitRouter(Consumer<dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest.Builder> request) {
    return revokeInstanceFromTransitRouter(OperationExecutor.build(dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest.builder(), request, dev.cenkit.spi.tr.RevokeInstanceFromTransitRouterRequest.Builder::build));
  }

  /**
   * {@code DescribeGrantRulesToResource}: the {@code GrantInstanceToTransitRouter} grants of a VPC or VBR, by CEN id.
   *
   * @throws dev.cenkit.error.MissingParameterException when {@code instanceId} is null
   */
  default List<dev.cenkit.model.cen.CenGrant> describeGrantRulesToResource(dev.cenkit.model.NetworkInstanceId instanceId) {
    Checks.required(instanceId, "ResourceId");
    return snapshot().grants().transitRouterGrantsOf(instanceId);
  }
}
