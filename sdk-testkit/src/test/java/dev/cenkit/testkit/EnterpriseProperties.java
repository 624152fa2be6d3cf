package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.cen.BandwidthPlan;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.tr.TransitRouter;
import dev.cenkit.model.tr.TransitRouterAttachment;
import dev.cenkit.model.tr.TransitRouterAttachmentKind;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableAssociation;
import dev.cenkit.model.tr.TransitRouterRouteTablePropagation;
import dev.cenkit.model.tr.TransitRouterRouteTableType;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.Verdict;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.testkit.EnterpriseTopologyGenerator.EnterpriseTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Properties over generated Enterprise Edition topologies: they apply, their route tables keep the invariants
 * of {@link EnterpriseInvariants}, the engine agrees with the naive {@link EnterpriseOracle}, an answer's fixes
 * are accepted and make it reachable, rejected operations change nothing, and they tear down in the documented
 * order (E32).
 */
class EnterpriseProperties {
  private static final int EXAMPLES = 200;

  private static InMemoryCloud applied(EnterpriseTopology topology) {
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
    cloud.apply(topology.spec());
    return cloud;
  }

  @Test
  void everyGeneratedTopologyAppliesAndItsRouteTablesKeepTheInvariants() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3))
        .checkAssert((seed, regions, vpcs) -> {
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = applied(topology);
          assertThat(EnterpriseInvariants.violations(Internals.state(cloud))).as("%s", topology).isEmpty();
        });
  }

  /** A host of every generated VPC: {@code .10} in its first vSwitch. */
  private static List<VpcHost> hosts(EnterpriseTopology topology, InMemoryCloud cloud, ApplyResult applied) {
    List<VpcHost> out = new ArrayList<>();
    for (var vpc : topology.vpcs()) {
      var id = applied.id(vpc.ref());
      String block = cloud.snapshot().vpc().vSwitchesOf(id).get(0).cidrBlock().toString();
      out.add(VpcHost.of(id, block.substring(0, block.lastIndexOf(".0/")) + ".10"));
    }
    return out;
  }

  @Test
  void theEngineAgreesWithTheNaiveEnterpriseOracleOnEveryDecidedQuestion() {
    int[] asked = {0};
    int[] decided = {0};
    qt().withExamples(EXAMPLES * 3)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert((seed, regions, vpcs, i) -> {
          int j = new SplittableRandom(seed ^ i).nextInt(1 << 20);
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
          ApplyResult applied = cloud.apply(topology.spec());
          List<VpcHost> hosts = hosts(topology, cloud, applied);
          VpcHost a = hosts.get(Math.floorMod(i, hosts.size()));
          VpcHost b = hosts.get(Math.floorMod(j, hosts.size()));
          Optional<Verdict> expected = new EnterpriseOracle(cloud.snapshot()).verdict(a, b);
          asked[0]++;
          if (expected.isEmpty()) {
            return; // the answer depends on which of two equal routes was installed first (DE6)
          }
          decided[0]++;
          ReachabilityAnswer answer = cloud.reachability().network(a, b, 443);
          assertThat(answer.verdict()).as("%s -> %s%n%s%n%s", a.describe(), b.describe(), topology, answer.explain())
              .isEqualTo(expected.get());
        });
    // The comparison is not vacuous: most questions do not hinge on an installation order.
    assertThat(decided[0]).as("decided %s of %s", decided[0], asked[0]).isGreaterThan(asked[0] / 2);
  }

  @Test
  void applyingTheFixesOfAnEnterpriseAnswerRoundByRoundReachesReachable() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert((seed, regions, vpcs, i) -> {
          int j = new SplittableRandom(seed ^ i).nextInt(1 << 20);
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
          ApplyResult applied = cloud.apply(topology.spec());
          List<VpcHost> hosts = hosts(topology, cloud, applied);
          VpcHost a = hosts.get(Math.floorMod(i, hosts.size()));
          VpcHost b = hosts.get(Math.floorMod(j, hosts.size()));
          ReachabilityAnswer answer = cloud.reachability().network(a, b, 443);
          StringBuilder rounds = new StringBuilder(answer.explain());
          // A walk stops at the first blocker of each direction, so a topology with several steps left out on
          // one path reveals them round by round: each round must make progress, and eight rounds suffice.
          java.util.Set<String> previous = java.util.Set.of();
          for (int round = 0; round < 8 && answer.verdict() != Verdict.REACHABLE; round++) {
            java.util.Set<String> blockers = answer.blockers().stream().map(dev.cenkit.reach.Blocker::describe)
                .collect(java.util.stream.Collectors.toSet());
            assertThat(blockers).as("the same blockers twice:%n%s%n%s", topology, rounds).isNotEqualTo(previous);
            previous = blockers;
            assertThat(answer.fixes()).as("no fix:%n%s%n%s", topology, rounds).isNotEmpty();
            cloud.apply(answer.fixSpec()); // every fix is accepted by the cloud (answers never mislead)
            answer = cloud.reachability().network(a, b, 443);
            rounds.append("\nafter round ").append(round + 1).append(":\n").append(answer.explain());
            assertThat(EnterpriseInvariants.violations(Internals.state(cloud))).isEmpty();
          }
          assertThat(answer.verdict()).as("%s%n%s", topology, rounds).isEqualTo(Verdict.REACHABLE);
        });
  }

  @Test
  void afterATransitRouterChangeTheIncrementalEngineAnswersAsAFreshOne() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert((seed, regions, vpcs, pick) -> {
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).build();
          ApplyResult applied = cloud.apply(topology.spec());
          List<VpcHost> hosts = hosts(topology, cloud, applied);
          SplittableRandom random = new SplittableRandom(seed ^ pick);
          VpcHost a = hosts.get(random.nextInt(hosts.size()));
          VpcHost b = hosts.get(random.nextInt(hosts.size()));
          cloud.reachability().network(a, b, 443); // derive the tables of this snapshot
          Snapshot before = Internals.state(cloud);
          List<Runnable> changes = new ArrayList<>();
          for (TransitRouterRouteTable t : before.transitRouter().routeTables().values()) {
            for (TransitRouterRouteTablePropagation p : before.transitRouter().propagationsInto(t.id())) {
              changes.add(() -> cloud.disableTransitRouterRouteTablePropagation(
                  x -> x.transitRouterAttachmentId(p.attachmentId()).transitRouterRouteTableId(p.routeTableId())));
            }
            for (TransitRouterRouteTableAssociation as : before.transitRouter().associationsOf(t.id())) {
              changes.add(() -> cloud.dissociateTransitRouterAttachmentFromRouteTable(
                  x -> x.transitRouterAttachmentId(as.attachmentId()).transitRouterRouteTableId(as.routeTableId())));
            }
          }
          for (TransitRouterRouteEntry e : before.transitRouter().staticEntries().values()) {
            changes.add(() -> cloud.deleteTransitRouterRouteEntry(x -> x.transitRouterRouteEntryId(e.id().orElseThrow())));
          }
          if (changes.isEmpty()) {
            return;
          }
          changes.get(random.nextInt(changes.size())).run();
          String incremental = cloud.reachability().network(a, b, 443).explain();
          String fresh = dev.cenkit.inmemory.reach.ReachabilityEngine.of(Internals.state(cloud)).network(a, b, 443).explain();
          assertThat(incremental).as("%s", topology).isEqualTo(fresh);
        });
  }

  @Test
  void removingAPropagationOrAssociationKeepsTheInvariantsAndOnlyRemovesRoutes() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert((seed, regions, vpcs, pick) -> {
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = applied(topology);
          Snapshot before = Internals.state(cloud);
          List<Runnable> removals = new ArrayList<>();
          for (TransitRouterRouteTable t : before.transitRouter().routeTables().values()) {
            for (TransitRouterRouteTablePropagation p : before.transitRouter().propagationsInto(t.id())) {
              removals.add(() -> cloud.disableTransitRouterRouteTablePropagation(
                  b -> b.transitRouterAttachmentId(p.attachmentId()).transitRouterRouteTableId(p.routeTableId())));
            }
            for (TransitRouterRouteTableAssociation a : before.transitRouter().associationsOf(t.id())) {
              removals.add(() -> cloud.dissociateTransitRouterAttachmentFromRouteTable(
                  b -> b.transitRouterAttachmentId(a.attachmentId()).transitRouterRouteTableId(a.routeTableId())));
            }
          }
          if (removals.isEmpty()) {
            return;
          }
          removals.get(Math.floorMod(pick, removals.size())).run();
          assertThat(EnterpriseInvariants.violations(Internals.state(cloud))).as("%s", topology).isEmpty();
          var tablesBefore = dev.cenkit.inmemory.routing.TransitRouterRouteTables.of(before);
          var tablesAfter = dev.cenkit.inmemory.routing.TransitRouterRouteTables.of(Internals.state(cloud));
          for (TransitRouterRouteTable t : before.transitRouter().routeTables().values()) {
            // Monotonicity: taking away a propagation or association never adds a destination to a table.
            assertThat(destinations(tablesBefore.entries(t.id()))).as("%s\ntable %s", topology, t.id())
                .containsAll(destinations(tablesAfter.entries(t.id())));
          }
        });
  }

  private static List<String> destinations(List<TransitRouterRouteEntry> entries) {
    return entries.stream().map(e -> e.destinationCidrBlock().toString()).distinct().toList();
  }

  @Test
  void deletingAConnectionInUseWithoutForceIsRejectedAndChangesNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3), CenkitGens.picks())
        .checkAssert((seed, regions, vpcs, pick) -> {
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = applied(topology);
          List<TransitRouterAttachment> all = List.copyOf(cloud.snapshot().transitRouter().attachments().values());
          TransitRouterAttachment a = all.get(Math.floorMod(pick, all.size()));
          Snapshot before = Internals.state(cloud);
          boolean used = a.routers().stream().anyMatch(r ->
              before.transitRouter().associationOf(r, a.id()).isPresent()
                  || !before.transitRouter().propagationsOf(r, a.id()).isEmpty())
              || !before.transitRouter().staticEntriesTo(a.id()).isEmpty();
          try {
            delete(cloud, a, false);
            assertThat(used).as("%s\n%s deleted while in use", topology, a.id()).isFalse();
          } catch (CenkitException e) {
            assertThat(used).as("%s\n%s: %s", topology, a.id(), e.getMessage()).isTrue();
            assertThat(cloud.snapshot()).isSameAs(before);
          }
          assertThat(EnterpriseInvariants.violations(Internals.state(cloud))).isEmpty();
        });
  }

  @Test
  void everyGeneratedTopologyTearsDownInTheDocumentedOrder() {
    qt().withExamples(EXAMPLES)
        .forAll(Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 4), Generate.range(1, 3))
        .checkAssert((seed, regions, vpcs) -> {
          EnterpriseTopology topology = EnterpriseTopologyGenerator.generate(seed, regions, vpcs);
          InMemoryCloud cloud = applied(topology);
          Snapshot s = Internals.state(cloud);
          CenId cen = s.cen().cens().firstKey();
          // E32: static entries, then associations and propagations, then connections, tables, routers, plans, CEN.
          for (TransitRouterRouteEntry e : List.copyOf(s.transitRouter().staticEntries().values())) {
            cloud.deleteTransitRouterRouteEntry(b -> b.transitRouterRouteEntryId(e.id().orElseThrow()));
          }
          for (TransitRouterRouteTable t : List.copyOf(s.transitRouter().routeTables().values())) {
            for (TransitRouterRouteTableAssociation a : s.transitRouter().associationsOf(t.id())) {
              cloud.dissociateTransitRouterAttachmentFromRouteTable(
                  b -> b.transitRouterAttachmentId(a.attachmentId()).transitRouterRouteTableId(t.id()));
            }
            for (TransitRouterRouteTablePropagation p : s.transitRouter().propagationsInto(t.id())) {
              cloud.disableTransitRouterRouteTablePropagation(
                  b -> b.transitRouterAttachmentId(p.attachmentId()).transitRouterRouteTableId(t.id()));
            }
          }
          for (TransitRouterAttachment a : List.copyOf(s.transitRouter().attachments().values())) {
            delete(cloud, a, false);
          }
          for (TransitRouterRouteTable t : List.copyOf(s.transitRouter().routeTables().values())) {
            if (t.type() == TransitRouterRouteTableType.CUSTOM) {
              cloud.deleteTransitRouterRouteTable(b -> b.transitRouterRouteTableId(t.id()));
            }
          }
          for (TransitRouter r : s.transitRouter().transitRoutersOf(cen)) {
            cloud.deleteTransitRouter(b -> b.transitRouterId(r.id()));
          }
          for (BandwidthPlan plan : cloud.snapshot().cen().bandwidthPlansOf(cen)) {
            cloud.unassociateCenBandwidthPackage(cen, plan.id()); // a prepaid plan is kept until it expires (R23)
          }
          cloud.deleteCen(cen);
          assertThat(cloud.snapshot().transitRouter().transitRouters()).as("%s", topology).isEmpty();
          assertThat(cloud.snapshot().transitRouter().attachments()).isEmpty();
          assertThat(cloud.snapshot().transitRouter().routeTables()).isEmpty();
        });
  }

  @Test
  void generatedTopologiesCoverCustomTablesBlackholesAndPeersWithAndWithoutBandwidth() {
    boolean custom = false;
    boolean blackhole = false;
    boolean paid = false;
    boolean testOnly = false;
    boolean partial = false;
    SplittableRandom seeds = new SplittableRandom(7);
    for (int i = 0; i < 200; i++) {
      InMemoryCloud cloud = applied(EnterpriseTopologyGenerator.generate(seeds.nextLong(), 4, 2));
      Snapshot s = Internals.state(cloud);
      custom |= s.transitRouter().routeTables().values().stream().anyMatch(t -> t.type() == TransitRouterRouteTableType.CUSTOM);
      blackhole |= s.transitRouter().staticEntries().values().stream().anyMatch(TransitRouterRouteEntry::isBlackhole);
      for (TransitRouterAttachment a : s.transitRouter().attachments().values()) {
        paid |= a.isPeer() && a.bandwidthPackageId().isPresent();
        testOnly |= a.isPeer() && a.bandwidthMbps() == 0;
        partial |= a.kind() == TransitRouterAttachmentKind.VPC
            && s.transitRouter().associationOf(a.transitRouterId(), a.id()).isEmpty();
      }
    }
    assertThat(List.of(custom, blackhole, paid, testOnly, partial)).containsOnly(true);
  }

  private static void delete(InMemoryCloud cloud, TransitRouterAttachment a, boolean force) {
    switch (a.kind()) {
      case VPC:
        cloud.deleteTransitRouterVpcAttachment(b -> b.transitRouterAttachmentId(a.id()).force(force));
        break;
      case VBR:
        cloud.deleteTransitRouterVbrAttachment(b -> b.transitRouterAttachmentId(a.id()).force(force));
        break;
      default:
        cloud.deleteTransitRouterPeerAttachment(b -> b.transitRouterAttachmentId(a.id()).force(force));
    }
  }
}
