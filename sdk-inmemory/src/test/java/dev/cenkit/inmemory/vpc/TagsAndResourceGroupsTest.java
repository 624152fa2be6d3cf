package dev.cenkit.inmemory.vpc;

import static dev.cenkit.inmemory.Rejections.assertRejected;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.Fixtures;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.RouteEntry;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Issue 14 item 7: tags, resource groups and descriptions are validated (R4), kept and described. */
class TagsAndResourceGroupsTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();

  private static void refusedWith(ThrowingCallable call, String code, String named) {
    CenkitException e = catchThrowableOfType(CenkitException.class, call);
    assertThat(e).as("expected %s", code).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.rule()).contains(RuleId.R4);
    assertThat(e.getMessage()).contains(named);
  }

  @Test
  void r4TagsAndResourceGroupsSetFromTheDslAreReturnedByTheDescribes() {
    VpcSpec vpc = Cenkit.vpc(CN_HANGZHOU).named("app").tag("env", "prod").tag("team", "").resourceGroup("rg-acfmxazb4ph6aiy")
        .cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24", "web", "the web tier", Map.of("tier", "web"));
    DataCenterSpec idc = Cenkit.dataCenter("idc").prefix("192.168.0.0/24");
    ExpressConnectSpec line = Cenkit.circuit().in(CN_HANGZHOU).named("line")
        .vbr(Cenkit.vbr(100).localIp("172.31.0.1").peerIp("172.31.0.2").mask(30).tag("env", "prod").resourceGroup("rg-net"))
        .routesToNew(idc);
    CenSpec cen = Cenkit.cen().named("core").tag("owner", "netops").resourceGroup("rg-net").attachNew(vpc);
    cloud.apply(Spec.of(vpc, idc, line, cen));

    Vpc v = cloud.describeVpcs().get(0);
    assertThat(v.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("env", "prod", "team", ""));
    assertThat(v.resourceGroupId()).contains("rg-acfmxazb4ph6aiy");
    VSwitch s = cloud.describeVSwitches(v.id()).get(0);
    assertThat(s.description()).contains("the web tier");
    assertThat(s.tags()).containsEntry("tier", "web");
    CenInstance c = cloud.describeCens().get(0);
    assertThat(c.tags()).containsEntry("owner", "netops");
    assertThat(c.resourceGroupId()).contains("rg-net");
    Vbr b = cloud.describeVirtualBorderRouters().get(0);
    assertThat(b.tags()).containsEntry("env", "prod");
    assertThat(b.resourceGroupId()).contains("rg-net");
  }

  @Test
  void r4RouteEntriesAndVSwitchesCarryDescriptions() {
    Vpc vpc = Fixtures.vpc(cloud, CN_HANGZHOU, "172.16.0.0/16");
    RouteEntry route = cloud.createRouteEntry(b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("10.9.0.0/16"))
        .nextHopId("i-bp1a2b3c4d5e").description("to the batch hosts"));
    assertThat(route.description()).contains("to the batch hosts");
    assertThat(cloud.describeRouteEntryList(vpc.routeTableId())).anyMatch(r -> r.description().equals(java.util.Optional.of("to the batch hosts")));
    assertRejected(cloud, () -> cloud.createRouteEntry(b -> b.routeTableId(vpc.routeTableId()).destinationCidrBlock(Cidr.of("10.8.0.0/16"))
        .nextHopId("i-bp1a2b3c4d5e").description("http://example.com")), "InvalidDescription.Malformed", RuleId.R4);
    assertRejected(cloud, () -> cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("172.16.3.0/24"))
        .description("x".repeat(257))), "InvalidDescription.Malformed", RuleId.R4);
  }

  @Test
  void r4AtMostTwentyTagsAreAccepted() {
    Map<String, String> twenty = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      twenty.put("k" + i, "v");
    }
    Vpc vpc = cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")).tags(twenty));
    assertThat(vpc.tags()).hasSize(20);
    Map<String, String> more = new LinkedHashMap<>(twenty);
    more.put("k20", "v");
    refusedWith(() -> CreateVpcRequest.builder().region(CN_HANGZHOU).cidrBlock(Cidr.of("172.17.0.0/16")).tags(more).build(),
        "InvalidTagCount.Exceeded", "21 tags");
    refusedWith(() -> Cenkit.cen().tag("a", "1").tag("b", "2").tag("c", "3").tag("d", "4").tag("e", "5").tag("f", "6").tag("g", "7")
        .tag("h", "8").tag("i", "9").tag("j", "10").tag("k", "11").tag("l", "12").tag("m", "13").tag("n", "14").tag("o", "15")
        .tag("p", "16").tag("q", "17").tag("r", "18").tag("s", "19").tag("t", "20").tag("u", "21"), "InvalidTagCount.Exceeded", "21 tags");
  }

  @Test
  void r4TagKeysAreOneTo128CharactersWithoutReservedPrefixesOrUrls() {
    for (String bad : new String[] {"", "aliyun-owner", "ALIYUNx", "acs:env", "see http://x", "https://x", "k".repeat(129)}) {
      refusedWith(() -> Cenkit.vpc(CN_HANGZHOU).tag(bad, "v"), "InvalidTagKey.Malformed", "tag key");
    }
    assertThat(Cenkit.vpc(CN_HANGZHOU).tag("k".repeat(128), "v")).isNotNull();
    assertThat(Cenkit.vpc(CN_HANGZHOU).tag("my-aliyun", "v")).isNotNull();
  }

  @Test
  void r4TagValuesAreAtMost128CharactersWithoutReservedPrefixesOrUrls() {
    for (String bad : new String[] {"acs:prod", "aliyun", "http://x", "v".repeat(129)}) {
      refusedWith(() -> Cenkit.cen().tag("env", bad), "InvalidTagValue.Malformed", "value");
    }
    assertThat(Cenkit.cen().tag("env", "")).isNotNull();
  }

  @Test
  void r4AResourceGroupIdHasTheShapeRgAndIsRefusedOtherwiseWithoutChangingTheCloud() {
    var before = cloud.snapshot();
    for (String bad : new String[] {"group-1", "rg-", "RG-ABC", "rg-a_b"}) {
      refusedWith(() -> Cenkit.vpc(CN_HANGZHOU).resourceGroup(bad), "InvalidResourceGroupId.Malformed", "resource group id");
      assertRejected(cloud, () -> cloud.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("172.16.0.0/16")).resourceGroupId(bad)),
          "InvalidResourceGroupId.Malformed", RuleId.R4);
    }
    assertThat(cloud.snapshot().version()).isEqualTo(before.version());
  }
}
