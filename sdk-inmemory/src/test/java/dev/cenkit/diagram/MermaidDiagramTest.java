package dev.cenkit.diagram;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.DataCenterSpec;
import dev.cenkit.dsl.ExpressConnectSpec;
import dev.cenkit.dsl.FunctionSpec;
import dev.cenkit.dsl.VpcAccessSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.ResourceId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Spec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidDiagramTest {
  private final InMemoryCloud cloud = InMemoryCloud.create();
  private final VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
  private final VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
  private final DataCenterSpec idc =
      Cenkit.dataCenter("hz-idc").prefix("192.168.0.0/16").host("client", "192.168.10.5").resolvesCloudDomains();
  private final ExpressConnectSpec line =
      Cenkit.circuit().in(CN_HANGZHOU).named("hz-line")
          .vbr(Cenkit.vbr(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
          .routesToNew(idc)
          .dataCenterRoute("172.16.0.0/16");
  private final FunctionSpec fn = Cenkit.function(CN_HANGZHOU).named("getOrder");

  private static String key(ResourceId id) {
    return "n_" + id.value().replaceAll("[^A-Za-z0-9]", "_");
  }

  /** The lines of the subgraph opened by {@code header}, up to its {@code end}. */
  private static String subgraph(String diagram, String header) {
    int start = diagram.indexOf("  subgraph " + header);
    assertThat(start).as("subgraph %s in%n%s", header, diagram).isNotNegative();
    return diagram.substring(start, diagram.indexOf("\n  end\n", start));
  }

  /** The index of the link line between {@code a} and {@code b}, counting link lines from 0 as Mermaid does. */
  private static int linkIndex(String diagram, String a, String b) {
    List<String> links =
        diagram.lines().filter(l -> l.startsWith("  n_") && !l.contains("[") && !l.contains("(") && !l.contains("{")).toList();
    for (int i = 0; i < links.size(); i++) {
      String l = links.get(i);
      if ((l.startsWith("  " + a + " ") && l.endsWith(" " + b)) || (l.startsWith("  " + b + " ") && l.endsWith(" " + a))) {
        return i;
      }
    }
    throw new AssertionError("no link between " + a + " and " + b + " in\n" + diagram);
  }

  private static List<Integer> highlighted(String diagram) {
    return diagram.lines().filter(l -> l.startsWith("  linkStyle ")).flatMap(l -> Arrays.stream(l.split(" ")[3].split(",")))
        .map(Integer::valueOf).toList();
  }

  @Test
  void regionsAreSubgraphsAndAttachmentsAreEdges() {
    cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3));

    String diagram = MermaidDiagram.of(cloud.snapshot());

    assertThat(diagram)
        .startsWith("flowchart LR\n")
        .contains("subgraph n_cn_hangzhou[\"cn-hangzhou (China)\"]")
        .contains("subgraph n_cn_beijing[\"cn-beijing (China)\"]")
        .contains("[\"VPC VPC-1<br/>172.16.0.0/16\"]")
        .contains("{{\"CEN api-mesh\"}}");
    assertThat(diagram.lines().filter(l -> l.contains(" --- "))).hasSize(2);
    assertThat(diagram).doesNotContain("linkStyle").doesNotContain("class n_");
  }

  @Test
  void theAnswersPathIsHighlightedAndBlockedComponentsAreMarked() {
    ApplyResult r = cloud.apply(Spec.of(Cenkit.cen().named("api-mesh").attachNew(vpc1), vpc3));
    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443);

    String diagram = MermaidDiagram.of(cloud.snapshot(), answer);

    assertThat(diagram).contains("class n_" + r.id(vpc3.ref()).value().replace('-', '_') + " blocked");
    assertThat(diagram).contains("linkStyle").contains("((\"host 10.3.1.10\"))");
  }

  @Test
  void everyKindOfComponentIsDrawnInItsRegionAndDataCentersAreOnPremises() {
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h").bindToNew(vpc1);
    ApiSpec api =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gw).enableVpcDomain());
    VpcAccessSpec access = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
    CenSpec cen = line.attachedTo(Cenkit.cen().named("api-mesh").attachNew(vpc1));
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, cen, api, access));

    String diagram = MermaidDiagram.of(cloud.snapshot());

    String group = key(cloud.snapshot().apiGateway().api(r.id(api.ref())).orElseThrow().groupId());
    String function = key(cloud.snapshot().functionCompute().functions().values().iterator().next().id());
    String hangzhou = subgraph(diagram, "n_cn_hangzhou[");
    assertThat(hangzhou)
        .contains(key(r.id(vpc1.ref())) + "[\"VPC VPC-1<br/>172.16.0.0/16\"]")
        .contains(key(r.id(line.ref())) + "[[\"VBR ")
        .contains(key(r.id(line.circuitRef())) + "([\"circuit hz-line\"])")
        .contains(key(r.id(gw.ref())) + "[/\"API Gateway api-gw<br/>dedicated\"/]")
        .contains("(\"API group orders<br/>VPC domain on<br/>GET /orders/{id} GetOrder\")")
        .contains("[\\\"function getOrder\"/]")
        .contains(">\"authorization idc-backend<br/>192.168.10.5:8080\"]");
    assertThat(subgraph(diagram, "on_premises[")).contains(key(r.id(idc.ref())) + "[(\"data center hz-idc<br/>192.168.0.0/16\")]");
    assertThat(diagram)
        .contains("  " + key(r.id(line.ref())) + " --- " + key(r.id(line.circuitRef())) + "\n")
        .contains("  " + key(r.id(line.circuitRef())) + " --- " + key(r.id(idc.ref())) + "\n")
        .contains("  " + key(r.id(line.ref())) + " --- " + key(r.id(cen.ref())) + "\n")
        .contains("  " + key(r.id(gw.ref())) + " -.-|bound VPC| " + key(r.id(vpc1.ref())) + "\n")
        .contains("  " + key(r.id(gw.ref())) + " -.- " + group + "\n")
        .contains("  " + group + " -.->|backend| " + function + "\n")
        .contains("  " + key(r.id(access.ref())) + " -.-|authorizes| " + key(r.id(vpc1.ref())) + "\n");
  }

  @Test
  void routerInterfacesAreDrawnOnceBetweenTheTwoRouters() {
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, Cenkit.routerInterfaces(line, vpc1).routing("172.16.0.0/16")));

    String diagram = MermaidDiagram.of(cloud.snapshot());

    assertThat(diagram.lines().filter(l -> l.contains("---|router interface|")).toList())
        .singleElement()
        .satisfies(l -> assertThat(l).contains(key(r.id(line.ref()))).contains(key(r.id(vpc1.ref()))));
  }

  @Test
  void aDataCenterClientsPathRunsFromItsOnPremisesHostOverTheVbrAndTheCenAndIsHighlighted() {
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h").bindToNew(vpc1);
    ApiSpec api =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gw).enableVpcDomain());
    CenSpec cen = line.attachedTo(Cenkit.cen().named("api-mesh").attachNew(vpc1));
    ApplyResult r = cloud.apply(Spec.of(vpc1, idc, line, cen, api));
    ReachabilityAnswer answer =
        cloud.reachability().fullCall(DataCenterHost.of(r.id(idc.ref()), "192.168.10.5"), r.id(api.ref()), Stage.RELEASE);
    assertThat(answer.verdict()).as(answer.explain()).isEqualTo(Verdict.REACHABLE);

    String diagram = MermaidDiagram.of(cloud.snapshot(), answer);

    assertThat(subgraph(diagram, "on_premises[")).contains("n_host_192_168_10_5((\"host 192.168.10.5\"))");
    String host = "n_host_192_168_10_5";
    String dc = key(r.id(idc.ref()));
    String vbr = key(r.id(line.ref()));
    String cenKey = key(r.id(cen.ref()));
    String vpc = key(r.id(vpc1.ref()));
    assertThat(highlighted(diagram))
        .contains(linkIndex(diagram, host, dc), linkIndex(diagram, dc, vbr), linkIndex(diagram, vbr, cenKey), linkIndex(diagram, cenKey, vpc))
        .doesNotContain(linkIndex(diagram, vbr, key(r.id(line.circuitRef()))));
    assertThat(diagram).contains("class " + vbr + " path").doesNotContain(" blocked\n");
  }

  @Test
  void aDisabledVpcDomainMarksTheGroupBlockedAndNotOnThePath() {
    ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h").bindToNew(vpc1);
    ApiSpec api =
        Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn)).deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onNew(gw));
    ApplyResult r = cloud.apply(Spec.of(vpc1, api));
    ReachabilityAnswer answer =
        cloud.reachability().apiCall(VpcHost.of(r.id(vpc1.ref()), "172.16.1.20"), r.id(api.ref()), Stage.RELEASE);

    String diagram = MermaidDiagram.of(cloud.snapshot(), answer);

    String group = key(cloud.snapshot().apiGateway().api(r.id(api.ref())).orElseThrow().groupId());
    assertThat(diagram).contains("class " + group + " blocked\n").doesNotContain("class " + group + " path\n");
    assertThat(diagram).contains("VPC domain off");
  }

  @Test
  void theSameSnapshotAndAnswerGiveTheSameText() {
    ApplyResult r = cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3));
    ReachabilityAnswer answer =
        cloud.reachability().network(VpcHost.of(r.id(vpc3.ref()), "10.3.1.10"), VpcHost.of(r.id(vpc1.ref()), "172.16.1.5"), 443);

    assertThat(MermaidDiagram.of(cloud.snapshot(), answer)).isEqualTo(MermaidDiagram.of(cloud.snapshot(), answer));
  }
}
