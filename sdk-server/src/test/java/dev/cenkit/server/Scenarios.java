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
