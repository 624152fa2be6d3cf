package dev.cenkit.inmemory.scenarios;

import static dev.cenkit.model.RegionId.CN_SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.RouterInterfaceSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import org.junit.jupiter.api.Test;

/** A data center connected to a VPC by router interfaces instead of a CEN (R47). */
class RouterInterfaceReachabilityTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc2 = Cenkit.vpc(CN_SHANGHAI).named("VPC-2").cidr("10.8.0.0/16").vSwitch("cn-shanghai-b", "10.8.1.0/24");
  private final DataCenterSpec idc = Cenkit.dataCenter("sh-idc").prefix("192.170.0.0/16");
  private final ExpressConnectSpec line =
      Cenkit.circuit().in(CN_SHANGHAI).accessPoint("ap-cn-shanghai-nt-A")
          .vbr(Cenkit.vbr(200).localIp("10.1.0.1").peerIp("10.1.0.2").mask(30))
          .routesToNew(idc)
          .dataCenterRoute("10.8.0.0/16");
  private final RouterInterfaceSpec ris = Cenkit.routerInterfaces(line, vpc2).routing("10.8.0.0/16");

  @Test
  void aVpcAndADataCenterReachEachOtherOverRouterInterfacesOnceTheVpcRoutesTheDataCenterPrefix() {
    ApplyResult r = cloud.apply(ris);
    VpcHost host = VpcHost.of(r.id(vpc2.ref()), "10.8.1.10");
    DataCenterHost machine = DataCenterHost.of(r.id(idc.ref()), "192.170.3.4");

    ReachabilityAnswer before = cloud.reachability().network(host, machine, 443);
    assertThat(before.verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(before.blockers()).anyMatch(b -> b.code() == BlockerCode.NO_ROUTE && b.component().id().equals(host.vpcId().value()));

    RouterInterface vpcSide =
        cloud.snapshot().expressConnect().routerInterfacesOn(host.vpcId()).get(0);
    Vpc vpc = cloud.snapshot().vpc().vpc(host.vpcId()).orElseThrow();
    cloud.createRouteEntry(b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("192.170.0.0/16"))
        .nextHopType(NextHopType.ROUTER_INTERFACE).nextHopId(vpcSide.id().value()));

    ReachabilityAnswer after = cloud.reachability().network(host, machine, 443);
    assertThat(after.verdict()).as(after.explain()).isEqualTo(Verdict.REACHABLE);
    assertThat(cloud.reachability().network(machine, host, 443).verdict()).isEqualTo(Verdict.REACHABLE);
  }
}
