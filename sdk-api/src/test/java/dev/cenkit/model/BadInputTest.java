package dev.cenkit.model;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.InvalidParameterException;
import dev.cenkit.error.NotModeledException;
import dev.cenkit.model.cen.BandwidthPackageId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.NextHopType;
import dev.cenkit.model.vpc.RouteTableId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.SetCenInterRegionBandwidthLimitRequest;
import dev.cenkit.spi.vpc.CreateRouteEntryRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input anywhere in the public API gives a typed error with a clear code, never a raw library exception. */
class BadInputTest {

  private static CenkitException typed(ThrowingCallable call, String code) {
    Throwable t = catchThrowable(call);
    assertThat(t).as("a typed cenkit error").isInstanceOf(CenkitException.class);
    CenkitException e = (CenkitException) t;
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.getMessage()).isNotBlank();
    return e;
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/33", "300.1.1.0/24", "abc", "10.0.0.0", "10.0.0.1/8", "10.0.0.0/-1", "10.0.0.0/24/1"})
  void malformedCidrBlocksAreRejected(String text) {
    typed(() -> Cidr.of(text), "InvalidCidrBlock.Malformed");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).cidr(text), "InvalidCidrBlock.Malformed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::1/128", "2408:4000::/32", "fd00::/8", " 2001:db8::/64 "})
  void ipv6DestinationsAreNotModelledRatherThanMalformed(String text) {
    CenkitException e = typed(() -> Cidr.of(text), "cenkit.NotModeled");
    assertThat(e).isInstanceOf(NotModeledException.class);
    assertThat(e.getMessage()).contains(text).contains("IPv4");
  }

  @Test
  void ipv6AddressesAreNotModelledRatherThanMalformed() {
    typed(() -> Ipv4Address.of("2001:db8::1"), "cenkit.NotModeled");
    typed(() -> Cidr.ofHostOrBlock("2001:db8::1"), "cenkit.NotModeled");
    typed(() -> Ipv4Address.of("10.0.0.256"), "InvalidParameter");
  }

  @Test
  void nullOrEmptyCidrBlocksAreMissingParameters() {
    typed(() -> Cidr.of((String) null), "MissingParameter");
    typed(() -> Cidr.of((Ipv4Address) null), "MissingParameter");
    typed(() -> Cidr.of(""), "MissingParameter");
    typed(() -> Cidr.of("   "), "MissingParameter");
  }

  @Test
  void unknownRegionsAreRejected() {
    typed(() -> RegionId.of("mars-north-1"), "InvalidRegionId.NotFound");
    typed(() -> RegionId.of("CN-HANGZHOU"), "InvalidRegionId.NotFound");
    typed(() -> RegionId.of("ap-south-1").area(), "InvalidRegionId.AreaUnknown");
    typed(() -> RegionId.of(null), "MissingParameter");
    typed(() -> RegionId.of(""), "MissingParameter");
    typed(() -> Cenkit.vpc(null), "MissingParameter");
  }

  @Test
  void nullEmptyAndMalformedNamesAreRejected() {
    typed(() -> Cenkit.vpc(CN_HANGZHOU).named(null), "MissingParameter");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).named(""), "MissingParameter");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).named("http://vpc"), "InvalidName.Malformed");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).named(" padded "), "InvalidName.Malformed");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).named("n".repeat(129)), "InvalidName.Malformed");
    typed(() -> Cenkit.cen().named(null), "MissingParameter");
    typed(() -> Cenkit.cen().named("https://mesh"), "InvalidName.Malformed");
    typed(() -> Cenkit.cen().description("d".repeat(257)), "InvalidDescription.Malformed");
    typed(() -> Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).named(""), "MissingParameter");
    typed(() -> Cenkit.vpc(CN_HANGZHOU).cidr("10.0.0.0/16").vSwitch("cn-hangzhou-h", "10.0.1.0/24", "http://x"), "InvalidName.Malformed");
  }

  @Test
  void zeroOrNegativeBandwidthIsRejected() {
    typed(() -> Bandwidth.ofMbps(0), "InvalidParameter");
    typed(() -> Bandwidth.ofMbps(-1), "InvalidParameter");
    typed(() -> Bandwidth.ofKbps(0), "InvalidParameter");
    typed(() -> Cenkit.bandwidthPlan(0), "ParameterIllegal.Bandwidth");
    typed(() -> Cenkit.bandwidthPlan(-2), "ParameterIllegal.Bandwidth");
    typed(() -> Cenkit.bandwidthPlan(10001), "ParameterIllegal.Bandwidth");
    typed(() -> Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 0), "ParameterIllegal.BandwidthLimit");
    typed(() -> Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, -3), "ParameterIllegal.BandwidthLimit");
    typed(() -> Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_HANGZHOU, 1), "ParameterIllegal.OppositeRegionId");
    typed(() -> Cenkit.bandwidthPlan(2).between(null, Area.CHINA), "MissingParameter");
    typed(
        () -> SetCenInterRegionBandwidthLimitRequest.builder()
            .cenId(CenId.of("cen-abc")).localRegion(CN_HANGZHOU).oppositeRegion(CN_BEIJING).bandwidthLimit(-1).build(),
        "ParameterIllegal.BandwidthLimit");
  }

  @Test
  void idsOfTheWrongKindAreRejected() {
    typed(() -> VpcId.of("vbr-bp1jcg5cmxjbl9xgc"), "InvalidParameter.ResourceId");
    typed(() -> CenId.of("vpc-bp18sth14qii3pnvx"), "InvalidParameter.ResourceId");
    typed(() -> BandwidthPackageId.of("cen-7qthudw0ll6jmc2wv"), "InvalidParameter.ResourceId");
    typed(() -> RouteTableId.of("VTB-UPPER"), "InvalidParameter.ResourceId");
    typed(() -> VpcId.of(null), "MissingParameter");
    typed(() -> VpcId.of(""), "MissingParameter");
    CenkitException e = typed(() -> VpcId.of("vbr-bp1jcg5cmxjbl9xgc"), "InvalidParameter.ResourceId");
    assertThat(e.getMessage()).contains("VPC").contains("vbr-bp1jcg5cmxjbl9xgc");
  }

  @Test
  void unknownEnumValuesAreRejected() {
    typed(() -> Area.of("Mars"), "ParameterIllegal.GeographicRegionId");
    typed(() -> NextHopType.of("instance"), "InvalidNextHopType.Malformed");
    typed(() -> NextHopType.of(null), "MissingParameter");
    typed(() -> ChildInstanceType.of("ECS"), "ParameterIllegal.ChildInstanceType");
  }

  @Test
  void missingRequestParametersAreTypedErrors() {
    Throwable missing = catchThrowable(() -> CreateVpcRequest.builder().build());
    assertThat(missing).isInstanceOf(InvalidParameterException.class);
    assertThat(((CenkitException) missing).code()).isEqualTo("MissingParameter");
    typed(() -> CreateVpcRequest.builder().region(null), "MissingParameter");
    typed(() -> AttachCenChildInstanceRequest.builder().cenId(CenId.of("cen-a")).build(), "MissingParameter");
    typed(
        () -> CreateRouteEntryRequest.builder()
            .routeTableId(RouteTableId.of("vtb-a")).destinationCidrBlock(Cidr.of("0.0.0.0/0")).nextHopId("").build(),
        "MissingParameter");
    typed(() -> Cenkit.cen().attachNew((dev.cenkit.dsl.VpcSpec) null), "MissingParameter");
    typed(() -> Cenkit.cen().bandwidth(null), "MissingParameter");
  }
}
