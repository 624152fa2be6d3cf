package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceRole;
import dev.cenkit.model.expressconnect.RouterInterfaceStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.Vpc;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterInterfaceTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vbr vbr = Fixtures.vbr(cloud);
  private final Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");

  private RouterInterface create(
      InMemoryCloud c, NetworkInstanceId router, RouterInterfaceRole role, NetworkInstanceId opposite,
      Optional<RouterInterface> oppositeInterface) {
    return c.createRouterInterface(
        b ->
            b.region(CN_HANGZHOU)
                .routerId(router)
                .role(role)
                .oppositeRouterId(opposite)
                .oppositeRegion(CN_HANGZHOU)
                .oppositeInterfaceId(oppositeInterface.map(RouterInterface::id)));
  }

  private RouterInterface pair() {
    RouterInterface acceptor = create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty());
    RouterInterface initiator =
        create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.of(acceptor));
    return cloud.connectRouterInterface(b -> b.routerInterfaceId(initiator.id()));
  }

  @Test
  void r47AVbrInitiatesAPairWithAVpcAndBothEndsBecomeActive() {
    RouterInterface initiator = pair();

    assertThat(initiator.id().value()).startsWith("ri-");
    assertThat(initiator.status()).isEqualTo(RouterInterfaceStatus.ACTIVE);
    assertThat(initiator.routerType()).isEqualTo("VBR");
    RouterInterface acceptor =
        cloud.snapshot().expressConnect().routerInterface(initiator.oppositeInterfaceId().orElseThrow()).orElseThrow();
    assertThat(acceptor.routerType()).isEqualTo("VRouter");
    assertThat(acceptor.status()).isEqualTo(RouterInterfaceStatus.ACTIVE);
    assertThat(acceptor.oppositeInterfaceId()).contains(initiator.id());
    assertThat(cloud.snapshot().expressConnect().usesRouterInterfaces(vpc.id())).isTrue();
    assertThat(cloud.snapshot().expressConnect().usesRouterInterfaces(vbr.id())).isTrue();
  }

  @Test
  void r47AVbrCannotBeTheAcceptingSide() {
    assertRejected(
        cloud,
        () -> create(cloud, vbr.id(), RouterInterfaceRole.ACCEPTING_SIDE, vpc.id(), Optional.empty()),
        "OperationUnsupported.VbrAcceptingSide",
        RuleId.R47);
  }

  @Test
  void r47AVbrThatIsNotActiveCannotGetRouterInterfaces() {
    cloud.terminateVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertRejected(
        cloud,
        () -> create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.empty()),
        "IncorrectStatus.VirtualBorderRouter",
        RuleId.R47);
  }

  @Test
  void r47AtMostOnePairBetweenTwoRouters() {
    pair();
    assertRejected(
        cloud,
        () -> create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty()),
        "InvalidOperation.RouterInterfacePairExist",
        RuleId.R47);
  }

  @Test
  void r47AtMostFiveInterfacesPerRouter() {
    PhysicalConnection pc =
        cloud.snapshot().expressConnect().physicalConnection(vbr.physicalConnectionId()).orElseThrow();
    for (int i = 1; i <= 5; i++) {
      Vbr other = Fixtures.vbr(cloud, pc, 100 + i);
      create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, other.id(), Optional.empty());
    }
    assertThat(cloud.snapshot().expressConnect().routerInterfacesOn(vpc.id())).hasSize(5);
    assertRejected(
        cloud,
        () -> create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty()),
        "QuotaExceeded.RouterInterface",
        RuleId.R47);
  }

  @Test
  void r47TheQuotaIsConfigurable() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().routerInterfacesPerRouter(1).build()).build();
    Vbr v = Fixtures.vbr(small);
    Vpc a = Fixtures.vpc(small, CN_HANGZHOU, "172.16.0.0/16");
    Vpc b = Fixtures.vpc(small, CN_HANGZHOU, "172.17.0.0/16");
    create(small, v.id(), RouterInterfaceRole.INITIATING_SIDE, a.id(), Optional.empty());
    assertRejected(
        small,
        () -> create(small, v.id(), RouterInterfaceRole.INITIATING_SIDE, b.id(), Optional.empty()),
        "QuotaExceeded.RouterInterface",
        RuleId.R47);
  }

  @Test
  void r47ConnectingAnAcceptingSideOrAMismatchedPairIsRejected() {
    RouterInterface acceptor = create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty());
    assertRejected(
        cloud,
        () -> cloud.connectRouterInterface(b -> b.routerInterfaceId(acceptor.id())),
        "IncorrectStatus.RouterInterface",
        RuleId.R47);
    Vpc other = Fixtures.vpc(cloud, CN_HANGZHOU, "172.17.0.0/16");
    RouterInterface wrong =
        create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, other.id(), Optional.of(acceptor));
    assertRejected(
        cloud,
        () -> cloud.connectRouterInterface(b -> b.routerInterfaceId(wrong.id())),
        "IncorrectStatus.RouterInterface",
        RuleId.R47);
  }

  @Test
  void r47ConnectingAnInitiatorWhoseOppositeInterfaceIsNotSetIsRejectedWithNotSet() {
    create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty());
    RouterInterface initiator = create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.empty());
    CenkitException e =
        assertRejected(
            cloud,
            () -> cloud.connectRouterInterface(b -> b.routerInterfaceId(initiator.id())),
            "IncorrectOppositeInterfaceInfo.NotSet",
            RuleId.R47);
    assertThat(e.getMessage()).contains(initiator.id().value());
  }

  @Test
  void r7AVpcAttachedToACenCannotGetRouterInterfaces() {
    CenInstance cen = Fixtures.cen(cloud);
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vpc.id()).childInstanceRegion(CN_HANGZHOU));
    assertRejected(
        cloud,
        () -> create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.empty()),
        "InvalidOperation.InstanceAttachedToCen",
        RuleId.R7);
  }

  @Test
  void r7AVbrAttachedToACenCannotGetRouterInterfaces() {
    CenInstance cen = Fixtures.cen(cloud);
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU));
    assertRejected(
        cloud,
        () -> create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.empty()),
        "InvalidOperation.InstanceAttachedToCen",
        RuleId.R7);
  }

  @Test
  void r7AVpcWithRouterInterfacesCannotBeAttachedToACen() {
    pair();
    CenInstance cen = Fixtures.cen(cloud);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vpc.id()).childInstanceRegion(CN_HANGZHOU)),
        "InvalidOperation.ChildInstanceRIAlreadyExist",
        RuleId.R7);
  }

  @Test
  void r7AVbrWithRouterInterfacesCannotBeAttachedToACen() {
    create(cloud, vbr.id(), RouterInterfaceRole.INITIATING_SIDE, vpc.id(), Optional.empty());
    CenInstance cen = Fixtures.cen(cloud);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU)),
        "InvalidOperation.ChildInstanceRIAlreadyExist",
        RuleId.R7);
  }

  @Test
  void r46AVbrWithRouterInterfacesCannotBeDeletedUntilTheyAreGone() {
    RouterInterface initiator = pair();
    assertRejected(
        cloud,
        () -> cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id())),
        "DependencyViolation.RouterInterface",
        RuleId.R46);

    cloud.createVbrRouteEntry(
        b -> b.vbrId(vbr.id()).destination(Cidr.of("172.16.0.0/16"))
            .nextHopType(VbrNextHopType.ROUTER_INTERFACE).nextHopId(initiator.id().value()));
    assertRejected(
        cloud,
        () -> cloud.deleteRouterInterface(b -> b.routerInterfaceId(initiator.id())),
        "DependencyViolation.RouterInterfaceReferedByRouteEntry");

    cloud.deleteVbrRouteEntry(b -> b.vbrId(vbr.id()).destination(Cidr.of("172.16.0.0/16")));
    cloud.deleteRouterInterface(b -> b.routerInterfaceId(initiator.id()));
    RouterInterface acceptor = cloud.snapshot().expressConnect().routerInterfacesOn(vpc.id()).get(0);
    assertThat(acceptor.status()).isEqualTo(RouterInterfaceStatus.IDLE);
    assertThat(acceptor.oppositeInterfaceId()).isEmpty();
    cloud.deleteRouterInterface(b -> b.routerInterfaceId(acceptor.id()));
    cloud.deleteVirtualBorderRouter(b -> b.vbrId(vbr.id()));
    assertThat(cloud.snapshot().expressConnect().vbrs()).isEmpty();
  }

  @Test
  void r46ARouterInterfaceThatAVpcRouteUsesCannotBeDeletedUntilTheRouteIsGone() {
    RouterInterface initiator = pair();
    RouterInterface acceptor = cloud.snapshot().expressConnect().routerInterfacesOn(vpc.id()).get(0);
    RouteEntry route =
        cloud.createRouteEntry(
            b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("192.168.0.0/16"))
                .nextHopType(NextHopType.ROUTER_INTERFACE).nextHopId(acceptor.id().value()));

    CenkitException e =
        assertRejected(
            cloud,
            () -> cloud.deleteRouterInterface(b -> b.routerInterfaceId(acceptor.id())),
            "DependencyViolation.RouterInterfaceReferedByRouteEntry",
            RuleId.R46);
    assertThat(e.getMessage()).contains(route.id().value()).contains(acceptor.id().value());

    cloud.deleteRouteEntry(route.id());
    cloud.deleteRouterInterface(b -> b.routerInterfaceId(acceptor.id()));
    assertThat(cloud.snapshot().expressConnect().routerInterfacesOn(vpc.id())).isEmpty();
    assertThat(cloud.snapshot().expressConnect().routerInterface(initiator.id()).orElseThrow().status())
        .isEqualTo(RouterInterfaceStatus.IDLE);
  }

  @Test
  void aVbrRouteOverARouterInterfaceOfAnotherRouterIsRejected() {
    RouterInterface acceptor = create(cloud, vpc.id(), RouterInterfaceRole.ACCEPTING_SIDE, vbr.id(), Optional.empty());
    assertRejected(
        cloud,
        () -> cloud.createVbrRouteEntry(
            b -> b.vbrId(vbr.id()).destination(Cidr.of("172.16.0.0/16"))
                .nextHopType(VbrNextHopType.ROUTER_INTERFACE).nextHopId(acceptor.id().value())),
        "InvalidNextHop.NotInVpc",
        RuleId.D10);
  }
}
