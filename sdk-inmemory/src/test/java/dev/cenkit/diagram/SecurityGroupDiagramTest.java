package dev.cenkit.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import org.junit.jupiter.api.Test;

class SecurityGroupDiagramTest {
  @Test
  void instancesAreDrawnWithTheirGroupsAndABlockedGroupShowsWhatItDropsAndWhy() {
    InMemoryCloud cloud = InMemoryCloud.create();
    Vpc vpc = cloud.createVpc(b -> b.region(RegionId.CN_HANGZHOU).cidrBlock(Cidr.of("10.0.0.0/16")).vpcName("VPC-1"));
    VSwitch vsw = cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId("cn-hangzhou-h").cidrBlock(Cidr.of("10.0.1.0/24")));
    SecurityGroup clients = cloud.createSecurityGroup(b -> b.region(vpc.region()).vpcId(vpc.id()).securityGroupName("clients"));
    SecurityGroup web = cloud.createSecurityGroup(b -> b.region(vpc.region()).vpcId(vpc.id()).securityGroupName("web"));
    EcsInstance a = cloud.runInstances(b -> b.region(vpc.region()).vSwitchId(vsw.id()).privateIpAddress("10.0.1.10")
        .securityGroupId(clients.id()).instanceName("client-1")).get(0);
    EcsInstance w = cloud.runInstances(b -> b.region(vpc.region()).vSwitchId(vsw.id()).privateIpAddress("10.0.1.20")
        .securityGroupId(web.id()).instanceName("web-1")).get(0);
    ReachabilityAnswer answer = cloud.reachability().answer(new NetworkQuestion(EcsHost.of(a), EcsHost.of(w), Protocol.TCP, 443));

    String diagram = MermaidDiagram.of(cloud.snapshot(), answer);
    String webNode = "n_" + web.id().value().replaceAll("[^A-Za-z0-9]", "_");
    assertThat(diagram)
        .contains("((\"ECS client-1<br/>10.0.1.10\"))")
        .contains("{{\"security group web<br/>normal, 0 rule(s)<br/>drops ingress TCP/443 from 10.0.1.10/32: the default of basic group")
        .contains("-.-|in group| " + webNode)
        .contains("class " + webNode + " blocked");
    assertThat(MermaidDiagram.of(cloud.snapshot())).contains("security group clients").doesNotContain("drops");
  }
}
