package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.routing.CenRouteTable;
import dev.cenkit.inmemory.routing.CenRouteTables;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.spi.operation.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * A CEN's route table updated by the members a change touched ({@link CenRouteTables#next}, {@link
 * CenRouteTable#next}) equals the table derived from scratch, over random sequences of valid and invalid
 * operations (attachments, detachments, vSwitches, VBR routes, deletions, and everything else the generator
 * makes), so the incremental engine can never drift from the definition (issue 11, B3).
 */
class IncrementalCenTableProperties {
  private static final int EXAMPLES = 300;

  /** Small estates over three regions, with data centers (VBR members) and overlapping blocks (R28 conflicts). */
  private static final TopologySize STARTING_POINT =
      TopologySize.everything().withRegions(3).withCens(3).withOverlapping(true);

  @Test
  void aCenTableUpdatedByTheTouchedMembersEqualsTheTableDerivedFromScratchAfterEveryOperation() {
    OperationGenerator operations = new OperationGenerator();
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 40), CenkitGens.sizes(STARTING_POINT))
        .checkAssert(
            (seed, length, size) -> {
              InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
              TopologyGenerator.generate(seed, size).applyTo(cloud);
              SplittableRandom random = new SplittableRandom(seed);
              CenRouteTables tables = CenRouteTables.of(Internals.state(cloud));
              derivedForEveryCen(tables);
              List<String> log = new ArrayList<>();
              for (int step = 0; step < length; step++) {
                Snapshot before = Internals.state(cloud);
                Operation<?> op = operations.next(random, before);
                try {
                  cloud.execute(op);
                  log.add("ok       " + op.describe());
                } catch (CenkitException e) {
                  log.add("rejected " + op.describe() + " -> " + e.code());
                }
                Snapshot after = Internals.state(cloud);
                CenRouteTables updated = CenRouteTables.next(tables, after);
                for (CenId cen : after.cen().cens().keySet()) {
                  if (tables.derived(cen).isPresent()) {
                    // Kept or updated, never derived again: the update is what is under test.
                    assertThat(updated.derived(cen)).as("seed %s: table of %s kept", seed, cen).isPresent();
                  }
                  CenRouteTable incremental = updated.table(cen);
                  CenRouteTable fresh = CenRouteTable.of(after, cen);
                  String why = String.format("seed %s, CEN %s, operations:%n%s", seed, cen, String.join("\n", log));
                  assertThat(incremental.routes()).as(why).isEqualTo(fresh.routes());
                  assertThat(incremental.table().entries()).as(why).isEqualTo(fresh.table().entries());
                  assertThat(incremental.regions()).as(why).isEqualTo(fresh.regions());
                  assertThat(incremental.connections()).as(why).isEqualTo(fresh.connections());
                  assertThat(incremental).as(why).isEqualTo(fresh);
                  for (Ipv4Address probe : probes(fresh)) {
                    assertThat(incremental.table().activeContaining(probe)).as("%s at %s", why, probe)
                        .isEqualTo(fresh.table().activeContaining(probe));
                    assertThat(incremental.longestActive(probe)).as("%s at %s", why, probe)
                        .isEqualTo(fresh.longestActive(probe));
                  }
                }
                tables = updated;
              }
            });
  }

  private static void derivedForEveryCen(CenRouteTables tables) {
    for (CenId cen : tables.snapshot().cen().cens().keySet()) {
      tables.table(cen);
    }
  }

  /** The first and last address of every destination of the table, and one address outside all of them. */
  private static Set<Ipv4Address> probes(CenRouteTable table) {
    Set<Ipv4Address> out = new TreeSet<>(java.util.Comparator.comparingLong(Ipv4Address::toLong));
    for (TransitRouterRouteEntry e : table.table().entries()) {
      Cidr d = e.destinationCidrBlock();
      out.add(d.network());
      out.add(d.last());
    }
    out.add(Ipv4Address.of("203.0.113.7"));
    return out;
  }
}
