package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine agrees with the naive oracle (issue 7), on questions among VPC hosts and data-center hosts. */
class EngineAgreesWithOracleProperties {
  private static final int EXAMPLES = 1100; // QuickTheories counts one fewer than asked: stay above 1,000

  @Test
  void theEngineAgreesWithTheNaiveOracleOnEverySampledQuestion() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withOverlap()), CenkitGens.picks(), CenkitGens.picks())
        .checkAssert(
            (topology, i, j) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              List<Endpoint> hosts = topology.applyTo(cloud).endpoints();
              Endpoint a = hosts.get(Math.floorMod(i, hosts.size()));
              Endpoint b = hosts.get(Math.floorMod(j, hosts.size()));
              NetworkQuestion q = new NetworkQuestion(a, b, Protocol.TCP, 443);
              ReachabilityAnswer answer = cloud.reachability().answer(q);
              assertThat(answer.verdict())
                  .as("%s -> %s%n%s%n%s", a.describe(), b.describe(), topology.toJavaCode(), answer.explain())
                  .isEqualTo(new ReachabilityOracle(cloud.snapshot()).verdict(q));
            });
  }

  @Test
  void theEngineAgreesWithTheNaiveOracleOnQuestionsInvolvingADataCenter() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withDataCenters(3)), CenkitGens.picks(), CenkitGens.picks(),
            org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert(
            (topology, i, j, fromDataCenter) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              GeneratedTopology.Applied applied = topology.applyTo(cloud);
              List<Endpoint> all = applied.endpoints();
              var dcs = applied.dataCenterHosts();
              if (dcs.isEmpty()) {
                return;
              }
              Endpoint dc = dcs.get(Math.floorMod(i, dcs.size()));
              Endpoint other = all.get(Math.floorMod(j, all.size()));
              NetworkQuestion q =
                  fromDataCenter ? new NetworkQuestion(dc, other, Protocol.TCP, 443) : new NetworkQuestion(other, dc, Protocol.TCP, 443);
              ReachabilityAnswer answer = cloud.reachability().answer(q);
              assertThat(answer.verdict())
                  .as("%s -> %s%n%s%n%s", q.source().describe(), q.destination().describe(), topology.toJavaCode(), answer.explain())
                  .isEqualTo(new ReachabilityOracle(cloud.snapshot()).verdict(q));
            });
  }
}
