package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteEntryId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.spi.TransitRouterView;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/**
 * The transit-router part of a {@link Snapshot}: primary maps plus the secondary indexes every rule and
 * question reads (router by CEN and region, tables and connections by router, connections by instance,
 * associations and propagations by table and by connection, static entries by table and by next hop), all
 * kept by the same {@code with}/{@code without} methods.
 */
public final class TransitRouterState implements TransitRouterView {
  static final TransitRouterState EMPTY = new TransitRouterState(false, TreePMap.empty(), TreePMap.empty(),
      TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
      TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(), TreePMap.empty(),
      ChangeLog.EMPTY);

  private final boolean serviceOpen;
  private final PSortedMap<TransitRouterId, TransitRouter> routers;
  private final PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTable> tables;
  private final PSortedMap<TransitRouterAttachmentId, TransitRouterAttachment> attachments;
  private final PSortedMap<TransitRouterRouteEntryId, TransitRouterRouteEntry> entries;
  /** "cen|region" to router. */
  private final PSortedMap<String, TransitRouterId> routerByCenRegion;
  private final PSortedMap<CenId, PSortedMap<TransitRouterId, Boolean>> routersByCen;
  private final PSortedMap<TransitRouterId, PSortedMap<TransitRouterRouteTableId, Boolean>> tablesByRouter;
  private final PSortedMap<TransitRouterId, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByRouter;
  private final PSortedMap<String, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByInstance;
  /** "router|attachment" to association. */
  private final PSortedMap<String, TransitRouterRouteTableAssociation> associations;
  private final PSortedMap<TransitRouterRouteTableId, PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTableAssociation>>
      associationsByTable;
  private final PSortedMap<TransitRouterRouteTableId, PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTablePropagation>>
      propagationsByTable;
  /** "router|attachment" to the propagations of that end, by table. */
  private final PSortedMap<String, PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTablePropagation>>
      propagationsByAttachment;
  /** Static entries by table and by next hop, the same entries kept twice. */
  private final PSortedMap<String, PSortedMap<TransitRouterRouteEntryId, Boolean>> entriesByOwner;
  /** The CENs whose routers, tables, connections, associations, propagations or entries changed. */
  private final ChangeLog log;

  private TransitRouterState(
      boolean serviceOpen,
      PSortedMap<TransitRouterId, TransitRouter> routers,
      PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTable> tables,
      PSortedMap<TransitRouterAttachmentId, TransitRouterAttachment> attachments,
      PSortedMap<TransitRouterRouteEntryId, TransitRouterRouteEntry> entries,
      PSortedMap<String, TransitRouterId> routerByCenRegion,
      PSortedMap<CenId, PSortedMap<TransitRouterId, Boolean>> routersByCen,
      PSortedMap<TransitRouterId, PSortedMap<TransitRouterRouteTableId, Boolean>> tablesByRouter,
      PSortedMap<TransitRouterId, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByRouter,
      PSortedMap<String, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByInstance,
      PSortedMap<String, TransitRouterRouteTableAssociation> associations,
      PSortedMap<TransitRouterRouteTableId, PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTableAssociation>>
          associationsByTable,
      PSortedMap<TransitRouterRouteTableId, PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTablePropagation>>
          propagationsByTable,
      PSortedMap<String, PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTablePropagation>>
          propagationsByAttachment,
      PSortedMap<String, PSortedMap<TransitRouterRouteEntryId, Boolean>> entriesByOwner,
      ChangeLog log) {
    this.serviceOpen = serviceOpen;
    this.routers = routers;
    this.tables = tables;
    this.attachments = attachments;
    this.entries = entries;
    this.routerByCenRegion = routerByCenRegion;
    this.routersByCen = routersByCen;
    this.tablesByRouter = tablesByRouter;
    this.attachmentsByRouter = attachmentsByRouter;
    this.attachmentsByInstance = attachmentsByInstance;
    this.associations = associations;
    this.associationsByTable = associationsByTable;
    this.propagationsByTable = propagationsByTable;
    this.propagationsByAttachment = propagationsByAttachment;
    this.entriesByOwner = entriesByOwner;
    this.log = log;
  }

  private static String key(Object a, Object b) {
    return a + "|" + b;
  }

  private static <K extends Comparable<? super K>, J extends Comparable<? super J>, V> PSortedMap<K, PSortedMap<J, V>> put(
      PSortedMap<K, PSortedMap<J, V>> index, K key, J inner, V value) {
    PSortedMap<J, V> m = index.get(key);
    return index.plus(key, (m == null ? TreePMap.<J, V>empty() : m).plus(inner, value));
  }

  private static <K extends Comparable<? super K>, J extends Comparable<? super J>, V> PSortedMap<K, PSortedMap<J, V>> remove(
      PSortedMap<K, PSortedMap<J, V>> index, K key, J inner) {
    PSortedMap<J, V> m = index.get(key);
    if (m == null) {
      return index;
    }
    PSortedMap<J, V> less = m.minus(inner);
    return less.isEmpty() ? index.minus(key) : index.plus(key, less);
  }

  private static <J, V> List<V> values(Optional<? extends java.util.Map<J, ?>> m, Function<J, V> get) {
    return m.map(x -> x.keySet().stream().map(get).collect(Collectors.toUnmodifiableList())).orElse(List.of());
  }

  @Override
  public boolean serviceOpen() {
    return serviceOpen;
  }

  @Override
  public PSortedMap<TransitRouterId, TransitRouter> transitRouters() {
    return routers;
  }

  @Override
  public PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTable> routeTables() {
    return tables;
  }

  @Override
  public PSortedMap<TransitRouterAttachmentId, TransitRouterAttachment> attachments() {
    return attachments;
  }

  @Override
  public PSortedMap<TransitRouterRouteEntryId, TransitRouterRouteEntry> staticEntries() {
    return entries;
  }

  @Override
  public Optional<TransitRouter> transitRouterOf(CenId cenId, RegionId region) {
    Checks.required(cenId, "cenId");
    Checks.required(region, "region");
    return Optional.ofNullable(routerByCenRegion.get(key(cenId, region))).map(routers::get);
  }

  @Override
  public List<TransitRouter> transitRoutersOf(CenId cenId) {
    Checks.required(cenId, "cenId");
    return values(Optional.ofNullable(routersByCen.get(cenId)), routers::get);
  }

  @Override
  public List<TransitRouterRouteTable> routeTablesOf(TransitRouterId router) {
    Checks.required(router, "router");
    return values(Optional.ofNullable(tablesByRouter.get(router)), tables::get);
  }

  @Override
  public List<TransitRouterAttachment> attachmentsOf(TransitRouterId router) {
    Checks.required(router, "router");
    return byCreation(values(Optional.ofNullable(attachmentsByRouter.get(router)), attachments::get));
  }

  @Override
  public List<TransitRouterAttachment> attachmentsOfInstance(String networkInstanceId) {
    Checks.required(networkInstanceId, "networkInstanceId");
    return byCreation(values(Optional.ofNullable(attachmentsByInstance.get(networkInstanceId)), attachments::get));
  }

  private static List<TransitRouterAttachment> byCreation(List<TransitRouterAttachment> list) {
    return list.stream()
        .sorted(Comparator.comparingLong(TransitRouterAttachment::createOrder))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Optional<TransitRouterRouteTableAssociation> associationOf(
      TransitRouterId router, TransitRouterAttachmentId attachment) {
    Checks.required(router, "router");
    Checks.required(attachment, "attachment");
    return Optional.ofNullable(associations.get(key(router, attachment)));
  }

  @Override
  public List<TransitRouterRouteTableAssociation> associationsOf(TransitRouterRouteTableId table) {
    Checks.required(table, "table");
    PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTableAssociation> m = associationsByTable.get(table);
    return m == null ? List.of() : List.copyOf(m.values());
  }

  @Override
  public List<TransitRouterRouteTablePropagation> propagationsInto(TransitRouterRouteTableId table) {
    Checks.required(table, "table");
    PSortedMap<TransitRouterAttachmentId, TransitRouterRouteTablePropagation> m = propagationsByTable.get(table);
    return m == null ? List.of() : List.copyOf(m.values());
  }

  @Override
  public List<TransitRouterRouteTablePropagation> propagationsOf(
      TransitRouterId router, TransitRouterAttachmentId attachment) {
    PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTablePropagation> m =
        propagationsByAttachment.get(key(router, attachment));
    return m == null ? List.of() : List.copyOf(m.values());
  }

  @Override
  public List<TransitRouterRouteEntry> staticEntriesOf(TransitRouterRouteTableId table) {
    Checks.required(table, "table");
    return entryList("table|" + table);
  }

  @Override
  public List<TransitRouterRouteEntry> staticEntriesTo(TransitRouterAttachmentId attachment) {
    return entryList("hop|" + attachment);
  }

  private List<TransitRouterRouteEntry> entryList(String owner) {
    PSortedMap<TransitRouterRouteEntryId, Boolean> m = entriesByOwner.get(owner);
    if (m == null) {
      return List.of();
    }
    return m.keySet().stream()
        .map(entries::get)
        .sorted(Comparator.comparingLong(TransitRouterRouteEntry::order))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The inter-region connections of a CEN that draw bandwidth from a plan (E28), each once; found through the
   * CEN's routers, not by a scan of every connection.
   */
  public List<TransitRouterAttachment> peersDrawingOn(CenId cen, dev.cenkit.model.cen.BandwidthPackageId plan) {
    Checks.required(cen, "cen");
    Checks.required(plan, "plan");
    return transitRoutersOf(cen).stream()
        .flatMap(tr -> attachmentsOf(tr.id()).stream())
        .filter(a -> a.isPeer() && a.bandwidthPackageId().equals(Optional.of(plan)))
        .distinct()
        .collect(Collectors.toUnmodifiableList());
  }

  /** The Mbit/s the inter-region connections of {@code cen} draw from {@code plan}, leaving out {@code except}. */
  public long drawnByPeers(CenId cen, dev.cenkit.model.cen.BandwidthPackageId plan, Optional<TransitRouterAttachmentId> except) {
    Checks.required(cen, "cen");
    Checks.required(plan, "plan");
    Checks.required(except, "except");
    return peersDrawingOn(cen, plan).stream()
        .filter(a -> except.isEmpty() || !a.id().equals(except.get()))
        .mapToLong(TransitRouterAttachment::bandwidthMbps)
        .sum();
  }

  /** A connection of {@code vpc} that auto-publishes routes of another CEN than {@code cen}, if any (E16, DE7). */
  public Optional<TransitRouterAttachment> autoPublishingFromOtherCen(String vpc, CenId cen) {
    Checks.required(vpc, "vpc");
    Checks.required(cen, "cen");
    return attachmentsOfInstance(vpc).stream()
        .filter(a -> a.autoPublishRouteEnabled() && !a.cenId().equals(cen))
        .findFirst();
  }

  private TransitRouterState copy(
      ChangeLog log,
      boolean serviceOpen,
      PSortedMap<TransitRouterId, TransitRouter> routers,
      PSortedMap<TransitRouterRouteTableId, TransitRouterRouteTable> tables,
      PSortedMap<TransitRouterAttachmentId, TransitRouterAttachment> attachments,
      PSortedMap<TransitRouterRouteEntryId, TransitRouterRouteEntry> entries,
      PSortedMap<String, TransitRouterId> routerByCenRegion,
      PSortedMap<CenId, PSortedMap<TransitRouterId, Boolean>> routersByCen,
      PSortedMap<TransitRouterId, PSortedMap<TransitRouterRouteTableId, Boolean>> tablesByRouter,
      PSortedMap<TransitRouterId, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByRouter,
      PSortedMap<String, PSortedMap<TransitRouterAttachmentId, Boolean>> attachmentsByInstance,
      PSortedMap<String, PSortedMap<TransitRouterRouteEntryId, Boolean>> entriesByOwner) {
    return new TransitRouterState(serviceOpen, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, associations, associationsByTable,
        propagationsByTable, propagationsByAttachment, entriesByOwner, log);
  }

  /** The log of the CENs whose transit-router resources the changes to this state touched (see {@link ChangeLog}). */
  public ChangeLog changeLog() {
    return log;
  }

  /** The log with the CEN of {@code router} appended; a log started afresh when the router is unknown. */
  private ChangeLog touching(TransitRouterId router) {
    TransitRouter tr = routers.get(router);
    return tr == null ? ChangeLog.restart() : log.plus(tr.cenId().value());
  }

  /** The log with the CEN of the router of {@code table} appended. */
  private ChangeLog touchingTable(TransitRouterRouteTableId table) {
    TransitRouterRouteTable t = tables.get(table);
    return t == null ? ChangeLog.restart() : touching(t.transitRouterId());
  }

  /** With the transit router service opened (E2); no route changes. */
  public TransitRouterState withServiceOpen() {
    return new TransitRouterState(true, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, associations, associationsByTable,
        propagationsByTable, propagationsByAttachment, entriesByOwner, log);
  }

  /** With the router added or replaced (its CEN and region never change). */
  public TransitRouterState withRouter(TransitRouter router) {
    Checks.required(router, "router (TransitRouter)");
    return copy(log.plus(router.cenId().value()), serviceOpen, routers.plus(router.id(), router), tables, attachments, entries,
        routerByCenRegion.plus(key(router.cenId(), router.region()), router.id()),
        put(routersByCen, router.cenId(), router.id(), Boolean.TRUE), tablesByRouter, attachmentsByRouter,
        attachmentsByInstance, entriesByOwner);
  }

  /** Without the router (its tables and connections must be gone already). */
  public TransitRouterState withoutRouter(TransitRouterId id) {
    Checks.required(id, "id (TransitRouterId)");
    TransitRouter router = routers.get(id);
    if (router == null) {
      return this;
    }
    return copy(log.plus(router.cenId().value()), serviceOpen, routers.minus(id), tables, attachments, entries,
        routerByCenRegion.minus(key(router.cenId(), router.region())), remove(routersByCen, router.cenId(), id),
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, entriesByOwner);
  }

  /** With the route table added or replaced. */
  public TransitRouterState withRouteTable(TransitRouterRouteTable table) {
    Checks.required(table, "table (TransitRouterRouteTable)");
    return copy(touching(table.transitRouterId()), serviceOpen, routers, tables.plus(table.id(), table), attachments, entries, routerByCenRegion,
        routersByCen, put(tablesByRouter, table.transitRouterId(), table.id(), Boolean.TRUE), attachmentsByRouter,
        attachmentsByInstance, entriesByOwner);
  }

  /** Without the route table. */
  public TransitRouterState withoutRouteTable(TransitRouterRouteTableId id) {
    Checks.required(id, "id (TransitRouterRouteTableId)");
    TransitRouterRouteTable table = tables.get(id);
    if (table == null) {
      return this;
    }
    return copy(touching(table.transitRouterId()), serviceOpen, routers, tables.minus(id), attachments, entries, routerByCenRegion, routersByCen,
        remove(tablesByRouter, table.transitRouterId(), id), attachmentsByRouter, attachmentsByInstance,
        entriesByOwner);
  }

  /** With the connection added or replaced (its routers and instance never change). */
  public TransitRouterState withAttachment(TransitRouterAttachment a) {
    Checks.required(a, "a (TransitRouterAttachment)");
    PSortedMap<TransitRouterId, PSortedMap<TransitRouterAttachmentId, Boolean>> byRouter = attachmentsByRouter;
    for (TransitRouterId r : a.routers()) {
      byRouter = put(byRouter, r, a.id(), Boolean.TRUE);
    }
    PSortedMap<String, PSortedMap<TransitRouterAttachmentId, Boolean>> byInstance =
        a.isPeer() ? attachmentsByInstance : put(attachmentsByInstance, a.resourceId(), a.id(), Boolean.TRUE);
    return copy(log.plus(a.cenId().value()), serviceOpen, routers, tables, attachments.plus(a.id(), a), entries, routerByCenRegion, routersByCen,
        tablesByRouter, byRouter, byInstance, entriesByOwner);
  }

  /** Without the connection (its associations, propagations and entries must be gone already). */
  public TransitRouterState withoutAttachment(TransitRouterAttachmentId id) {
    Checks.required(id, "id (TransitRouterAttachmentId)");
    TransitRouterAttachment a = attachments.get(id);
    if (a == null) {
      return this;
    }
    PSortedMap<TransitRouterId, PSortedMap<TransitRouterAttachmentId, Boolean>> byRouter = attachmentsByRouter;
    for (TransitRouterId r : a.routers()) {
      byRouter = remove(byRouter, r, id);
    }
    PSortedMap<String, PSortedMap<TransitRouterAttachmentId, Boolean>> byInstance =
        a.isPeer() ? attachmentsByInstance : remove(attachmentsByInstance, a.resourceId(), id);
    return copy(log.plus(a.cenId().value()), serviceOpen, routers, tables, attachments.minus(id), entries, routerByCenRegion, routersByCen,
        tablesByRouter, byRouter, byInstance, entriesByOwner);
  }

  /** With the association added (replacing the connection's earlier one on that router). */
  public TransitRouterState withAssociation(TransitRouterRouteTableAssociation as) {
    Checks.required(as, "as (TransitRouterRouteTableAssociation)");
    TransitRouterState s = withoutAssociation(as.transitRouterId(), as.attachmentId());
    return new TransitRouterState(serviceOpen, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance,
        s.associations.plus(key(as.transitRouterId(), as.attachmentId()), as),
        put(s.associationsByTable, as.routeTableId(), as.attachmentId(), as), propagationsByTable,
        propagationsByAttachment, entriesByOwner, touching(as.transitRouterId()));
  }

  /** Without the association of the connection on that router. */
  public TransitRouterState withoutAssociation(TransitRouterId router, TransitRouterAttachmentId attachment) {
    Checks.required(router, "router (TransitRouterId)");
    Checks.required(attachment, "attachment (TransitRouterAttachmentId)");
    TransitRouterRouteTableAssociation as = associations.get(key(router, attachment));
    if (as == null) {
      return this;
    }
    return new TransitRouterState(serviceOpen, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, associations.minus(key(router, attachment)),
        remove(associationsByTable, as.routeTableId(), attachment), propagationsByTable, propagationsByAttachment,
        entriesByOwner, touching(router));
  }

  /** With the propagation added. */
  public TransitRouterState withPropagation(TransitRouterRouteTablePropagation p) {
    Checks.required(p, "p (TransitRouterRouteTablePropagation)");
    return new TransitRouterState(serviceOpen, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, associations, associationsByTable,
        put(propagationsByTable, p.routeTableId(), p.attachmentId(), p),
        put(propagationsByAttachment, key(p.transitRouterId(), p.attachmentId()), p.routeTableId(), p),
        entriesByOwner, touching(p.transitRouterId()));
  }

  /** Without the propagation. */
  public TransitRouterState withoutPropagation(TransitRouterRouteTablePropagation p) {
    Checks.required(p, "p (TransitRouterRouteTablePropagation)");
    return new TransitRouterState(serviceOpen, routers, tables, attachments, entries, routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, associations, associationsByTable,
        remove(propagationsByTable, p.routeTableId(), p.attachmentId()),
        remove(propagationsByAttachment, key(p.transitRouterId(), p.attachmentId()), p.routeTableId()),
        entriesByOwner, touching(p.transitRouterId()));
  }

  /** With the static entry added (a stored entry always has an id). */
  public TransitRouterState withStaticEntry(TransitRouterRouteEntry e) {
    Checks.required(e, "e (TransitRouterRouteEntry)");
    TransitRouterRouteEntryId id = e.id().orElseThrow();
    PSortedMap<String, PSortedMap<TransitRouterRouteEntryId, Boolean>> owners =
        put(entriesByOwner, "table|" + e.routeTableId(), id, Boolean.TRUE);
    if (e.nextHopId().isPresent()) {
      owners = put(owners, "hop|" + e.nextHopId().get(), id, Boolean.TRUE);
    }
    return copy(touchingTable(e.routeTableId()), serviceOpen, routers, tables, attachments, entries.plus(id, e), routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, owners);
  }

  /** Without the static entry. */
  public TransitRouterState withoutStaticEntry(TransitRouterRouteEntryId id) {
    Checks.required(id, "id (TransitRouterRouteEntryId)");
    TransitRouterRouteEntry e = entries.get(id);
    if (e == null) {
      return this;
    }
    PSortedMap<String, PSortedMap<TransitRouterRouteEntryId, Boolean>> owners =
        remove(entriesByOwner, "table|" + e.routeTableId(), id);
    if (e.nextHopId().isPresent()) {
      owners = remove(owners, "hop|" + e.nextHopId().get(), id);
    }
    return copy(touchingTable(e.routeTableId()), serviceOpen, routers, tables, attachments, entries.minus(id), routerByCenRegion, routersByCen,
        tablesByRouter, attachmentsByRouter, attachmentsByInstance, owners);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TransitRouterState)) {
      return false;
    }
    TransitRouterState s = (TransitRouterState) o;
    return s.serviceOpen == serviceOpen
        && s.routers.equals(routers)
        && s.tables.equals(tables)
        && s.attachments.equals(attachments)
        && s.entries.equals(entries)
        && s.associations.equals(associations)
        && s.propagationsByTable.equals(propagationsByTable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(serviceOpen, routers, tables, attachments, entries, associations, propagationsByTable);
  }
}
