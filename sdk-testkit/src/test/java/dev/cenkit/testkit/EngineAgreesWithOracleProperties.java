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
import org.quicktheories.generators.Generate;

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

  @Test
  void theEngineAgreesWithTheNaiveOracleAfterRandomOperations() {
    OperationGenerator operations = new OperationGenerator();
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.everything().withRegions(3)), Generate.range(0, 30), CenkitGens.picks(),
            CenkitGens.picks())
        .checkAssert(
            (topology, length, i, j) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              topology.applyTo(cloud);
              java.util.SplittableRandom random = new java.util.SplittableRandom(topology.seed());
              List<String> log = new java.util.ArrayList<>();
              for (int step = 0; step < length; step++) {
                dev.cenkit.spi.operation.Operation<?> op = operations.next(random, cloud.snapshot());
                try {
                  cloud.execute(op);
                  log.add("ok       " + op.describe());
                } catch (dev.cenkit.error.CenkitException e) {
                  log.add("rejected " + op.describe());
                }
              }
              List<Endpoint> hosts = endpoints(cloud.snapshot());
              if (hosts.isEmpty()) {
                return;
              }
              NetworkQuestion q =
                  new NetworkQuestion(hosts.get(Math.floorMod(i, hosts.size())), hosts.get(Math.floorMod(j, hosts.size())), Protocol.TCP, 443);
              ReachabilityAnswer answer = cloud.reachability().answer(q);
              assertThat(answer.verdict())
                  .as("%s -> %s%n%s%s%n%s", q.source().describe(), q.destination().describe(), topology.toJavaCode(),
                      String.join("\n", log), answer.explain())
                  .isEqualTo(new ReachabilityOracle(cloud.snapshot()).verdict(q));
            });
  }

  /** A host in every vSwitch and every data center of a snapshot. */
  private static List<Endpoint> endpoints(dev.cenkit.spi.CloudSnapshot s) {
    List<Endpoint> out = new java.util.ArrayList<>();
    s.vpc().vSwitches().values().forEach(v -> out.add(new dev.cenkit.reach.VpcHost(v.vpcId(), v.cidrBlock().address(10))));
    s.expressConnect().dataCenters().values()
        .forEach(d -> out.add(dev.cenkit.reach.DataCenterHost.of(d.id(), d.prefixes().get(0).address(10).toString())));
    return out;
  }
}
