package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.spi.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Random sequences of valid and invalid operations against a live cloud (issue 7). */
class OperationSequenceProperties {
  private static final int EXAMPLES = 1100; // QuickTheories counts one fewer than asked: stay above 1,000

  @Test
  void afterEveryOperationEveryInvariantHoldsAndARejectionChangesNothing() {
    OperationGenerator operations = new OperationGenerator();
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 30))
        .checkAssert(
            (seed, length) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              SplittableRandom random = new SplittableRandom(seed);
              List<String> log = new ArrayList<>();
              for (int step = 0; step < length; step++) {
                Snapshot before = cloud.snapshot();
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
}
