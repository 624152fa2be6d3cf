package dev.cenkit.server;

import static dev.cenkit.server.WireClients.at;
import static dev.cenkit.server.WireClients.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.vpc20160428.models.CreateVSwitchRequest;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import com.aliyun.vpc20160428.models.CreateVpcResponseBody;
import com.aliyun.vpc20160428.models.DescribeVpcsRequest;
import com.aliyun.vpc20160428.models.DescribeVpcsResponseBody;
import dev.cenkit.inmemory.InMemoryCloud;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of the scenario document built through the server by the official clients (typed VPC client, generic
 * {@code callApi} for Cbn and CloudAPI), read back with the describes, and asked over HTTP.
 */
class OfficialClientScenario1Test {
  private InMemoryCloud cloud;
  private CenkitServer server;
  private WireClients clients;

  @BeforeEach
  void start() throws Exception {
    cloud = InMemoryCloud.create();
    server = CenkitServer.builder().cloud(cloud).start();
    clients = new WireClients(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theOfficialClientsBuildScenario1AndTheEcsInVpc3ReachesTheApi() throws Exception {
    String vpc1 = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", "VPC-1", "172.16.0.0/16", "cn-hangzhou-h", "172.16.1.0/24");
    String vpc3 = Scenarios.vpcWithVSwitch(clients, "cn-beijing", "VPC-3", "10.3.0.0/16", "cn-beijing-a", "10.3.1.0/24");

    DescribeVpcsResponseBody vpcs = clients.vpc.describeVpcs(new DescribeVpcsRequest().setRegionId("cn-hangzhou").setVpcId(vpc1)).getBody();
    assertThat(vpcs.getTotalCount()).isEqualTo(1);
    assertThat(vpcs.getVpcs().getVpc().get(0).getStatus()).isEqualTo("Available");
    assertThat(vpcs.getVpcs().getVpc().get(0).getVSwitchIds().getVSwitchId()).hasSize(1);
    assertThat(cloud.snapshot().vpc().vpcs()).hasSize(2);

    Scenarios.Api api = Scenarios.functionComputeApi(clients);

    String cenId = (String) clients.cbn("CreateCen", "Name", "api-mesh", "ProtectionLevel", "REDUCED").get("CenId");
    Map<String, Object> cens = clients.cbn("DescribeCens", "Filter", List.of(Map.of("Key", "CenId", "Value", List.of(cenId))));
    assertThat(items(cens, "Cens", "Cen")).singleElement().satisfies(c -> assertThat(c).containsEntry("Status", "Active"));
    clients.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vpc1, "ChildInstanceType", "VPC", "ChildInstanceRegionId", "cn-hangzhou");
    clients.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vpc3, "ChildInstanceType", "VPC", "ChildInstanceRegionId", "cn-beijing");
    Map<String, Object> children = clients.cbn("DescribeCenAttachedChildInstances", "CenId", cenId);
    assertThat(at(children, "TotalCount").toString()).isEqualTo("2");
    assertThat(items(children, "ChildInstances", "ChildInstance")).allSatisfy(c -> assertThat(c).containsEntry("Status", "Attached"));

    Map<String, Object> plan = clients.cbn("CreateCenBandwidthPackage", "Bandwidth", 2, "GeographicRegionAId", "China",
        "GeographicRegionBId", "China", "BandwidthPackageChargeType", "PREPAY", "PricingCycle", "Month", "Period", 1);
    String planId = (String) plan.get("CenBandwidthPackageId");
    clients.cbn("AssociateCenBandwidthPackage", "CenId", cenId, "CenBandwidthPackageId", planId);
    Map<String, Object> plans = clients.cbn("DescribeCenBandwidthPackages", "Filter", List.of(Map.of("Key", "CenId", "Value", List.of(cenId))));
    assertThat(items(plans, "CenBandwidthPackages", "CenBandwidthPackage")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("Status", "InUse").containsEntry("CenBandwidthPackageId", planId));
    clients.cbn("SetCenInterRegionBandwidthLimit", "CenId", cenId, "LocalRegionId", "cn-hangzhou", "OppositeRegionId", "cn-beijing", "BandwidthLimit", 2);
    Map<String, Object> limits = clients.cbn("DescribeCenInterRegionBandwidthLimits", "CenId", cenId);
    assertThat(items(limits, "CenInterRegionBandwidthLimits", "CenInterRegionBandwidthLimit")).singleElement()
        .satisfies(l -> assertThat(l.get("BandwidthLimit").toString()).isEqualTo("2"));

    Scenarios.bindVpcAndEnableVpcDomain(clients, api, vpc1);

    Map<String, Object> answer = clients.cenkit("CheckReachability", "ClientNetworkId", vpc3, "ClientAddress", "10.3.1.10",
        "ApiId", api.apiId(), "StageName", "RELEASE");
    assertThat(answer).containsEntry("Verdict", "REACHABLE");
    assertThat(items(answer, "Blockers", "Blocker")).isEmpty();
    assertThat(items(answer, "Hops", "Hop")).isNotEmpty();
    assertThat((String) answer.get("Explanation")).contains("verdict: REACHABLE");
  }

  @Test
  void withoutTheBandwidthPlanTheAnswerOverHttpIsTestBandwidthOnlyWithItsBlockerAndRule() throws Exception {
    String vpc1 = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", "VPC-1", "172.16.0.0/16", "cn-hangzhou-h", "172.16.1.0/24");
    String vpc3 = Scenarios.vpcWithVSwitch(clients, "cn-beijing", "VPC-3", "10.3.0.0/16", "cn-beijing-a", "10.3.1.0/24");
    Scenarios.Api api = Scenarios.functionComputeApi(clients);
    String cenId = (String) clients.cbn("CreateCen", "Name", "api-mesh").get("CenId");
    clients.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vpc1, "ChildInstanceRegionId", "cn-hangzhou");
    clients.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vpc3, "ChildInstanceRegionId", "cn-beijing");
    Scenarios.bindVpcAndEnableVpcDomain(clients, api, vpc1);

    Map<String, Object> answer = clients.cenkit("CheckReachability", "ClientNetworkId", vpc3, "ClientAddress", "10.3.1.10", "ApiId", api.apiId());

    assertThat(answer).containsEntry("Verdict", "TEST_BANDWIDTH_ONLY");
    assertThat(items(answer, "Blockers", "Blocker")).isNotEmpty().allSatisfy(b -> assertThat(b).containsKey("Rule"));
  }

  @Test
  void createVpcAnswersWithTheIdsTheTypedModelReads() throws Exception {
    CreateVpcResponseBody body = clients.vpc.createVpc(
        new CreateVpcRequest().setRegionId("cn-shanghai").setCidrBlock("192.168.0.0/16").setVpcName("a b*~/c").setClientToken("t-1")).getBody();

    assertThat(body.getRequestId()).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    assertThat(body.getVpcId()).startsWith("vpc-");
    assertThat(body.getRouteTableId()).isEqualTo(cloud.snapshot().vpc().vpcs().values().iterator().next().routeTableId().value());
    assertThat(cloud.snapshot().vpc().vpcs().values().iterator().next().name()).contains("a b*~/c");
    clients.vpc.createVSwitch(new CreateVSwitchRequest().setRegionId("cn-shanghai").setVpcId(body.getVpcId()).setZoneId("cn-shanghai-b").setCidrBlock("192.168.1.0/24"));
    assertThat(cloud.snapshot().vpc().vSwitchesOf(dev.cenkit.model.vpc.VpcId.of(body.getVpcId()))).hasSize(1);
  }
}
