package dev.cenkit.testkit;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.operation.Operation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Snapshot files over generated topologies and random operation sequences (issue 15). */
class SnapshotFileProperties {
  private static final int EXAMPLES = 100;

  @Test
  void exportImportExportIsByteIdenticalAndKeepsTheIdsAndTheIdSourceContinues() {
    OperationGenerator operations = new OperationGenerator();
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(0, 25), CenkitGens.sizes(TopologySize.everything()))
        .checkAssert(
            (seed, length, size) -> {
              InMemoryCloud original = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).seed(seed).recordHistory(true).build();
              TopologyGenerator.generate(seed, size).applyTo(original);
              SplittableRandom random = new SplittableRandom(seed);
              for (int step = 0; step < length; step++) {
                Operation<?> op = operations.next(random, original.snapshot());
                try {
                  original.execute(op);
                } catch (CenkitException e) {
                  // rejected operations are not part of the snapshot
                }
              }
              String first = SnapshotFiles.toJson(original.snapshot());
              InMemoryCloud imported = SnapshotFiles.importJson(first, GeneratedTopology.quotas());
              String second = SnapshotFiles.toJson(imported.snapshot());

              assertThat(second).as("export, import, export").isEqualTo(first);
              Snapshot a = Internals.state(original.snapshot());
              Snapshot b = Internals.state(imported.snapshot());
              assertThat(b.sameContentAs(a)).as("the imported resources, ids included").isTrue();
              assertThat(b.version()).isEqualTo(a.version());
              assertThat(b.idSequence()).isEqualTo(a.idSequence());
              assertThat(Invariants.violations(b)).isEmpty();

              Vpc next = imported.createVpc(r -> r.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.200.0.0/16")));
              Vpc expected = original.createVpc(r -> r.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.200.0.0/16")));
              assertThat(next.id()).as("the id source continues as the original's would").isEqualTo(expected.id());
              assertThat(a.vpc().vpcs()).as("a new id is not an imported one").doesNotContainKey(next.id());
            });
  }
}
