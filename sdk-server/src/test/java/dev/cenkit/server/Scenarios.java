package dev.cenkit.server;

import static dev.cenkit.server.WireClients.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.vpc20160428.models.CreateVSwitchRequest;
import com.aliyun.vpc20160428.models.CreateVpcRequest;
import java.util.Map;

/** The steps the scenario tests share, each made by the official clients over the wire. */
final class Scenarios {
  private Scenarios() {}

  /** The API of a scenario: its group, its instance and its id. */
  record Api(String instanceId, String groupId, String apiId) {}

  static String vpcWithVSwitch(WireClients c, String region, String name, String cidr, String zone, String vSwitchCidr) throws Exception {
    String vpcId = c.vpc.createVpc(new CreateVpcRequest().setRegionId(region).setCidrBlock(cidr).setVpcName(name)).getBody().getVpcId();
    c.vpc.createVSwitch(new CreateVSwitchRequest().setRegionId(region).setVpcId(vpcId).setZoneId(zone).setCidrBlock(vSwitchCidr));
    return vpcId;
  }

  /** The dedicated instance in cn-hangzhou, its group "orders", and an API with the given {@code ServiceConfig}, deployed to RELEASE. */
  static Api api(WireClients c, String serviceConfig) throws Exception {
    String instanceId = (String) c.cloudApi("CreateInstance", "InstanceName", "api-gw", "InstanceSpec", "api.s1.small",
        "ZoneId", "cn-hangzhou-h", "ChargeType", "PostPaid", "InstanceType", "normal", "HttpsPolicy", "HTTPS2_TLS1_0").get("InstanceId");
    Map<String, Object> instances = c.cloudApi("DescribeInstances", "InstanceId", instanceId);
    assertThat(items(instances, "Instances", "InstanceAttribute")).singleElement()
        .satisfies(i -> assertThat(i).containsEntry("Status", "RUNNING").containsEntry("InstanceId", instanceId));
    Map<String, Object> group = c.cloudApi("CreateApiGroup", "GroupName", "orders", "InstanceId", instanceId, "BasePath", "/");
    String groupId = (String) group.get("GroupId");
    assertThat((String) group.get("SubDomain")).isNotEmpty();
    String apiId = (String) c.cloudApi("CreateApi", "GroupId", groupId, "ApiName", "GetOrder", "Visibility", "PRIVATE", "AuthType", "APP",
        "RequestConfig", "{\"RequestProtocol\":\"HTTP\",\"RequestHttpMethod\":\"GET\",\"RequestPath\":\"/orders/[id]\",\"RequestMode\":\"PASSTHROUGH\"}"
            .replace("[id]", "{id}"),
        "ServiceConfig", serviceConfig, "ResultType", "JSON").get("ApiId");
    c.cloudApi("DeployApi", "GroupId", groupId, "ApiId", apiId, "StageName", "RELEASE", "Description", "first release");
    return new Api(instanceId, groupId, apiId);
  }

  /** Scenario 1's step 1: the function getOrder in cn-hangzhou and an API whose backend it is. */
  static Api functionComputeApi(WireClients c) throws Exception {
    c.cenkit("CreateFunction", "RegionId", "cn-hangzhou", "FunctionName", "getOrder");
    return api(c, "{\"ServiceProtocol\":\"FunctionCompute\",\"FunctionComputeConfig\":{\"FcRegionId\":\"cn-hangzhou\","
        + "\"FunctionName\":\"getOrder\",\"RoleArn\":\"acs:ram:::role/aliyunserviceroleforapig\",\"FcType\":\"FCEvent\",\"FcVersion\":\"3.0\"}}");
  }

  /** The data center "hz-idc" (192.168.0.0/16) with one host; cenkit's own action, as the real cloud has no API for it. */
  static String dataCenter(WireClients c, String hostName) throws Exception {
    Map<String, Object> dc = c.cenkit("CreateDataCenter", "Name", "hz-idc", "Prefixes", java.util.List.of("192.168.0.0/16"),
        "Hosts", java.util.List.of(Map.of("Name", hostName, "Address", "192.168.10.5")), "ResolvesCloudDomains", true);
    return (String) dc.get("DataCenterId");
  }

  /**
   * Scenario 2's step 2 (and scenario 3's step 1): a circuit in cn-hangzhou to the data center, taken through
   * Confirmed to Enabled, a VBR on it with a route to the data center's block, the data center's route to VPC-1, and a
   * CEN with VPC-1 and the VBR. Returns the CEN id.
   */
  static String connectDataCenterToVpc1(WireClients c, String dataCenterId, String vpc1) throws Exception {
    String pc = c.vpc.createPhysicalConnection(new com.aliyun.vpc20160428.models.CreatePhysicalConnectionRequest()
        .setRegionId("cn-hangzhou").setAccessPointId("ap-cn-hangzhou-xs-A").setLineOperator("CT").setPortType("1000Base-LX")
        .setPeerLocation(dataCenterId).setName("hz-line")).getBody().getPhysicalConnectionId();
    c.vpc.confirmPhysicalConnection(new com.aliyun.vpc20160428.models.ConfirmPhysicalConnectionRequest().setRegionId("cn-hangzhou").setPhysicalConnectionId(pc));
    c.vpc.createPhysicalConnectionOccupancyOrder(new com.aliyun.vpc20160428.models.CreatePhysicalConnectionOccupancyOrderRequest()
        .setRegionId("cn-hangzhou").setPhysicalConnectionId(pc).setInstanceChargeType("PrePaid").setPeriod(1).setPricingCycle("Month"));
    var circuits = c.vpc.describePhysicalConnections(new com.aliyun.vpc20160428.models.DescribePhysicalConnectionsRequest().setRegionId("cn-hangzhou")
        .setFilter(java.util.List.of(new com.aliyun.vpc20160428.models.DescribePhysicalConnectionsRequest.DescribePhysicalConnectionsRequestFilter()
            .setKey("PhysicalConnectionId").setValue(java.util.List.of(pc))))).getBody();
    assertThat(circuits.getTotalCount()).isEqualTo(1);
    assertThat(circuits.getPhysicalConnectionSet().getPhysicalConnectionType().get(0).getStatus()).isEqualTo("Enabled");

    String vbrId = c.vpc.createVirtualBorderRouter(new com.aliyun.vpc20160428.models.CreateVirtualBorderRouterRequest()
        .setRegionId("cn-hangzhou").setPhysicalConnectionId(pc).setVlanId(100).setLocalGatewayIp("10.0.0.1").setPeerGatewayIp("10.0.0.2")
        .setPeeringSubnetMask("255.255.255.252").setName("hz-vbr")).getBody().getVbrId();
    var vbrs = c.vpc.describeVirtualBorderRouters(new com.aliyun.vpc20160428.models.DescribeVirtualBorderRoutersRequest().setRegionId("cn-hangzhou")
        .setFilter(java.util.List.of(new com.aliyun.vpc20160428.models.DescribeVirtualBorderRoutersRequest.DescribeVirtualBorderRoutersRequestFilter()
            .setKey("VbrId").setValue(java.util.List.of(vbrId))))).getBody();
    var vbr = vbrs.getVirtualBorderRouterSet().getVirtualBorderRouterType().get(0);
    assertThat(vbr.getStatus()).isEqualTo("active");
    c.vpc.createRouteEntry(new com.aliyun.vpc20160428.models.CreateRouteEntryRequest().setRegionId("cn-hangzhou")
        .setRouteTableId(vbr.getRouteTableId()).setDestinationCidrBlock("192.168.0.0/16")
        .setNextHopType("RouterInterface").setNextHopId(vbr.getVlanInterfaceId()));
    c.cenkit("CreateDataCenterRoute", "DataCenterId", dataCenterId, "DestinationCidrBlock", "172.16.0.0/16", "VbrId", vbrId);

    String cenId = (String) c.cbn("CreateCen", "Name", "api-mesh").get("CenId");
    c.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vpc1, "ChildInstanceType", "VPC", "ChildInstanceRegionId", "cn-hangzhou");
    c.cbn("AttachCenChildInstance", "CenId", cenId, "ChildInstanceId", vbrId, "ChildInstanceType", "VBR", "ChildInstanceRegionId", "cn-hangzhou");
    Map<String, Object> children = c.cbn("DescribeCenAttachedChildInstances", "CenId", cenId);
    assertThat(items(children, "ChildInstances", "ChildInstance")).extracting(m -> m.get("ChildInstanceId")).containsExactlyInAnyOrder(vpc1, vbrId);
    return cenId;
  }

  /** "Bind to VPC" with the VPC's first vSwitch, "Enable VPC second-level domain", read back with DescribeApiGroup. */
  static void bindVpcAndEnableVpcDomain(WireClients c, Api api, String vpcId) throws Exception {
    String vSwitchId = c.vpc.describeVSwitches(new com.aliyun.vpc20160428.models.DescribeVSwitchesRequest().setRegionId("cn-hangzhou").setVpcId(vpcId))
        .getBody().getVSwitches().getVSwitch().get(0).getVSwitchId();
    c.cloudApi("ModifyInstanceVpcAttributeForConsole", "InstanceId", api.instanceId(), "VpcId", vpcId, "VswitchId", vSwitchId, "VpcOwnerId", 1L);
    c.cloudApi("ModifyIntranetDomainPolicy", "GroupId", api.groupId(), "VpcIntranetEnable", true);
    Map<String, Object> group = c.cloudApi("DescribeApiGroup", "GroupId", api.groupId());
    assertThat((String) group.get("VpcDomain")).contains("vpc");
    assertThat(group).containsEntry("InstanceId", api.instanceId());
  }
}
