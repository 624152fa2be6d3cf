package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.RouterInterfaceSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.PhysicalConnectionStatus;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.RouterInterfaceStatus;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.expressconnect.VbrNextHopType;
import dev.cenkit.model.expressconnect.VbrStatus;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.ExpressConnectView;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 3 start in a data center: connect one through a CEN, and another through router interfaces. */
class ExpressConnectEndToEndTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final DataCenterSpec hzIdc =
      Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5").resolvesCloudDomains();
  private final ExpressConnectSpec hzLine =
      Cenkit.circuit()
          .in(CN_HANGZHOU)
          .named("hz-line")
          .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
          .routesToNew(hzIdc)
          .dataCenterRoute("172.16.0.0/16")
          .dataCenterRoute("100.104.254.0/26");

  @Test
  void aDataCenterReachesAVpcThroughAVbrAttachedToTheSameCen() {
    CenSpec cen = hzLine.attachedTo(Cenkit.cen().named("api-mesh").attachNew(vpc1));

    ApplyResult result = cloud.apply(cen);

    ExpressConnectView ec = result.snapshot().expressConnect();
    CenId cenId = result.id(cen.ref());
    Vbr vbr = ec.vbr(result.id(hzLine.ref())).orElseThrow();
    PhysicalConnection circuit = ec.physicalConnection(vbr.physicalConnectionId()).orElseThrow();
    DataCenter idc = ec.dataCenterOf(vbr.id()).orElseThrow();
    VpcId vpcId = result.id(vpc1.ref());

    assertThat(circuit.status()).isEqualTo(PhysicalConnectionStatus.ENABLED);
    assertThat(circuit.name()).contains("hz-line");
    assertThat(vbr.status()).isEqualTo(VbrStatus.ACTIVE);
    assertThat(vbr.vlanId()).isEqualTo(100);
    assertThat(vbr.peeringSubnet()).isEqualTo(Cidr.of("10.0.0.0/30"));
    // R25, D10: the VBR's static routes to the data center's prefixes, next hop the circuit, are advertised
    assertThat(vbr.dataCenterRoutes()).singleElement().satisfies(e -> {
      assertThat(e.destination()).isEqualTo(Cidr.of("192.168.0.0/16"));
      assertThat(e.nextHopType()).isEqualTo(VbrNextHopType.PHYSICAL_CONNECTION);
      assertThat(e.nextHopId()).isEqualTo(circuit.id().value());
    });
    assertThat(idc.name()).isEqualTo("hz-idc");
    assertThat(idc.host("backend")).contains(Ipv4Address.of("192.168.10.5"));
    assertThat(idc.resolvesCloudDomains()).isTrue();
    assertThat(idc.routes())
        .extracting(r -> r.destination().toString())
        .containsExactly("172.16.0.0/16", "100.104.254.0/26");
    assertThat(idc.routes()).allSatisfy(r -> assertThat(r.vbrId()).isEqualTo(vbr.id()));
    assertThat(result.snapshot().cen().attachmentsOf(cenId))
        .extracting(a -> a.childInstanceId().value())
        .containsExactlyInAnyOrder(vpcId.value(), vbr.id().value());

    // scenario 3: the API Gateway egress range reaches the data center's return path through VPC-1
    cloud.resolveAndRouteServiceInCen(
        b -> b.cenId(cenId).host("100.104.254.0/26").hostRegion(CN_HANGZHOU).hostVpcId(vpcId)
            .accessRegionIds(List.of(vbr.region())));
    assertThat(cloud.describeRouteServicesInCen(cenId)).singleElement()
        .satisfies(r -> assertThat(r.hostVpcId()).isEqualTo(vpcId));
  }

  @Test
  void d10ADataCenterDefaultRouteLessSpecificThanItsOwnPrefixIsAcceptedAndLongestPrefixDecides() {
    ExpressConnectSpec line =
        Cenkit.circuit()
            .in(CN_HANGZHOU)
            .named("hz-line")
            .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
            .routesToNew(hzIdc)
            .dataCenterRoute("0.0.0.0/0");
    CenSpec cen = line.attachedTo(Cenkit.cen().named("mesh").attachNew(vpc1));

    ApplyResult result = cloud.apply(cen);

    Vbr vbr = result.snapshot().expressConnect().vbr(result.id(line.ref())).orElseThrow();
    DataCenter idc = result.snapshot().expressConnect().dataCenterOf(vbr.id()).orElseThrow();
    assertThat(idc.routes()).extracting(r -> r.destination().toString()).containsExactly("0.0.0.0/0");
    DataCenterHost backend = DataCenterHost.of(idc.id(), "192.168.10.5");
    VpcHost host = VpcHost.of(result.id(vpc1.ref()), "172.16.1.10");
    ReachabilityAnswer out = cloud.reachability().network(backend, host, 443);
    assertThat(out.verdict()).as(out.explain()).isEqualTo(Verdict.REACHABLE);
    ReachabilityAnswer in = cloud.reachability().network(host, backend, 443);
    assertThat(in.verdict()).as(in.explain()).isEqualTo(Verdict.REACHABLE);
    // a route inside the data center's own prefix stays refused
    assertRejected(
        cloud,
        () -> cloud.createDataCenterRoute(b -> b.dataCenterId(idc.id()).destination(Cidr.of("192.168.4.0/24")).vbrId(vbr.id())),
        "InvalidParameter",
        RuleId.D10);
  }

  @Test
  void anotherDataCenterReachesAVpcThroughRouterInterfacesAndNeitherEndCanThenJoinACen() {
    VpcSpec vpc2 = Cenkit.vpc(CN_SHANGHAI).named("VPC-2").cidr("10.8.0.0/16").vSwitch("cn-shanghai-b", "10.8.1.0/24");
    ExpressConnectSpec shLine =
        Cenkit.circuit()
            .in(CN_SHANGHAI)
            .accessPoint("ap-cn-shanghai-nt-A")
            .vbr(Cenkit.vbr(200).localIp("10.1.0.1").peerIp("10.1.0.2").mask("255.255.255.252"))
            .routesToNew(Cenkit.dataCenter("sh-idc").prefix("192.170.0.0/16"))
            .dataCenterRoute("10.8.0.0/16");
    RouterInterfaceSpec ris = Cenkit.routerInterfaces(shLine, vpc2).routing("10.8.0.0/16");

    ApplyResult result = cloud.apply(ris);

    ExpressConnectView ec = result.snapshot().expressConnect();
    Vbr vbr = ec.vbr(result.id(shLine.ref())).orElseThrow();
    VpcId vpcId = result.id(vpc2.ref());
    RouterInterface initiator = result.resultOf(ris);
    assertThat(initiator.status()).isEqualTo(RouterInterfaceStatus.ACTIVE);
    assertThat(initiator.routerId().value()).isEqualTo(vbr.id().value());
    assertThat(initiator.oppositeRouterId().value()).isEqualTo(vpcId.value());
    RouterInterface acceptor = ec.routerInterface(initiator.oppositeInterfaceId().orElseThrow()).orElseThrow();
    assertThat(acceptor.status()).isEqualTo(RouterInterfaceStatus.ACTIVE);
    assertThat(acceptor.routerId().value()).isEqualTo(vpcId.value());
    assertThat(vbr.routeEntries())
        .extracting(e -> e.destination() + " via " + e.nextHopType() + " advertised=" + e.advertisedToCen())
        .containsExactly(
            "192.170.0.0/16 via PhysicalConnection advertised=true",
            "10.8.0.0/16 via RouterInterface advertised=false");
    assertThat(ec.dataCenterOf(vbr.id()).orElseThrow().routes()).singleElement()
        .satisfies(r -> assertThat(r.destination()).isEqualTo(Cidr.of("10.8.0.0/16")));

    // R7: now neither the VPC nor the VBR can join a CEN
    CenId cen = cloud.createCen(b -> {}).id();
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(vpcId).childInstanceRegion(CN_SHANGHAI)),
        "InvalidOperation.ChildInstanceRIAlreadyExist",
        RuleId.R7);
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(vbr.id()).childInstanceRegion(CN_SHANGHAI)),
        "InvalidOperation.ChildInstanceRIAlreadyExist",
        RuleId.R7);
  }

  @Test
  void r44ASpecWithAMalformedVlanCreatesNothing() {
    ExpressConnectSpec bad =
        Cenkit.circuit()
            .in(CN_HANGZHOU)
            .vbr(Cenkit.vbr(3000).localIp("10.0.0.1").peerIp("10.0.0.2"))
            .routesToNew(hzIdc);

    var e = assertRejected(cloud, () -> cloud.apply(bad), "InvalidVlanId.Malformed", RuleId.R44);

    assertThat(e.failedStep()).hasValueSatisfying(s -> assertThat(s.operation()).startsWith("CreateVirtualBorderRouter"));
    assertThat(cloud.snapshot().expressConnect().dataCenters()).isEmpty();
    assertThat(cloud.snapshot().expressConnect().physicalConnections()).isEmpty();
  }

  @Test
  void d10ASpecWithADataCenterPrefixInside100_64Slash10CreatesNothing() {
    ExpressConnectSpec bad =
        Cenkit.circuit()
            .in(CN_HANGZHOU)
            .vbr(Cenkit.vbr(10).localIp("10.0.0.1").peerIp("10.0.0.2"))
            .routesToNew(Cenkit.dataCenter("odd").prefix("100.64.0.0/16"));

    assertRejected(cloud, () -> cloud.apply(bad), "InvalidDataCenterPrefix.Reserved", RuleId.D10);
  }

  @Test
  void r45ASpecWithAMaskOutsideSlash24ToSlash30IsRejected() {
    ExpressConnectSpec bad =
        Cenkit.circuit()
            .in(CN_HANGZHOU)
            .vbr(Cenkit.vbr(10).localIp("10.0.0.1").peerIp("10.0.0.2").mask(31))
            .routesToNew(hzIdc);

    assertRejected(cloud, () -> cloud.apply(bad), "InvalidPeeringSubnetMask.Malformed", RuleId.R45);
  }

  @Test
  void aSpecCanUseAnExistingDataCenterAndTheCenSpecAttachesTheVbrGenerically() {
    DataCenter idc = cloud.create(hzIdc);
    ExpressConnectSpec line =
        Cenkit.circuit().in(CN_HANGZHOU).vbr(Cenkit.vbr(5).localIp("10.0.0.1").peerIp("10.0.0.2")).routesToExisting(idc);
    CenSpec cen = Cenkit.cen().attachNew(line, line.ref(), line.region());

    ApplyResult result = cloud.apply(cen);

    Vbr vbr = result.snapshot().expressConnect().vbr(result.id(line.ref())).orElseThrow();
    assertThat(result.snapshot().expressConnect().dataCenterOf(vbr.id())).map(DataCenter::id).contains(idc.id());
    assertThat(result.snapshot().cen().attachmentOf(vbr.id())).isPresent();
    assertThat(vbr.routeEntries()).extracting(e -> e.destination().toString()).containsExactly("192.168.0.0/16");
  }
}
