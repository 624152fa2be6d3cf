package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.CloudServiceRoute;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudServiceRouteTest {
  private static final String EGRESS = "100.104.254.0/26";

  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vpc vpc1 = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
  private final Vbr vbr = Fixtures.vbr(cloud);
  private final CenInstance cen = Fixtures.cen(cloud);

  CloudServiceRouteTest() {
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vpc1.id()).childInstanceRegion(CN_HANGZHOU));
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(vbr.id()).childInstanceRegion(CN_HANGZHOU));
  }

  private List<CloudServiceRoute> resolve(String host, RegionId hostRegion, Vpc vpc, RegionId... access) {
    return cloud.resolveAndRouteServiceInCen(
        b -> b.cenId(cen.id()).host(host).hostRegion(hostRegion).hostVpcId(vpc.id()).accessRegionIds(List.of(access)));
  }

  @Test
  void r31ACloudServiceRouteLetsTheVbrsOfTheRegionReachAServiceThroughTheHostVpc() {
    List<CloudServiceRoute> routes = resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU);

    assertThat(routes).singleElement().satisfies(r -> {
      assertThat(r.host()).isEqualTo(Cidr.of(EGRESS));
      assertThat(r.hostVpcId()).isEqualTo(vpc1.id());
      assertThat(r.accessRegion()).isEqualTo(vbr.region());
      assertThat(r.key()).isEqualTo(cen.id() + ":cn-hangzhou:" + EGRESS + ":cn-hangzhou");
    });
    assertThat(cloud.describeRouteServicesInCen(cen.id())).isEqualTo(routes);
    assertThat(cloud.snapshot().expressConnect().cloudServiceRoutesOf(cen.id())).isEqualTo(routes);
  }

  @Test
  void r33ASingleAddressIsTakenAsASlash32() {
    assertThat(resolve("100.100.2.136", CN_HANGZHOU, vpc1, CN_HANGZHOU).get(0).host())
        .isEqualTo(Cidr.of("100.100.2.136/32"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"172.16.1.0/24", "10.0.0.1", "100.128.0.0/16", "100.0.0.0/8"})
  void r33AHostOutside100_64Slash10IsRejected(String host) {
    assertRejected(
        cloud, () -> resolve(host, CN_HANGZHOU, vpc1, CN_HANGZHOU), "ParameterIllegal.ClouteRouteCidrNotAllow", RuleId.R33);
  }

  @ParameterizedTest
  @ValueSource(strings = {"oss-cn-hangzhou.aliyuncs.com", "100.64.0.1/8", "100.64.0.300", "not a host", "2001:db8::/32"})
  void r33AHostThatIsNotAnIpv4AddressOrBlockIsRejected(String host) {
    assertRejected(cloud, () -> resolve(host, CN_HANGZHOU, vpc1, CN_HANGZHOU), "ParameterIllegal.Host", RuleId.R33);
  }

  @Test
  void r33ADuplicateRouteIsRejected() {
    resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU);
    assertRejected(cloud, () -> resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU), "CloudRoute.Exist", RuleId.R33);
  }

  @Test
  void r33AnOverlappingRouteIsRejected() {
    resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU);
    assertRejected(
        cloud, () -> resolve("100.104.254.32/27", CN_HANGZHOU, vpc1, CN_HANGZHOU), "CloudRoute.Conflict", RuleId.R33);
    assertRejected(
        cloud, () -> resolve("100.104.0.0/16", CN_HANGZHOU, vpc1, CN_HANGZHOU), "CloudRoute.Conflict", RuleId.R33);
  }

  @Test
  void r33ANonOverlappingRouteIsAccepted() {
    resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU);
    resolve("100.104.254.64/26", CN_HANGZHOU, vpc1, CN_HANGZHOU);
    assertThat(cloud.describeRouteServicesInCen(cen.id())).hasSize(2);
  }

  @Test
  void r32AHostVpcNotAttachedToTheCenIsRejected() {
    Vpc loose = Fixtures.vpc(cloud, CN_HANGZHOU, "172.17.0.0/16");
    assertRejected(cloud, () -> resolve(EGRESS, CN_HANGZHOU, loose, CN_HANGZHOU), "CloudRoute.VpcNotAttached", RuleId.R32);
  }

  @Test
  void r32AHostVpcAttachedToAnotherCenIsRejected() {
    Vpc other = Fixtures.vpc(cloud, CN_HANGZHOU, "172.17.0.0/16");
    CenInstance otherCen = Fixtures.cen(cloud);
    cloud.attachCenChildInstance(b -> b.cenId(otherCen.id()).childInstanceId(other.id()).childInstanceRegion(CN_HANGZHOU));
    assertRejected(cloud, () -> resolve(EGRESS, CN_HANGZHOU, other, CN_HANGZHOU), "CloudRoute.VpcNotAttached", RuleId.R32);
  }

  @Test
  void r32AHostVpcOutsideTheHostRegionIsRejected() {
    Vpc beijing = Fixtures.vpc(cloud, CN_BEIJING, "10.3.0.0/16");
    cloud.attachCenChildInstance(b -> b.cenId(cen.id()).childInstanceId(beijing.id()).childInstanceRegion(CN_BEIJING));
    assertRejected(cloud, () -> resolve(EGRESS, CN_HANGZHOU, beijing, CN_HANGZHOU), "IllegalParam.RegionId", RuleId.R32);
  }

  @Test
  void r34AnAccessRegionOtherThanTheHostRegionIsRejected() {
    assertRejected(
        cloud, () -> resolve(EGRESS, CN_HANGZHOU, vpc1, CN_BEIJING), "ParameterIllegal.AccessRegionId", RuleId.R34);
    assertRejected(
        cloud,
        () -> resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU, CN_BEIJING),
        "ParameterIllegal.AccessRegionId",
        RuleId.R34);
  }

  @Test
  void r34NoAccessRegionIsRejected() {
    assertRejected(cloud, () -> resolve(EGRESS, CN_HANGZHOU, vpc1), "MissingParameter", RuleId.R34);
  }

  @Test
  void r76DeletingARouteRemovesItAndDeletingAMissingOneIsANoOp() {
    resolve(EGRESS, CN_HANGZHOU, vpc1, CN_HANGZHOU);
    assertThat(cloud.deleteRouteServiceInCen(
            b -> b.cenId(cen.id()).host(EGRESS).hostRegion(CN_HANGZHOU).accessRegion(CN_HANGZHOU)))
        .isTrue();
    assertThat(cloud.describeRouteServicesInCen(cen.id())).isEmpty();

    Snapshot before = Internals.state(cloud);
    assertThat(cloud.deleteRouteServiceInCen(
            b -> b.cenId(cen.id()).host(EGRESS).hostRegion(CN_HANGZHOU).accessRegion(CN_HANGZHOU)))
        .isFalse();
    assertThat(cloud.deleteRouteServiceInCen(
            b -> b.cenId(cen.id()).host("oss.aliyuncs.com").hostRegion(CN_HANGZHOU).accessRegion(CN_HANGZHOU)))
        .isFalse();
    assertThat(cloud.snapshot()).isSameAs(before);
  }

  @Test
  void anUnknownCenIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.resolveAndRouteServiceInCen(
            b -> b.cenId(dev.cenkit.model.cen.CenId.of("cen-doesnotexist00000")).host(EGRESS).hostRegion(CN_HANGZHOU)
                .hostVpcId(vpc1.id()).accessRegionIds(List.of(CN_HANGZHOU))),
        "ParameterCenInstanceId");
  }

  @Test
  void d2TheCloudServiceRouteQuotaIsEnforced() {
    InMemoryCloud small = InMemoryCloud.builder().quotas(Quotas.builder().cloudServiceRoutesPerCen(1).build()).build();
    Vpc v = Fixtures.vpc(small, CN_HANGZHOU, "172.16.0.0/16");
    CenInstance c = Fixtures.cen(small);
    small.attachCenChildInstance(b -> b.cenId(c.id()).childInstanceId(v.id()).childInstanceRegion(CN_HANGZHOU));
    small.resolveAndRouteServiceInCen(
        b -> b.cenId(c.id()).host(EGRESS).hostRegion(CN_HANGZHOU).hostVpcId(v.id()).accessRegionIds(List.of(CN_HANGZHOU)));
    assertRejected(
        small,
        () -> small.resolveAndRouteServiceInCen(
            b -> b.cenId(c.id()).host("100.100.0.0/24").hostRegion(CN_HANGZHOU).hostVpcId(v.id())
                .accessRegionIds(List.of(CN_HANGZHOU))),
        "QuotaExceeded.CloudRoute",
        RuleId.D2);
  }
}
