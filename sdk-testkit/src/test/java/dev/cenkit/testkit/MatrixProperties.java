package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.Spec;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Every cell of an all-pairs matrix, computed by shared work, equals the verdict and first blocker of the single
 * question for its pair: clients × APIs against {@code fullCall}, hosts × hosts against {@code network}.
 */
class MatrixProperties {
  private static final int EXAMPLES = 150;

  @Test
  void everyCellOfTheApiMatrixEqualsTheSingleFullCallAnswer() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withOverlap().withApiInstances(3).withApisPerGroup(3)))
        .checkAssert(
            topology -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              GeneratedTopology.Applied applied = topology.applyTo(cloud);
              List<Endpoint> clients = new ArrayList<>(applied.endpoints());
              List<ApiId> apis = applied.apis();
              ReachabilityAnalyzer analyzer = cloud.reachability();
              ReachabilityMatrix<ApiId> matrix = analyzer.matrix(clients, apis, Stage.RELEASE);
              for (int r = 0; r < clients.size(); r++) {
                for (int c = 0; c < apis.size(); c++) {
                  MatrixCell single = MatrixCell.of(analyzer.fullCall(clients.get(r), apis.get(c), Stage.RELEASE));
                  assertThat(matrix.cell(r, c))
                      .as("%s -> %s%n%s", clients.get(r).describe(), apis.get(c), topology.toJavaCode())
                      .isEqualTo(single);
                }
              }
            });
  }

  @Test
  void everyCellOfTheApiMatrixEqualsTheSingleFullCallAnswerWithSecurityGroupsAndInstanceClients() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withOverlap().withApiInstances(3).withApisPerGroup(2)))
        .checkAssert(
            topology -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              GeneratedTopology.Applied applied = topology.applyTo(cloud);
              List<Endpoint> clients = new ArrayList<>(applied.endpoints());
              // ECS instances with random groups, as clients themselves and in the VPCs of other clients
              clients.addAll(new SecurityGroupGenerator().populate(new SplittableRandom(topology.seed()), cloud));
              List<ApiId> apis = applied.apis();
              assertEveryCellIsTheSingleAnswer(cloud.reachability(), clients, apis, topology.toJavaCode());
            });
  }

  @Test
  void everyCellOfTheApiMatrixEqualsTheSingleFullCallAnswerOnEnterpriseTopologies() {
    qt().withExamples(60)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert(
            (seed, regions, perRegion, pick) -> {
              EnterpriseTopologyGenerator.EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, perRegion);
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              cloud.apply(topology.spec());
              List<Vpc> vpcs = List.copyOf(cloud.snapshot().vpc().vpcs().values());
              List<Endpoint> clients = new ArrayList<>();
              for (Vpc v : vpcs) {
                for (VSwitch vsw : cloud.snapshot().vpc().vSwitchesOf(v.id())) {
                  clients.add(VpcHost.of(v.id(), vsw.cidrBlock().address(10).toString()));
                }
              }
              // a dedicated instance bound to a transit-router connected VPC, one bound to another VPC, a shared one
              List<ApiId> apis = new ArrayList<>();
              for (int g = 0; g < Math.min(2, vpcs.size()); g++) {
                Vpc v = vpcs.get(Math.floorMod(pick + g, vpcs.size()));
                VSwitch vsw = cloud.snapshot().vpc().vSwitchesOf(v.id()).get(0);
                ApiGatewaySpec gw = Cenkit.dedicatedGateway().in(v.region()).named("gw" + g).bindToExisting(vsw);
                ApiGroupSpec group = Cenkit.apiGroup("group" + g).onNew(gw).enableVpcDomain();
                ApiSpec api = Cenkit.api("Api" + g).get("/a" + g).backend(BackendSpec.mock("ok")).deployTo(Stage.RELEASE).inNew(group);
                apis.add(cloud.apply(Spec.of(api)).resultOf(api).id());
              }
              ApiGatewaySpec shared = Cenkit.sharedGateway(vpcs.get(0).region());
              ApiSpec onShared = Cenkit.api("OnShared").get("/s").backend(BackendSpec.mock("ok")).deployTo(Stage.RELEASE)
                  .inNew(Cenkit.apiGroup("shared").onNew(shared).enableVpcDomain());
              apis.add(cloud.apply(Spec.of(onShared)).resultOf(onShared).id());
              assertEveryCellIsTheSingleAnswer(cloud.reachability(), clients, apis, topology.toString());
            });
  }

  @Test
  void everyCellOfTheApiMatrixEqualsTheSingleFullCallAnswerOnDenseEstatesWhereClientsShareClasses() {
    qt().withExamples(12)
        .forAll(CenkitGens.topologies(TopologySize.denseEstate(150).withApiInstances(8).withApisPerGroup(2)))
        .checkAssert(
            topology -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(topology.requiredQuotas()).build();
              GeneratedTopology.Applied applied = topology.applyTo(cloud);
              // (no security groups here: 150 VPCs in a region would pass its group quota; the property above has them)
              List<Endpoint> clients = new ArrayList<>(applied.endpoints());
              assertEveryCellIsTheSingleAnswer(cloud.reachability(), clients, applied.apis(), "seed " + topology.seed());
            });
  }

  private static void assertEveryCellIsTheSingleAnswer(
      ReachabilityAnalyzer analyzer, List<Endpoint> clients, List<ApiId> apis, String topology) {
    ReachabilityMatrix<ApiId> matrix = analyzer.matrix(clients, apis, Stage.RELEASE);
    for (int r = 0; r < clients.size(); r++) {
      for (int c = 0; c < apis.size(); c++) {
        MatrixCell single = MatrixCell.of(analyzer.fullCall(clients.get(r), apis.get(c), Stage.RELEASE));
        assertThat(matrix.cell(r, c)).as("%s -> %s%n%s", clients.get(r).describe(), apis.get(c), topology).isEqualTo(single);
      }
    }
  }

  @Test
  void everyCellOfTheNetworkMatrixEqualsTheSingleNetworkAnswer() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withOverlap()))
        .checkAssert(
            topology -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              List<Endpoint> hosts = topology.applyTo(cloud).endpoints();
              ReachabilityAnalyzer analyzer = cloud.reachability();
              ReachabilityMatrix<Endpoint> matrix = analyzer.networkMatrix(hosts, hosts, 443);
              for (int r = 0; r < hosts.size(); r++) {
                for (int c = 0; c < hosts.size(); c++) {
                  MatrixCell single = MatrixCell.of(analyzer.network(hosts.get(r), hosts.get(c), 443));
                  assertThat(matrix.cell(hosts.get(r), hosts.get(c)))
                      .as("%s -> %s%n%s", hosts.get(r).describe(), hosts.get(c).describe(), topology.toJavaCode())
                      .isEqualTo(single);
                }
              }
            });
  }
}
