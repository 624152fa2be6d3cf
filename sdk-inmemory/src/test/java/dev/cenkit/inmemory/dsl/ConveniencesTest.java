package dev.cenkit.inmemory.dsl;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import org.junit.jupiter.api.Test;

/** The conveniences a user reaches for (issue 10 item 5). */
class ConveniencesTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 =
      Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 =
      Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");

  @Test
  void detachingNeedsOnlyTheCenAndTheChildBecauseTheCloudKnowsTheRegion() {
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3);
    ApplyResult r = cloud.apply(cen);
    CenId cenId = r.id(cen.ref());
    VpcId vpc3Id = r.id(vpc3.ref());

    assertThat(cloud.detachCenChildInstance(cenId, vpc3Id)).hasValueSatisfying(a -> assertThat(a.childInstanceRegion()).isEqualTo(CN_BEIJING));
    assertThat(cloud.snapshot().cen().attachmentOf(vpc3Id)).isEmpty();
    // R11: detaching again is the action's no-op
    assertThat(cloud.detachCenChildInstance(cenId, vpc3Id)).isEmpty();
  }

  @Test
  void detachingFromAnUnknownCenIsTheActionsError() {
    ApplyResult r = cloud.apply(vpc1);
    assertThatThrownBy(() -> cloud.detachCenChildInstance(CenId.of("cen-doesnotexist00000000"), r.id(vpc1.ref())))
        .isInstanceOf(CenkitException.class);
  }

  @Test
  void resourcesAreFoundByName() {
    CenSpec cen = Cenkit.cen().named("api-mesh").attachNew(vpc1);
    cloud.apply(cen);

    assertThat(cloud.snapshot().vpc().vpcNamed("VPC-1")).hasValueSatisfying(v -> assertThat(v.cidrBlock().toString()).isEqualTo("172.16.0.0/16"));
    assertThat(cloud.snapshot().cen().cenNamed("api-mesh")).isPresent();
    assertThat(cloud.snapshot().vpc().vpcNamed("VPC-9")).isEmpty();
  }

  @Test
  void aNameTwoResourcesShareIsRefusedRatherThanGuessed() {
    cloud.apply(Spec.of(vpc1, Cenkit.vpc(CN_BEIJING).named("VPC-1").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24")));

    assertThatThrownBy(() -> cloud.snapshot().vpc().vpcNamed("VPC-1"))
        .isInstanceOfSatisfying(CenkitException.class, e -> {
          assertThat(e.code()).isEqualTo("InvalidParameter");
          assertThat(e.getMessage()).contains("'VPC-1'").contains("by id");
        });
  }

  @Test
  void aDataCenterHostIsNamedByItsHostName() {
    DataCenterSpec idc = Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("client", "192.168.10.5");
    cloud.apply(idc);
    DataCenter dc = cloud.snapshot().expressConnect().dataCenterNamed("hz-idc").orElseThrow();

    assertThat(DataCenterHost.of(dc, "client")).isEqualTo(DataCenterHost.of(dc.id(), "192.168.10.5"));
    assertThatThrownBy(() -> DataCenterHost.of(dc, "server"))
        .isInstanceOfSatisfying(CenkitException.class, e -> assertThat(e.getMessage()).contains("'server'").contains("client"));
  }

  @Test
  void aHostInAVSwitchTakesItsFirstUnreservedAddressOrOneInside() {
    ApplyResult r = cloud.apply(vpc1);
    VSwitch vsw = cloud.snapshot().vpc().vSwitchesOf(r.id(vpc1.ref())).get(0);

    assertThat(VpcHost.in(vsw)).isEqualTo(VpcHost.of(vsw.vpcId(), "172.16.1.1"));
    assertThat(VpcHost.in(vsw, "172.16.1.20").address()).isEqualTo(Ipv4Address.of("172.16.1.20"));
    assertThatThrownBy(() -> VpcHost.in(vsw, "172.16.2.20"))
        .isInstanceOfSatisfying(CenkitException.class, e -> assertThat(e.getMessage()).contains("172.16.2.20").contains(vsw.id().value()));
  }

  @Test
  void theGatewaysIngressAddressComesFromTheInstance() {
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h").bindToNew(vpc1);
    ApplyResult r = cloud.apply(gw);
    ApiGatewayInstance instance = cloud.snapshot().apiGateway().instance(r.id(gw.ref())).orElseThrow();   // bound by a later step

    assertThat(instance.ingressAddress()).isPresent();
    assertThat(VpcHost.ingressOf(instance))
        .hasValueSatisfying(h -> {
          assertThat(h.vpcId()).isEqualTo(r.id(vpc1.ref()));
          assertThat(h.address()).isEqualTo(instance.ingressAddress().get());
        });
    assertThat(cloud.snapshot().apiGateway().instanceNamed("api-gw")).contains(instance);
  }
}
