package dev.cenkit.server;

import static dev.cenkit.server.WireClients.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cenkit.inmemory.InMemoryCloud;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 items 2 and 7 over the wire: Tag.N and ResourceGroupId, and groups on the region's shared instance. */
class TagsAndSharedInstanceOverTheWireTest {
  private CenkitServer server;
  private WireClients clients;
  private InMemoryCloud cloud;

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
  void r4CreateVpcTakesTagsAndAResourceGroupAndDescribeVpcsReturnsThem() throws Exception {
    clients.call("2016-04-28", "CreateVpc", "RegionId", "cn-hangzhou", "CidrBlock", "172.16.0.0/16",
        "Tag.1.Key", "env", "Tag.1.Value", "prod", "Tag.2.Key", "team", "ResourceGroupId", "rg-acfmxazb4ph6aiy");
    assertThat(cloud.describeVpcs().get(0).tags()).containsEntry("env", "prod").containsEntry("team", "");
    Map<String, Object> vpcs = clients.call("2016-04-28", "DescribeVpcs", "RegionId", "cn-hangzhou");
    assertThat(items(vpcs, "Vpcs", "Vpc")).singleElement()
        .satisfies(v -> assertThat(v).containsEntry("ResourceGroupId", "rg-acfmxazb4ph6aiy").containsKey("Tags"));
    assertThatThrownBy(() -> clients.call("2016-04-28", "CreateVpc", "RegionId", "cn-hangzhou", "CidrBlock", "172.17.0.0/16",
        "Tag.1.Key", "acs:env", "Tag.1.Value", "prod")).hasMessageContaining("InvalidTagKey.Malformed");
    assertThat(cloud.describeVpcs()).hasSize(1);
  }

  @Test
  void r49CreateApiGroupWithoutAnInstanceIdLandsOnTheRegionsSharedInstance() throws Exception {
    Map<String, Object> group = clients.cloudApi("CreateApiGroup", "GroupName", "orders");
    assertThat(group).containsEntry("InstanceId", "api-shared-vpc-001");
    Map<String, Object> instances = clients.cloudApi("DescribeInstances");
    assertThat(items(instances, "Instances", "InstanceAttribute"))
        .anySatisfy(i -> assertThat(i).containsEntry("InstanceId", "api-shared-vpc-001").containsEntry("InstanceType", "VPC_SHARED"));
  }
}
