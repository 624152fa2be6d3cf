package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.spi.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Random sequences of valid and invalid operations against a live cloud (issue 7). */
class OperationSequenceProperties {
  private static final int EXAMPLES = 1100; // QuickTheories counts one fewer than asked: stay above 1,000

  /** The largest topology half the sequences start from: everything, in the three Chinese mainland regions. */
  private static final TopologySize STARTING_POINT = TopologySize.everything().withRegions(3).withCens(1);

  @Test
  void afterEveryOperationEveryInvariantHoldsAndARejectionChangesNothing() {
    OperationGenerator operations = new OperationGenerator();
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 60), Generate.booleans(),
            CenkitGens.sizes(STARTING_POINT))
        .checkAssert(
            (seed, length, fromTopology, size) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              SplittableRandom random = new SplittableRandom(seed);
              List<String> log = new ArrayList<>();
              if (fromTopology) {
                // Half the sequences start from a generated topology: plans with allocations, VBRs, instances...
                GeneratedTopology topology = TopologyGenerator.generate(seed, size);
                topology.applyTo(cloud);
                log.add(topology.toJavaCode());
              }
              for (int step = 0; step < length; step++) {
                Snapshot before = Internals.state(cloud);
                Operation<?> op = operations.next(random, before);
                try {
                  cloud.execute(op);
                  log.add("ok       " + op.describe());
                } catch (CenkitException e) {
                  log.add("rejected " + op.describe() + " -> " + e.code());
                  assertThat(cloud.snapshot()).as("after %s", e.getMessage()).isSameAs(before);
                }
                assertThat(Invariants.violations(cloud.snapshot()))
                    .as("seed %s, operations:%n%s", seed, String.join("\n", log))
                    .isEmpty();
              }
            });
  }

  @Test
  void theInvariantsReportAVpcRemovedUnderItsVSwitches() {
    // The invariants are not vacuous: a snapshot built by hand with a violation is reported.
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
    TopologyGenerator.generate(11, TopologySize.everything()).applyTo(cloud);
    Snapshot s = Internals.state(cloud);
    assertThat(Invariants.violations(s)).isEmpty();
    var vpc = s.vpc().vpcs().values().iterator().next();
    Snapshot broken = s.withVpc(v -> v.withoutVpc(vpc.id()));
    assertThat(Invariants.violations(broken)).anyMatch(v -> v.contains(vpc.id().value()));
  }
}
