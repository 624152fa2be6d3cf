package dev.cenkit.dsl;

import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import dev.cenkit.model.tr.TransitRouterId;
import dev.cenkit.model.tr.TransitRouterNextHopType;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.model.tr.ZoneMapping;
import dev.cenkit.spi.tr.AssociateTransitRouterAttachmentWithRouteTableRequest;
import dev.cenkit.spi.tr.CreateTransitRouterPeerAttachmentRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteEntryRequest;
import dev.cenkit.spi.tr.CreateTransitRouterVpcAttachmentRequest;
import dev.cenkit.spi.tr.EnableTransitRouterRouteTablePropagationRequest;
import dev.cenkit.spi.tr.ListTransitRouterRouteTablesRequest;
import dev.cenkit.spi.tr.OpenTransitRouterServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The description of a new Enterprise Edition CEN and its transit routers, built fluently (enterprise-edition.md
 * §5):
 *
 * <pre>{@code
 * EnterpriseCenSpec mesh = Cenkit.enterpriseCen().named("api-mesh")
 *     .connect(VpcConnectionSpec.of(vpc1))
 *     .connect(VpcConnectionSpec.of(vpc3))
 *     .peer(PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING)
 *         .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2));
 * cloud.apply(mesh);
 * }</pre>
 *
 * Applied, it opens the transit router service (E2), creates the CEN, one router per region it names (E1),
 * each connection with its association and propagation (E7, E8, E9), the plans and inter-region connections,
 * and any static or blackhole entries, all as the real actions, all or nothing. The VPC specs of the
 * connections are created first. Immutable.
 */
public final class EnterpriseCenSpec implements ResourceSpec<CenInstance> {
  /**
   * The step that opens the service, one per CEN description (shared by the specs derived from it): a cloud may
   * get several Enterprise CENs, each applied on its own, and opening an open service changes nothing (E2).
   */
  private final Step<Boolean> open;

  /** The references of one region's router and its system table, and the steps that bind them. */
  private static final class Router {
    final Ref<TransitRouterId> router;
    final Ref<TransitRouterRouteTableId> system;
    final Spec steps;

    Router(Ref<CenId> cen, RegionId region, Optional<String> name) {
      this.router = Ref.pending(TransitRouterId.KIND, name.orElse(region.id()));
      this.system = Ref.pending(TransitRouterRouteTableId.KIND, "system table of " + name.orElse(region.id()));
      Ref<TransitRouterId> tr = router;
      this.steps =
          Spec.empty()
              .plus(Step.creating(tr,
                  b -> CreateTransitRouterRequest.builder().cenId(b.resolve(cen)).regionId(region)
                      .transitRouterName(name).build(),
                  TransitRouter::id))
              .plus(Step.finding(system,
                  b -> ListTransitRouterRouteTablesRequest.builder().transitRouterId(b.resolve(tr))
                      .transitRouterRouteTableType(TransitRouterRouteTableType.SYSTEM).build(),
                  tables -> tables.get(0).id()));
    }
  }

  private final CenSpec cen;
  private final Map<RegionId, Router> routers;
  private final List<SpecSource> parts;

  private EnterpriseCenSpec(Step<Boolean> open, CenSpec cen, Map<RegionId, Router> routers, List<SpecSource> parts) {
    this.open = open;
    this.cen = cen;
    this.routers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routers));
    this.parts = List.copyOf(parts);
  }

  /** Starts the description of a new Enterprise Edition CEN; {@link Cenkit#enterpriseCen()} is the same. */
  public static EnterpriseCenSpec create() {
    return new EnterpriseCenSpec(
        Step.of("open the transit router service", b -> OpenTransitRouterServiceRequest.builder().build()),
        CenSpec.create(), Map.of(), List.of());
  }

  /** The CEN's name (R4); give it before anything else refers to the CEN. */
  public EnterpriseCenSpec named(String name) {
    return new EnterpriseCenSpec(open, cen.named(name), routers, parts);
  }

  /** The CEN's description (R4). */
  public EnterpriseCenSpec description(String description) {
    return new EnterpriseCenSpec(open, cen.description(description), routers, parts);
  }

  /** Creates the router of {@code region} here (connections create the routers they need anyway). */
  public EnterpriseCenSpec router(RegionId region) {
    return withRouter(Checks.required(region, "region"), Optional.empty());
  }

  /** Creates a named router in {@code region}. */
  public EnterpriseCenSpec router(RegionId region, String name) {
    Checks.name(name, "transit router");
    return withRouter(Checks.required(region, "region"), Optional.of(name));
  }

  private EnterpriseCenSpec withRouter(RegionId region, Optional<String> name) {
    if (routers.containsKey(region)) {
      return this;
    }
    Map<RegionId, Router> more = new LinkedHashMap<>(routers);
    Router r = new Router(cen.ref(), region, name);
    more.put(region, r);
    List<SpecSource> next = new ArrayList<>(parts);
    next.add(r.steps);
    return new EnterpriseCenSpec(open, cen, more, next);
  }

  private EnterpriseCenSpec plus(SpecSource steps) {
    List<SpecSource> next = new ArrayList<>(parts);
    next.add(steps);
    return new EnterpriseCenSpec(open, cen, routers, next);
  }

  /** Connects a VPC of the spec to the router of its region, associated, propagating and auto-publishing. */
  public EnterpriseCenSpec connect(VpcSpec vpc) {
    return connect(VpcConnectionSpec.of(vpc));
  }

  /** Connects a VPC as {@code connection} describes. */
  public EnterpriseCenSpec connect(VpcConnectionSpec connection) {
    Checks.required(connection, "VPC connection");
    VpcSpec vpc = connection.vpc();
    EnterpriseCenSpec withRouter = withRouter(vpc.region(), Optional.empty());
    Router r = withRouter.routers.get(vpc.region());
    List<Integer> perZone = new ArrayList<>();
    Set<String> zones = new LinkedHashSet<>();
    for (int i = 0; i < vpc.vSwitchSteps().size(); i++) {
      if (zones.add(vpc.vSwitchZone(i))) {
        perZone.add(i);
      }
    }
    Ref<TransitRouterAttachmentId> c = connection.ref();
    Spec steps =
        Spec.of(vpc, Spec.empty().plus(Step.creating(c,
            b -> {
              CreateTransitRouterVpcAttachmentRequest.Builder req =
                  CreateTransitRouterVpcAttachmentRequest.builder()
                      .transitRouterId(b.resolve(r.router))
                      .vpcId(b.resolve(vpc.ref()))
                      .autoPublishRouteEnabled(connection.autoPublish())
                      .transitRouterAttachmentName(connection.name());
              for (int i : perZone) {
                req.addZoneMappings(ZoneMapping.of(vpc.vSwitchZone(i), b.resolve(vpc.vSwitchRef(i))));
              }
              return req.build();
            },
            TransitRouterAttachment::id)));
    steps = steps.then(routing(c, r, connection.associate(), connection.propagate()));
    return withRouter.plus(steps);
  }

  private static Spec routing(Ref<TransitRouterAttachmentId> c, Router r, boolean associate, boolean propagate) {
    Spec steps = Spec.empty();
    if (associate) {
      steps = steps.plus(Step.of("associate " + c.label() + " with " + r.system.label(),
          b -> AssociateTransitRouterAttachmentWithRouteTableRequest.builder()
              .transitRouterAttachmentId(b.resolve(c)).transitRouterRouteTableId(b.resolve(r.system)).build()));
    }
    if (propagate) {
      steps = steps.plus(Step.of("propagate " + c.label() + " into " + r.system.label(),
          b -> EnableTransitRouterRouteTablePropagationRequest.builder()
              .transitRouterAttachmentId(b.resolve(c)).transitRouterRouteTableId(b.resolve(r.system)).build()));
    }
    return steps;
  }

  /**
   * Connects the routers of two regions as {@code peer} describes: buys its plan for the CEN if it has one,
   * creates the connection, and associates and propagates it on both routers.
   */
  public EnterpriseCenSpec peer(PeerConnectionSpec peer) {
    Checks.required(peer, "inter-region connection");
    EnterpriseCenSpec s = withRouter(peer.local(), Optional.empty()).withRouter(peer.peer(), Optional.empty());
    Router a = s.routers.get(peer.local());
    Router b2 = s.routers.get(peer.peer());
    Spec steps = Spec.empty();
    Optional<Ref<BandwidthPackageId>> planRef = Optional.empty();
    if (peer.plan().isPresent()) {
      BandwidthPlanSpec.Parts plan = peer.plan().get().stepsFor(cen.ref());
      steps = steps.then(plan.setUp);
      planRef = Optional.of(plan.plan);
    }
    Optional<Ref<BandwidthPackageId>> planOf = planRef;
    Ref<TransitRouterAttachmentId> p = peer.ref();
    steps = steps.plus(Step.creating(p,
        b -> CreateTransitRouterPeerAttachmentRequest.builder()
            .transitRouterId(b.resolve(a.router))
            .peerTransitRouterId(b.resolve(b2.router))
            .peerTransitRouterRegionId(peer.peer())
            .bandwidthType(peer.type())
            .bandwidth(peer.mbps() > 0 ? Optional.of(peer.mbps()) : Optional.empty())
            .cenBandwidthPackageId(planOf.map(b::resolve))
            .build(),
        TransitRouterAttachment::id));
    steps = steps.then(routing(p, a, peer.associate(), peer.propagate()))
        .then(routing(p, b2, peer.associate(), peer.propagate()));
    return s.plus(steps);
  }

  /**
   * A static entry in the system table of {@code region}'s router: {@code destination} to a VPC connection of
   * this spec (E11). Scenario 3's return route to the gateway's egress block is one (DE1).
   */
  public EnterpriseCenSpec staticRoute(RegionId region, String destination, VpcConnectionSpec via) {
    Checks.required(via, "next hop connection");
    return entry(region, destination, Optional.of(via.ref()));
  }

  /** A blackhole entry in the system table of {@code region}'s router: packets to {@code destination} are dropped. */
  public EnterpriseCenSpec blackhole(RegionId region, String destination) {
    return entry(region, destination, Optional.empty());
  }

  private EnterpriseCenSpec entry(RegionId region, String destination, Optional<Ref<TransitRouterAttachmentId>> via) {
    Checks.required(destination, "destination CIDR block");
    EnterpriseCenSpec s = withRouter(Checks.required(region, "region"), Optional.empty());
    Router r = s.routers.get(region);
    Step<?> step = Step.of((via.isPresent() ? "route " : "blackhole ") + destination + " in " + r.system.label()
            + via.map(v -> " to " + v.label()).orElse(""),
        b -> CreateTransitRouterRouteEntryRequest.builder()
            .transitRouterRouteTableId(b.resolve(r.system))
            .transitRouterRouteEntryDestinationCidrBlock(destination)
            .transitRouterRouteEntryNextHopType(
                via.isPresent() ? TransitRouterNextHopType.ATTACHMENT : TransitRouterNextHopType.BLACK_HOLE)
            .transitRouterRouteEntryNextHopId(via.map(b::resolve))
            .build());
    return s.plus(Spec.empty().plus(step));
  }

  /** Adds further steps that run after everything described so far. */
  public EnterpriseCenSpec with(SpecSource steps) {
    return plus(Checks.required(steps, "steps"));
  }

  /** The reference to the CEN. */
  public Ref<CenId> ref() {
    return cen.ref();
  }

  /**
   * The reference to the router of {@code region}, if the spec creates one.
   */
  public Optional<Ref<TransitRouterId>> routerRef(RegionId region) {
    return Optional.ofNullable(routers.get(region)).map(r -> r.router);
  }

  /** The reference to the system table of {@code region}'s router, if the spec creates the router. */
  public Optional<Ref<TransitRouterRouteTableId>> systemTableRef(RegionId region) {
    return Optional.ofNullable(routers.get(region)).map(r -> r.system);
  }

  @Override
  public Step<CenInstance> mainStep() {
    return cen.mainStep();
  }

  /**
   * The steps: the service is opened and the CEN created first; the VPCs a connection needs are created
   * before it; the rest runs in the order it was described.
   */
  @Override
  public Spec toSpec() {
    List<SpecSource> ordered = new ArrayList<>();
    ordered.add(Spec.empty().plus(open));
    ordered.add(cen.toSpec());
    ordered.addAll(parts);
    return Spec.of(ordered);
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
