package dev.cenkit.server;

import static dev.cenkit.server.WireClients.items;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 3 of the scenario document, built and queried through the server by the official clients. */
class OfficialClientScenarios2And3Test {
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

  @Test
  void scenario2TheDataCenterClientCallsTheApiOverExpressConnect() throws Exception {
    String vpc1 = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", "VPC-1", "172.16.0.0/16", "cn-hangzhou-h", "172.16.1.0/24");
    String dc = Scenarios.dataCenter(clients, "client");
    Scenarios.Api api = Scenarios.functionComputeApi(clients);
    Scenarios.connectDataCenterToVpc1(clients, dc, vpc1);

    Map<String, Object> before = clients.cenkit("CheckReachability", "QuestionType", "ApiCall", "ClientNetworkId", dc, "ClientAddress", "192.168.10.5",
        "ApiId", api.apiId());
    assertThat(before).containsEntry("Verdict", "UNREACHABLE");
    assertThat(items(before, "Blockers", "Blocker")).extracting(b -> b.get("Code")).contains("INSTANCE_NOT_BOUND_TO_VPC");

    Scenarios.bindVpcAndEnableVpcDomain(clients, api, vpc1);
    Map<String, Object> answer = clients.cenkit("CheckReachability", "ClientNetworkId", dc, "ClientAddress", "192.168.10.5", "ApiId", api.apiId());

    assertThat(answer).containsEntry("Verdict", "REACHABLE");
  }

  @Test
  void scenario3TheApiReachesItsBackendInTheDataCenter() throws Exception {
    String vpc1 = Scenarios.vpcWithVSwitch(clients, "cn-hangzhou", "VPC-1", "172.16.0.0/16", "cn-hangzhou-h", "172.16.1.0/24");
    String dc = Scenarios.dataCenter(clients, "backend");
    String instanceId = (String) clients.cloudApi("CreateInstance", "InstanceName", "api-gw", "InstanceSpec", "api.s1.small",
        "ZoneId", "cn-hangzhou-h", "ChargeType", "PostPaid", "HttpsPolicy", "HTTPS2_TLS1_2").get("InstanceId");
    String cenId = Scenarios.connectDataCenterToVpc1(clients, dc, vpc1);

    Map<String, Object> instance = items(clients.cloudApi("DescribeInstances", "InstanceId", instanceId), "Instances", "InstanceAttribute").get(0);
    String egress = (String) instance.get("VpcEgressAddress");
    assertThat(egress).startsWith("100.");
    clients.cbn("ResolveAndRouteServiceInCen", "CenId", cenId, "Host", egress, "HostRegionId", "cn-hangzhou", "HostVpcId", vpc1,
        "AccessRegionIds", List.of("cn-hangzhou"));
    Map<String, Object> services = clients.cbn("DescribeRouteServicesInCen", "CenId", cenId, "HostRegionId", "cn-hangzhou", "Host", egress);
    assertThat(items(services, "RouteServiceEntries", "RouteServiceEntry")).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("Status", "Active").containsEntry("HostVpcId", vpc1));
    clients.cenkit("CreateDataCenterRoute", "DataCenterId", dc, "DestinationCidrBlock", egress, "VbrId",
        items(clients.cbn("DescribeCenAttachedChildInstances", "CenId", cenId, "ChildInstanceType", "VBR"), "ChildInstances", "ChildInstance")
            .get(0).get("ChildInstanceId"));

    String accessId = (String) clients.cloudApi("SetVpcAccess", "Name", "idc-backend", "VpcId", vpc1, "InstanceId", "192.168.10.5", "Port", 8080)
        .get("VpcAccessId");
    assertThat(items(clients.cloudApi("DescribeVpcAccesses", "Name", "idc-backend"), "VpcAccessAttributes", "VpcAccessAttribute"))
        .singleElement().satisfies(a -> assertThat(a).containsEntry("VpcAccessId", accessId).containsEntry("InstanceId", "192.168.10.5"));
    Map<String, Object> group = clients.cloudApi("CreateApiGroup", "GroupName", "inventory", "InstanceId", instanceId);
    String apiId = (String) clients.cloudApi("CreateApi", "GroupId", group.get("GroupId"), "ApiName", "GetStock", "Visibility", "PRIVATE",
        "AuthType", "APP",
        "RequestConfig", "{\"RequestProtocol\":\"HTTP\",\"RequestHttpMethod\":\"GET\",\"RequestPath\":\"/stock/{sku}\"}",
        "ServiceConfig", "{\"ServiceProtocol\":\"HTTP\",\"ServiceVpcEnable\":\"TRUE\",\"ServicePath\":\"/stock\",\"ServiceHttpMethod\":\"GET\","
            + "\"VpcConfig\":{\"Name\":\"idc-backend\"}}").get("ApiId");
    clients.cloudApi("DeployApi", "GroupId", group.get("GroupId"), "ApiId", apiId, "StageName", "RELEASE");
    Map<String, Object> described = clients.cloudApi("DescribeApi", "GroupId", group.get("GroupId"), "ApiId", apiId);
    assertThat(WireClients.<String>at(described, "ServiceConfig", "VpcConfig", "Name")).isEqualTo("idc-backend");

    Map<String, Object> answer = clients.cenkit("CheckReachability", "QuestionType", "Backend", "ApiId", apiId, "StageName", "RELEASE");

    assertThat(answer).containsEntry("Verdict", "REACHABLE");
  }
}
