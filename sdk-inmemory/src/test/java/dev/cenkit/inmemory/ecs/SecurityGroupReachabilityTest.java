package dev.cenkit.inmemory.ecs;

import static dev.cenkit.inmemory.ecs.EcsFixture.tcp;
import static dev.cenkit.inmemory.ecs.EcsFixture.tcpTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.RuleId;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.DedicatedInstanceType;
import dev.cenkit.model.apigateway.HttpMethod;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.InnerAccessPolicy;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupType;
import dev.cenkit.reach.ApiQuestion;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ecs.ModifySecurityGroupPolicyRequest;
import dev.cenkit.spi.ecs.Permission;
import org.junit.jupiter.api.Test;

class SecurityGroupReachabilityTest {
  private final EcsFixture f = new EcsFixture();

  private ReachabilityAnswer ask(EcsInstance from, EcsInstance to, Protocol protocol, int port) {
    return f.cloud.reachability().answer(new NetworkQuestion(EcsHost.of(from), EcsHost.of(to), protocol, port));
  }

  private ReachabilityAnswer tcpAsk(EcsInstance from, EcsInstance to, int port) {
    return ask(from, to, Protocol.TCP, port);
  }

  private Blocker only(ReachabilityAnswer a) {
    assertThat(a.verdict()).as(a.toString()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(a.blockers()).as(a.toString()).hasSize(1);
    return a.blockers().get(0);
  }

  private void applyFixes(ReachabilityAnswer a) {
    for (Blocker b : a.blockers()) {
      for (Fix fix : b.fixes()) {
        f.cloud.apply(fix.spec());
      }
    }
  }

  @Test
  void sg10ABasicGroupDeniesIngressByDefaultAndTheFixOpensExactlyTheAskedPort() {
    SecurityGroup client = f.group();
    SecurityGroup server = f.group();
    EcsInstance a = f.instance(client, "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    EcsInstance c = f.instance(client, "10.0.1.30");
    Blocker blocker = only(tcpAsk(a, b, 443));
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    assertThat(blocker.component().kind()).isEqualTo(ComponentKind.SECURITY_GROUP);
    assertThat(blocker.component().id()).isEqualTo(server.id().value());
    assertThat(blocker.rule()).contains(RuleId.SG10);
    assertThat(blocker.message()).contains("default of basic group").contains("TCP/443 from 10.0.1.10/32");
    assertThat(blocker.fixes()).hasSize(1);
    applyFixes(tcpAsk(a, b, 443));
    assertThat(tcpAsk(a, b, 443).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(a, b, 444).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(tcpAsk(c, b, 443).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(ask(a, b, Protocol.UDP, 443).verdict()).isEqualTo(Verdict.UNREACHABLE);
  }

  @Test
  void sg16AtEqualPriorityDropWinsAndTheFixBeatsItByOnePriority() {
    SecurityGroup server = f.group();
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    f.allowIn(server, tcp("443/443", "10.0.0.0/8").toBuilder().priority("10").build());
    f.allowIn(server, tcp("443/443", "10.0.1.10").toBuilder().priority("10").policy("drop").build());
    Blocker blocker = only(tcpAsk(a, b, 443));
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    assertThat(blocker.rule()).contains(RuleId.SG16);
    assertThat(blocker.message()).contains("drop").contains("priority 10");
    assertThat(blocker.fixes().get(0).description()).contains("priority 9");
    applyFixes(tcpAsk(a, b, 443));
    assertThat(tcpAsk(a, b, 443).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void sg16ADropRuleAtPriorityOneHasNoAuthorizeFix() {
    SecurityGroup server = f.group();
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    f.allowIn(server, tcp("1/65535", "0.0.0.0/0").toBuilder().policy("drop").build());
    assertThat(only(tcpAsk(a, b, 443)).fixes()).isEmpty();
  }

  @Test
  void sg13MembersOfAnAcceptGroupAlwaysReachEachOtherAndDropIsolatesThem() {
    SecurityGroup shared = f.group();
    EcsInstance a = f.instance(shared, "10.0.1.10");
    EcsInstance b = f.instance(shared, "10.0.1.20");
    f.allowIn(shared, tcp("443/443", "10.0.1.10").toBuilder().policy("drop").build());
    assertThat(tcpAsk(a, b, 443).verdict()).isEqualTo(Verdict.REACHABLE); // SD2: Accept beats user rules
    f.cloud.modifySecurityGroupPolicy(
        ModifySecurityGroupPolicyRequest.builder().securityGroupId(shared.id()).innerAccessPolicy(InnerAccessPolicy.DROP).build());
    assertThat(only(tcpAsk(a, b, 22)).code()).isEqualTo(BlockerCode.SG_INTRA_GROUP_ISOLATED);
    assertThat(only(tcpAsk(a, b, 443)).code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED); // the drop rule decides
  }

  @Test
  void sg14SharingAnyAcceptGroupIsEnough() {
    SecurityGroup open = f.group();
    SecurityGroup closed = f.group();
    f.cloud.modifySecurityGroupPolicy(
        ModifySecurityGroupPolicyRequest.builder().securityGroupId(closed.id()).innerAccessPolicy(InnerAccessPolicy.DROP).build());
    EcsInstance a = f.instance(closed, "10.0.1.10");
    EcsInstance b = f.instance(closed, "10.0.1.20");
    assertThat(tcpAsk(a, b, 22).verdict()).isEqualTo(Verdict.UNREACHABLE);
    f.cloud.joinSecurityGroup(a.id(), open.id());
    f.cloud.joinSecurityGroup(b.id(), open.id());
    assertThat(tcpAsk(a, b, 22).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void sg10AnAdvancedGroupDeniesEgressByDefaultAndTheFixOpensIt() {
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    SecurityGroup server = f.group();
    f.allowIn(server, tcp("80/80", "10.0.0.0/8"));
    EcsInstance a = f.instance(adv, "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    Blocker blocker = only(tcpAsk(a, b, 80));
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_DEFAULT_DENY_ENTERPRISE);
    assertThat(blocker.component().id()).isEqualTo(adv.id().value());
    assertThat(blocker.message()).contains("egress");
    applyFixes(tcpAsk(a, b, 80));
    assertThat(tcpAsk(a, b, 80).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(a, b, 81).verdict()).isEqualTo(Verdict.UNREACHABLE);
  }

  @Test
  void sg55AnEgressDropRuleOfTheSourceBlocks() {
    SecurityGroup client = f.group();
    SecurityGroup server = f.group();
    f.allowIn(server, tcp("5432/5432", "10.0.0.0/8"));
    f.allowOut(client, tcpTo("5432/5432", "10.0.1.0/24").toBuilder().policy("drop").priority("50").build());
    EcsInstance a = f.instance(client, "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    Blocker blocker = only(tcpAsk(a, b, 5432));
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_EGRESS_DENIED);
    assertThat(blocker.message()).contains("egress").contains("priority 50");
    applyFixes(tcpAsk(a, b, 5432));
    assertThat(tcpAsk(a, b, 5432).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void sg20RepliesAreNotCheckedAgainstTheResponderEgress() {
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    f.allowIn(adv, tcp("443/443", "10.0.1.10"));
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(adv, "10.0.1.20"); // no egress rule at all
    ReachabilityAnswer answer = tcpAsk(a, b, 443);
    assertThat(answer.verdict()).as(answer.toString()).isEqualTo(Verdict.REACHABLE);
    assertThat(answer.hops()).anyMatch(h -> h.component().kind() == ComponentKind.SECURITY_GROUP && h.matched().contains("allowed by rule"));
  }

  @Test
  void sg17PortRangesAndProtocolsAreMatched() {
    SecurityGroup server = f.group();
    f.allowIn(server, tcp("8000/8080", "10.0.1.10"));
    f.allowIn(server, Permission.builder().ipProtocol("UDP").portRange("53/53").sourceCidrIp("10.0.1.10").build());
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(server, "10.0.1.20");
    assertThat(tcpAsk(a, b, 8000).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(a, b, 8080).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(a, b, 8081).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(tcpAsk(a, b, 53).verdict()).isEqualTo(Verdict.UNREACHABLE);
    assertThat(ask(a, b, Protocol.UDP, 53).verdict()).isEqualTo(Verdict.REACHABLE);
    f.allowIn(server, Permission.builder().ipProtocol("ALL").portRange("-1/-1").sourceCidrIp("10.0.1.10").priority("20").build());
    assertThat(ask(a, b, Protocol.ICMP, 0).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(a, b, 8081).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void sg17AGroupPeerAdmitsItsMembersOnly() {
    SecurityGroup clients = f.group();
    SecurityGroup server = f.group();
    f.allowIn(server, Permission.builder().ipProtocol("TCP").portRange("22/22").sourceGroupId(clients.id().value()).build());
    EcsInstance member = f.instance(clients, "10.0.1.10");
    EcsInstance other = f.instance(f.group(), "10.0.1.11");
    EcsInstance b = f.instance(server, "10.0.1.20");
    assertThat(tcpAsk(member, b, 22).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(tcpAsk(other, b, 22).verdict()).isEqualTo(Verdict.UNREACHABLE);
  }

  @Test
  void sg18TheRulesOfEveryGroupOnTheInstanceAreOneSet() {
    SecurityGroup g1 = f.group();
    SecurityGroup g2 = f.group();
    f.allowIn(g1, tcp("443/443", "10.0.0.0/8").toBuilder().priority("5").build());
    f.allowIn(g2, tcp("443/443", "10.0.1.10").toBuilder().priority("3").policy("drop").build());
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.cloud.runInstances(x -> x.region(f.vsw.region()).vSwitchId(f.vsw.id()).privateIpAddress("10.0.1.20")
        .addSecurityGroupIds(g1.id(), g2.id())).get(0);
    Blocker blocker = only(tcpAsk(a, b, 443));
    assertThat(blocker.component().id()).isEqualTo(g2.id().value());
    f.cloud.leaveSecurityGroup(b.id(), g2.id());
    assertThat(tcpAsk(a, b, 443).verdict()).isEqualTo(Verdict.REACHABLE);
  }

  @Test
  void sg57AVpcHostAtAnInstanceAddressIsThatInstance() {
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(f.group(), "10.0.1.20");
    ReachabilityAnswer answer = f.cloud.reachability().answer(new NetworkQuestion(
        VpcHost.of(f.vpc.id(), "10.0.1.10"), VpcHost.of(f.vpc.id(), "10.0.1.20"), Protocol.TCP, 443));
    assertThat(only(answer).code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    // an address that is no instance's is not filtered
    ReachabilityAnswer free = f.cloud.reachability().answer(new NetworkQuestion(
        VpcHost.of(f.vpc.id(), "10.0.1.10"), VpcHost.of(f.vpc.id(), "10.0.1.99"), Protocol.TCP, 443));
    assertThat(free.verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(a.id()).isNotEqualTo(b.id());
  }

  @Test
  void sg47qAQuestionAboutADeletedInstanceSaysItDoesNotExist() {
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance b = f.instance(f.group(), "10.0.1.20");
    f.cloud.deleteInstance(dev.cenkit.spi.ecs.DeleteInstanceRequest.builder().instanceId(b.id()).force(true).build());
    ReachabilityAnswer answer = tcpAsk(a, b, 443);
    assertThat(answer.blockers()).extracting(Blocker::code).containsExactly(BlockerCode.ENDPOINT_NOT_FOUND);
  }

  private Api vpcBackendApi(ApiGatewayInstance gw, String target, int port) {
    ApiGroup group = f.cloud.createApiGroup(b -> b.instanceId(gw.id()).groupName("orders"));
    f.cloud.setVpcAccess(b -> b.name("orders-ecs").vpcId(f.vpc.id()).instanceId(target).port(port));
    Api api = f.cloud.createApi(b -> b.groupId(group.id()).apiName("GetOrder").requestHttpMethod(HttpMethod.GET)
        .requestPath("/orders").backend(VpcAccessBackend.builder().vpcAccessName("orders-ecs").servicePath("/orders").build()));
    return f.cloud.deployApi(b -> b.groupId(group.id()).apiId(api.id()).stageName(Stage.RELEASE.name()));
  }

  private ApiGatewayInstance dedicated() {
    return f.cloud.createInstance(b -> b.region(f.vpc.region()).instanceType(ApiGatewayInstanceType.VPC_DEDICATED)
        .dedicatedInstanceType(DedicatedInstanceType.NORMAL).instanceSpec("api.s1.small").httpsPolicy("HTTPS2_TLS1_2").chargeType("PostPaid").zoneId(f.vpc.region().id() + "-h"));
  }

  @Test
  void sg51TheBackendGroupMustAdmitTheGatewaysWholeEgressBlockOnTheApiPort() {
    ApiGatewayInstance gw = dedicated();
    Cidr egress = gw.vpcEgressAddress().orElseThrow();
    SecurityGroup backendGroup = f.group();
    EcsInstance backend = f.instance(backendGroup, "10.0.1.20");
    Api api = vpcBackendApi(gw, backend.id().value(), 8080);
    ReachabilityAnswer answer = f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE));
    Blocker blocker = only(answer);
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    assertThat(blocker.message()).contains(backendGroup.id().value()).contains("TCP/8080 from " + egress);
    // SD16: a rule covering one address of the block does not admit the gateway
    f.allowIn(backendGroup, tcp("8080/8080", egress.address(1).toString()));
    assertThat(only(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE))).code())
        .isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    applyFixes(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)));
    assertThat(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)).verdict()).isEqualTo(Verdict.REACHABLE);
    SecurityGroup after = f.cloud.describeSecurityGroupAttribute(backendGroup.id());
    assertThat(after.rules().get(after.rules().size() - 1).peerCidr()).contains(egress);
  }

  @Test
  void sg51TheBackendLegIsCheckedOnTheAuthorizationsPortNotOn80() {
    ApiGatewayInstance gw = dedicated();
    Cidr egress = gw.vpcEgressAddress().orElseThrow();
    SecurityGroup backendGroup = f.group();
    f.allowIn(backendGroup, tcp("80/80", egress.toString()));
    EcsInstance backend = f.instance(backendGroup, "10.0.1.20");
    Api api = vpcBackendApi(gw, backend.id().value(), 8443);
    Blocker blocker = only(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)));
    assertThat(blocker.code()).isEqualTo(BlockerCode.SG_INGRESS_DENIED);
    assertThat(blocker.message()).contains("TCP/8443 from " + egress);
    applyFixes(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)));
    assertThat(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)).verdict()).isEqualTo(Verdict.REACHABLE);
    SecurityGroup after = f.cloud.describeSecurityGroupAttribute(backendGroup.id());
    assertThat(after.rules().get(after.rules().size() - 1).portRange()).isEqualTo(dev.cenkit.model.ecs.PortRange.of(8443));
  }

  /** A dedicated instance bound to the fixture's VPC, with a group whose VPC domain is on and one mock API of {@code protocol}. */
  private Api boundApi(ApiGatewayInstance gw, String name, dev.cenkit.model.apigateway.RequestProtocol protocol) {
    ApiGroup group = f.cloud.describeApiGroups().stream().filter(g -> g.instanceId().equals(gw.id())).findFirst()
        .orElseGet(() -> {
          f.cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(gw.id()).vpcId(f.vpc.id()).vswitchId(f.vsw.id()));
          ApiGroup created = f.cloud.createApiGroup(b -> b.instanceId(gw.id()).groupName("orders"));
          return f.cloud.modifyIntranetDomainPolicy(b -> b.groupId(created.id()).vpcIntranetEnable(true));
        });
    Api api = f.cloud.createApi(b -> b.groupId(group.id()).apiName(name).requestHttpMethod(HttpMethod.GET)
        .requestPath("/" + name.toLowerCase(java.util.Locale.ROOT)).requestProtocol(protocol)
        .backend(dev.cenkit.model.apigateway.MockBackend.builder().mockResult("ok").build()));
    return f.cloud.deployApi(b -> b.groupId(group.id()).apiId(api.id()).stageName(Stage.RELEASE.name()));
  }

  @Test
  void sd20AClientCallsAnHttpsApiOnPort443AndAnHttpApiOn80() {
    ApiGatewayInstance gw = dedicated();
    Api https = boundApi(gw, "GetOrderTls", dev.cenkit.model.apigateway.RequestProtocol.HTTPS);
    Api http = boundApi(gw, "GetOrderPlain", dev.cenkit.model.apigateway.RequestProtocol.HTTP);
    SecurityGroup adv = f.group(f.vpc, SecurityGroupType.ENTERPRISE);
    f.allowOut(adv, tcpTo("443/443", "10.0.0.0/16"));
    EcsInstance client = f.instance(adv, "10.0.1.10");
    ReachabilityAnswer overTls = f.cloud.reachability().answer(ApiQuestion.call(EcsHost.of(client), https.id(), Stage.RELEASE));
    assertThat(overTls.verdict()).as(overTls.explain()).isEqualTo(Verdict.REACHABLE);
    Blocker plain = only(f.cloud.reachability().answer(ApiQuestion.call(EcsHost.of(client), http.id(), Stage.RELEASE)));
    assertThat(plain.code()).isEqualTo(BlockerCode.SG_DEFAULT_DENY_ENTERPRISE);
    assertThat(plain.message()).contains("TCP/80");
    // the matrix asks each API on its own port, like the single answers
    dev.cenkit.reach.ReachabilityMatrix<dev.cenkit.model.apigateway.ApiId> m = f.cloud.reachability()
        .matrix(java.util.List.of(EcsHost.of(client)), java.util.List.of(https.id(), http.id()), Stage.RELEASE);
    assertThat(m.cell(EcsHost.of(client), https.id()).verdict()).isEqualTo(Verdict.REACHABLE);
    assertThat(m.cell(EcsHost.of(client), http.id()).verdict()).isEqualTo(Verdict.UNREACHABLE);
    applyFixes(f.cloud.reachability().answer(ApiQuestion.call(EcsHost.of(client), http.id(), Stage.RELEASE)));
    assertThat(f.cloud.reachability().answer(ApiQuestion.call(EcsHost.of(client), http.id(), Stage.RELEASE)).verdict())
        .isEqualTo(Verdict.REACHABLE);
    SecurityGroup after = f.cloud.describeSecurityGroupAttribute(adv.id());
    assertThat(after.rules()).anyMatch(r -> r.portRange().equals(dev.cenkit.model.ecs.PortRange.of(80)));
  }

  @Test
  void sg50AnAuthorizationNamingAMissingInstanceIsReported() {
    ApiGatewayInstance gw = dedicated();
    Api api = vpcBackendApi(gw, "i-nothere1", 8080);
    Blocker blocker = only(f.cloud.reachability().answer(ApiQuestion.backend(api.id(), Stage.RELEASE)));
    assertThat(blocker.code()).isEqualTo(BlockerCode.ENDPOINT_NOT_FOUND);
    assertThat(blocker.rule()).contains(RuleId.SG50);
  }

  @Test
  void sg10TheNetworkMatrixFiltersPortsLikeTheSingleAnswer() {
    SecurityGroup server = f.group();
    f.allowIn(server, tcp("443/443", "10.0.1.10"));
    EcsInstance a = f.instance(f.group(), "10.0.1.10");
    EcsInstance c = f.instance(f.group(), "10.0.1.30");
    EcsInstance b = f.instance(server, "10.0.1.20");
    java.util.List<dev.cenkit.reach.Endpoint> hosts = java.util.List.of(EcsHost.of(a), EcsHost.of(b), EcsHost.of(c));
    for (int port : new int[] {443, 80}) {
      dev.cenkit.reach.ReachabilityMatrix<dev.cenkit.reach.Endpoint> m = f.cloud.reachability().networkMatrix(hosts, hosts, port);
      for (dev.cenkit.reach.Endpoint from : hosts) {
        for (dev.cenkit.reach.Endpoint to : hosts) {
          ReachabilityAnswer single = f.cloud.reachability().network(from, to, port);
          assertThat(m.cell(from, to).verdict()).as("%s -> %s :%d", from.describe(), to.describe(), port).isEqualTo(single.verdict());
        }
      }
    }
    assertThat(f.cloud.reachability().networkMatrix(hosts, hosts, 443).cell(EcsHost.of(c), EcsHost.of(b)).verdict())
        .isEqualTo(Verdict.UNREACHABLE);
  }
}
