package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.dsl.Spec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.ChildInstanceType;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of reachability answers over random topologies (issue 7). */
class ReachabilityProperties {
  private static final int EXAMPLES = 1100; // QuickTheories counts one fewer than asked: stay above 1,000

  private static InMemoryCloud cloud() {
    return InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
  }

  private static NetworkQuestion question(List<VpcHost> hosts, int i, int j) {
    return new NetworkQuestion(
        hosts.get(Math.floorMod(i, hosts.size())), hosts.get(Math.floorMod(j, hosts.size())), Protocol.TCP, 443);
  }

  @Test
  void everyUnreachableAnswerHasABlockerAndEveryReachableOneHasNoneAndConsistentHops() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.small().withOverlap()), CenkitGens.picks(), CenkitGens.picks())
        .checkAssert(
            (topology, i, j) -> {
              InMemoryCloud cloud = cloud();
              NetworkQuestion q = question(topology.applyTo(cloud).hosts(), i, j);
              ReachabilityAnswer answer = cloud.reachability().answer(q);
              String why = topology.toJavaCode() + answer.explain();
              switch (answer.verdict()) {
                case UNREACHABLE:
                  assertThat(answer.blockers()).as(why).isNotEmpty();
                  break;
                case REACHABLE:
                  assertThat(answer.blockers()).as(why).isEmpty();
                  assertHopsConsistent(answer, why);
                  break;
                case TEST_BANDWIDTH_ONLY:
                  assertThat(answer.blockers()).as(why).isNotEmpty();
                  assertHopsConsistent(answer, why);
                  break;
                default:
                  throw new AssertionError(answer.verdict());
              }
            });
  }

  private static void assertHopsConsistent(ReachabilityAnswer answer, String why) {
    for (Direction d : Direction.values()) {
      List<Hop> hops = answer.hops().stream().filter(h -> h.direction() == d).collect(Collectors.toList());
      assertThat(hops).as(why).hasSizeGreaterThanOrEqualTo(2);
      assertThat(hops.get(0).component().kind().name()).as(why).isEqualTo("HOST");
      assertThat(hops.get(hops.size() - 1).component().kind().name()).as(why).isEqualTo("HOST");
      for (int k = 1; k < hops.size(); k++) {
        Hop prev = hops.get(k - 1);
        Hop hop = hops.get(k);
        assertThat(prev.component().equals(hop.component())).as("a hop repeats its predecessor: %s", why).isFalse();
        hop.bandwidth().ifPresent(b -> assertThat(b.kbps()).as(why).isPositive());
      }
    }
  }

  @Test
  void networkReachabilityBetweenTwoVpcHostsIsSymmetric() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.small().withOverlap()), CenkitGens.picks(), CenkitGens.picks())
        .checkAssert(
            (topology, i, j) -> {
              InMemoryCloud cloud = cloud();
              List<VpcHost> hosts = topology.applyTo(cloud).hosts();
              NetworkQuestion there = question(hosts, i, j);
              NetworkQuestion back = new NetworkQuestion(there.destination(), there.source(), Protocol.TCP, 443);
              assertThat(cloud.reachability().answer(back).verdict())
                  .as(topology.toJavaCode())
                  .isEqualTo(cloud.reachability().answer(there).verdict());
            });
  }

  @Test
  void attachingAVpcToACenNeverTurnsAReachableAnswerUnreachable() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.small()), CenkitGens.picks(), CenkitGens.picks(), CenkitGens.picks())
        .checkAssert(
            (topology, i, j, k) -> {
              InMemoryCloud cloud = cloud();
              List<VpcHost> hosts = topology.applyTo(cloud).hosts();
              NetworkQuestion q = question(hosts, i, j);
              Verdict before = cloud.reachability().answer(q).verdict();
              VpcId candidate = hosts.get(Math.floorMod(k, hosts.size())).vpcId();
              var cens = cloud.snapshot().cen().cens().keySet().stream().collect(Collectors.toList());
              if (cens.isEmpty() || cloud.snapshot().cen().attachmentOf(candidate).isPresent()) {
                return;
              }
              var vpc = cloud.snapshot().vpc().vpcs().get(candidate);
              cloud.attachCenChildInstance(
                  b -> b.cenId(cens.get(Math.floorMod(k, cens.size()))).childInstanceId(candidate).childInstanceRegion(vpc.region()));
              Verdict after = cloud.reachability().answer(q).verdict();
              if (before == Verdict.REACHABLE) {
                assertThat(after).as(topology.toJavaCode()).isEqualTo(Verdict.REACHABLE);
              }
              assertThat(ChildInstanceType.VPC).isEqualTo(candidate.childInstanceType());
            });
  }

  @Test
  void aSpecWithOneInvalidStepLeavesTheSnapshotAsItWas() {
    qt().withExamples(EXAMPLES)
        .forAll(CenkitGens.topologies(TopologySize.small()))
        .checkAssert(
            topology -> {
              InMemoryCloud cloud = cloud();
              topology.applyTo(cloud);
              var before = cloud.snapshot();
              // The same topology again: its CEN attachments reuse nothing, but a VPC spec with an invalid
              // vSwitch (outside the VPC) appended at the end makes the whole spec fail.
              Spec broken =
                  Spec.of(
                      topology.spec(),
                      dev.cenkit.model.vpc.Vpc.in(dev.cenkit.model.RegionId.CN_HANGZHOU).cidr("192.168.0.0/16")
                          .vSwitch("cn-hangzhou-h", "10.255.0.0/24"));
              try {
                cloud.apply(broken);
                throw new AssertionError("the broken spec was accepted");
              } catch (dev.cenkit.error.CenkitException e) {
                assertThat(cloud.snapshot()).isSameAs(before);
                assertThat(e.failedStep()).isPresent();
              }
            });
  }
}
