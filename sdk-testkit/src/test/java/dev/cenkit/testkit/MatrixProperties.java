package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixCell;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityMatrix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
