package dev.cenkit.testkit;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators over the plain-Java {@link TopologyGenerator}. The sizes are generated too, so
 * QuickTheories shrinks a failing topology towards fewer regions, VPCs, vSwitches and CENs, and the printed
 * counterexample ({@link GeneratedTopology#toJavaCode()}) is small.
 */
public final class CenkitGens {
  private CenkitGens() {}

  /** Topologies of at most {@code max}'s size (each dimension from its minimum up to {@code max}'s). */
  public static Gen<GeneratedTopology> topologies(TopologySize max) {
    Gen<TopologySize> sizes =
        Generate.range(1, max.regions())
            .zip(
                Generate.range(1, max.vpcs()),
                Generate.range(1, max.vSwitchesPerVpc()),
                Generate.range(0, max.cens()),
                (regions, vpcs, vSwitches, cens) ->
                    new TopologySize(regions, vpcs, vSwitches, cens, max.overlapping()));
    return sizes
        .zip(Generate.longRange(0, Long.MAX_VALUE), (size, seed) -> TopologyGenerator.generate(seed, size))
        .describedAs(GeneratedTopology::toJavaCode);
  }

  /** Indexes for picking elements of generated lists: any int; use {@code Math.floorMod(i, size)}. */
  public static Gen<Integer> picks() {
    return Generate.range(0, 1 << 20);
  }
}
