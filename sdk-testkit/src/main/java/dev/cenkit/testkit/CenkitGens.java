package dev.cenkit.testkit;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators over the plain-Java {@link TopologyGenerator}. The sizes are generated too, so
 * QuickTheories shrinks a failing topology towards fewer regions, VPCs, vSwitches, CENs, data centers,
 * circuits, instances, groups and APIs (and without plans or terminated links), and the printed
 * counterexample ({@link GeneratedTopology#toJavaCode()}) is small.
 */
public final class CenkitGens {
  private CenkitGens() {}

  /** Topologies of at most {@code max}'s size (each dimension from its minimum up to {@code max}'s). */
  public static Gen<GeneratedTopology> topologies(TopologySize max) {
    return sizes(max)
        .zip(Generate.longRange(0, Long.MAX_VALUE), (size, seed) -> TopologyGenerator.generate(seed, size))
        .describedAs(GeneratedTopology::toJavaCode);
  }

  /** Sizes up to {@code max}: every dimension shrinks towards its minimum, every switch towards off. */
  public static Gen<TopologySize> sizes(TopologySize max) {
    Gen<TopologySize> network =
        Generate.range(1, max.regions())
            .zip(
                Generate.range(1, max.vpcs()),
                Generate.range(1, max.vSwitchesPerVpc()),
                Generate.range(0, max.cens()),
                (regions, vpcs, vSwitches, cens) ->
                    new TopologySize(regions, vpcs, vSwitches, cens, max.overlapping()));
    Gen<int[]> links =
        flag(max.bandwidthPlans())
            .zip(
                Generate.range(0, max.dataCenters()),
                Generate.range(1, max.circuitsPerDataCenter()),
                flag(max.inactiveLinks()),
                (plans, dcs, circuits, inactive) -> new int[] {plans, dcs, circuits, inactive});
    Gen<int[]> gateways =
        Generate.range(0, max.apiInstances())
            .zip(
                Generate.range(1, max.groupsPerInstance()),
                Generate.range(0, max.apisPerGroup()),
                (instances, groups, apis) -> new int[] {instances, groups, apis});
    return network.zip(
        links,
        gateways,
        (n, l, g) ->
            n.withBandwidthPlans(l[0] == 1).withDataCenters(l[1]).withCircuitsPerDataCenter(l[2])
                .withInactiveLinks(l[3] == 1).withApiInstances(g[0]).withGroupsPerInstance(g[1])
                .withApisPerGroup(g[2]));
  }

  private static Gen<Integer> flag(boolean allowed) {
    return Generate.range(0, allowed ? 1 : 0);
  }

  /** Indexes for picking elements of generated lists: any int; use {@code Math.floorMod(i, size)}. */
  public static Gen<Integer> picks() {
    return Generate.range(0, 1 << 20);
  }
}
