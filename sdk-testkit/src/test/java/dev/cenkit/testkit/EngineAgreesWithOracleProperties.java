package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineAgreesWithOracleProperties {
  private static final int EXAMPLES = 1100; // QuickTheories counts one fewer than asked: stay above 1,000

  @Test
  void theEngineAgreesWithTheNaiveOracleOnEverySampledQuestion() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.small().withOverlap()), CenkitGens.picks(), CenkitGens.picks())
        .checkAssert(
            (topology, i, j) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              List<VpcHost> hosts = topology.applyTo(cloud).hosts();
              VpcHost a = hosts.get(Math.floorMod(i, hosts.size()));
              VpcHost b = hosts.get(Math.floorMod(j, hosts.size()));
              NetworkQuestion q = new NetworkQuestion(a, b, Protocol.TCP, 443);
              ReachabilityAnalyzer engine = cloud.reachability();
              ReachabilityAnswer answer = engine.answer(q);
              assertThat(answer.verdict())
                  .as("%s%n%s", topology.toJavaCode(), answer.explain())
                  .isEqualTo(new ReachabilityOracle(cloud.snapshot()).verdict(q));
            });
  }
}
