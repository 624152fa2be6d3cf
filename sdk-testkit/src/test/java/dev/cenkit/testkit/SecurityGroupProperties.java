package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.reach.EcsHost;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** With random security groups and instances on random topologies, the engine agrees with the naive oracle (issue 13). */
class SecurityGroupProperties {
  private static final int EXAMPLES = 400;
  /** The ports questions use: the rules' window and one port on either side. */
  private static final int PORTS = SecurityGroupGenerator.HIGH_PORT - SecurityGroupGenerator.LOW_PORT + 3;

  @Test
  void theEngineAgreesWithTheNaiveOracleWithSecurityGroups() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything()), CenkitGens.picks(), CenkitGens.picks(),
            Generate.range(0, 3 * PORTS - 1))
        .checkAssert(
            (topology, i, j, flow) -> {
              int port = SecurityGroupGenerator.LOW_PORT - 1 + flow % PORTS;
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              topology.applyTo(cloud);
              List<EcsHost> hosts = new SecurityGroupGenerator().populate(new SplittableRandom(topology.seed()), cloud);
              if (hosts.isEmpty()) {
                return;
              }
              EcsHost a = hosts.get(Math.floorMod(i, hosts.size()));
              // two questions in three stay inside the source's VPC, where routing delivers and the groups decide
              List<EcsHost> near = hosts.stream().filter(h -> h.vpcId().equals(a.vpcId())).toList();
              EcsHost b = Math.floorMod(j, 3) == 0 ? hosts.get(Math.floorMod(j / 3, hosts.size())) : near.get(Math.floorMod(j / 3, near.size()));
              Protocol protocol = flow / PORTS == 0 ? Protocol.UDP : Protocol.TCP;
              NetworkQuestion q = new NetworkQuestion(a, b, protocol, port);
              ReachabilityAnswer answer = cloud.reachability().answer(q);
              assertThat(answer.verdict())
                  .as("%s%n%s%ngroups %s", q.describe(), answer.explain(), cloud.snapshot().ecs().securityGroups().values())
                  .isEqualTo(new ReachabilityOracle(cloud.snapshot()).verdict(q));
            });
  }
}
