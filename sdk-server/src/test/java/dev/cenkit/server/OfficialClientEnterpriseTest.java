package dev.cenkit.server;

import static dev.cenkit.server.WireClients.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.aliyun.vpc20160428.models.CreateVSwitchRequest;
import dev.cenkit.inmemory.InMemoryCloud;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Enterprise Edition through the server: a transit router, two VPC connections, associations and propagations. */
class OfficialClientEnterpriseTest {
  private CenkitServer server;
  private WireClients clients;

  @BeforeEach
  void start() throws Exception {
    server = CenkitServer.builder().cloud(InMemoryCloud.create()).start();
    clients = new WireClients(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String vpc(String name, String cidr, String vsw1, String vsw2) throws Exception {
    String vpc = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", name, cidr, "cn-hangzhou-h", vsw1);
    clients.vpc.createVSwitch(new CreateVSwitchRequest().setRegionId("cn-hangzhou").setVpcId(vpc).setZoneId("cn-hangzhou-i").setCidrBlock(vsw2));
    return vpc;
  }

  private String connect(String tr, String vpcId) throws Exception {
    List<Map<String, Object>> zones = new java.util.ArrayList<>();
    for (var v : clients.vpc.describeVSwitches(new com.aliyun.vpc20160428.models.DescribeVSwitchesRequest().setRegionId("cn-hangzhou").setVpcId(vpcId))
        .getBody().getVSwitches().getVSwitch()) {
      zones.add(Map.of("ZoneId", v.getZoneId(), "VSwitchId", v.getVSwitchId()));
    }
    return (String) clients.cbn("CreateTransitRouterVpcAttachment", "TransitRouterId", tr, "VpcId", vpcId, "ZoneMappings", zones,
        "AutoPublishRouteEnabled", false).get("TransitRouterAttachmentId");
  }

  @Test
  void e16TwoVpcsOnATransitRouterReachEachOtherOnceTheirConnectionsPublishTheirRoutes() throws Exception {
    String vpc1 = vpc("VPC-1", "172.16.0.0/16", "172.16.1.0/24", "172.16.2.0/24");
    String vpc2 = vpc("VPC-2", "10.2.0.0/16", "10.2.1.0/24", "10.2.2.0/24");
    clients.cbn("OpenTransitRouterService");
    String cen = (String) clients.cbn("CreateCen", "Name", "mesh").get("CenId");
    String tr = (String) clients.cbn("CreateTransitRouter", "CenId", cen, "RegionId", "cn-hangzhou", "TransitRouterName", "hz-tr").get("TransitRouterId");
    Map<String, Object> tables = clients.cbn("ListTransitRouterRouteTables", "TransitRouterId", tr, "TransitRouterRouteTableType", "System");
    String system = (String) WireClients.<List<Map<String, Object>>>at(tables, "TransitRouterRouteTables").get(0).get("TransitRouterRouteTableId");
    List<String> attachments = new java.util.ArrayList<>();
    for (String vpc : List.of(vpc1, vpc2)) {
      String attachment = connect(tr, vpc);
      attachments.add(attachment);
      clients.cbn("AssociateTransitRouterAttachmentWithRouteTable", "TransitRouterAttachmentId", attachment, "TransitRouterRouteTableId", system);
      clients.cbn("EnableTransitRouterRouteTablePropagation", "TransitRouterAttachmentId", attachment, "TransitRouterRouteTableId", system);
    }

    Object[] question = {"QuestionType", "Network", "ClientNetworkId", vpc1, "ClientAddress", "172.16.1.10",
        "DestinationNetworkId", vpc2, "DestinationAddress", "10.2.1.10", "Port", 443};
    Map<String, Object> unpublished = clients.cenkit("CheckReachability", question);
    assertThat(unpublished).containsEntry("Verdict", "UNREACHABLE");
    assertThat(items(unpublished, "Blockers", "Blocker")).hasSize(2)
        .allSatisfy(b -> assertThat(b).containsEntry("Code", "NO_ROUTE_TO_TRANSIT_ROUTER").containsEntry("Rule", "E16"));

    for (String attachment : attachments) {
      clients.cbn("UpdateTransitRouterVpcAttachmentAttribute", "TransitRouterAttachmentId", attachment, "AutoPublishRouteEnabled", true);
    }
    Map<String, Object> answer = clients.cenkit("CheckReachability", question);

    assertThat(answer.get("Verdict")).as(String.valueOf(answer.get("Explanation"))).isEqualTo("REACHABLE");
  }

  @Test
  void dryRunOfATransitRouterActionIsTheProvidersAnswerAndCreatesNothing() throws Exception {
    clients.cbn("OpenTransitRouterService");
    String cen = (String) clients.cbn("CreateCen", "Name", "mesh").get("CenId");

    TeaException e = catchThrowableOfType(TeaException.class,
        () -> clients.cbn("CreateTransitRouter", "CenId", cen, "RegionId", "cn-hangzhou", "DryRun", true));

    assertThat(e.getCode()).isEqualTo("DryRunOperation");
    assertThat(items(clients.cbn("DescribeCens"), "Cens", "Cen")).hasSize(1);
  }
}
