package dev.cenkit.inmemory;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad input given to the cloud is rejected with a typed error and changes nothing. */
class BadInputThroughTheCloudTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
  private final CenId cen = Fixtures.cen(cloud);

  @Test
  void aVbrIdWhereAVpcIdIsExpectedIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(VpcId.of("vbr-bp1jcg5cmxjbl9xgc")).childInstanceRegion(CN_HANGZHOU)),
        "InvalidParameter.ResourceId");
    assertRejected(cloud, () -> cloud.deleteVpc(VpcId.of("vbr-bp1jcg5cmxjbl9xgc")), "InvalidParameter.ResourceId");
  }

  @Test
  void nullsAreMissingParameters() {
    assertRejected(cloud, () -> cloud.createVpc((CreateVpcRequest) null), "MissingParameter");
    assertRejected(cloud, () -> cloud.createVpc((Consumer<CreateVpcRequest.Builder>) null), "MissingParameter");
    assertRejected(cloud, () -> cloud.createVpc(b -> {}), "MissingParameter");
    assertRejected(cloud, () -> cloud.deleteVpc(null), "MissingParameter");
    assertRejected(cloud, () -> cloud.deleteCen(null), "MissingParameter");
    assertRejected(cloud, () -> cloud.associateCenBandwidthPackage(cen, null), "MissingParameter");
    assertRejected(cloud, () -> cloud.describeCenRouteEntries(null), "MissingParameter");
    assertRejected(cloud, () -> cloud.describeVSwitches(null), "MissingParameter");
    assertRejected(cloud, () -> cloud.apply(null), "MissingParameter");
    assertRejected(cloud, () -> cloud.execute(null), "MissingParameter");
  }

  @Test
  void malformedCidrsAndRegionsInRequestsAreRejected() {
    assertRejected(cloud, () -> cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.0.0.0/33"))), "InvalidCidrBlock.Malformed");
    assertRejected(cloud, () -> cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("abc"))), "InvalidCidrBlock.Malformed");
    assertRejected(cloud, () -> cloud.createVpc(b -> b.region(dev.cenkit.model.RegionId.of("atlantis-1")).cidrBlock(Cidr.of("10.0.0.0/8"))), "InvalidRegionId.NotFound");
    assertRejected(cloud, () -> cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("").cidrBlock(Cidr.of("172.16.1.0/24"))), "MissingParameter");
  }

  @Test
  void zeroOrNegativeBandwidthInRequestsIsRejected() {
    assertRejected(
        cloud,
        () -> cloud.createCenBandwidthPackage(b -> b.bandwidth(0).geographicRegionA(dev.cenkit.model.Area.CHINA).geographicRegionB(dev.cenkit.model.Area.CHINA)),
        "ParameterIllegal.Bandwidth");
    assertRejected(
        cloud,
        () -> cloud.setCenInterRegionBandwidthLimit(b -> b.cenId(cen).localRegion(CN_HANGZHOU).oppositeRegion(dev.cenkit.model.RegionId.CN_BEIJING).bandwidthLimit(-2)),
        "ParameterIllegal.BandwidthLimit");
  }
}
