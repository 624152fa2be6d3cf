package dev.cenkit.testkit;

import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.testkit.GeneratedTopology.GenCen;
import dev.cenkit.testkit.GeneratedTopology.GenVSwitch;
import dev.cenkit.testkit.GeneratedTopology.GenVpc;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates random valid topologies from a seed, in plain Java so that any driver (QuickTheories via
 * {@link CenkitGens}, a benchmark, a user's own property-testing library) can use it. The same seed and size
 * always give the same topology.
 */
public final class TopologyGenerator {
  /** Regions drawn from, across areas: Chinese mainland first, then Asia-Pacific, North America, Europe. */
  static final List<RegionId> REGIONS =
      List.of(
          RegionId.CN_HANGZHOU,
          RegionId.CN_BEIJING,
          RegionId.CN_SHANGHAI,
          RegionId.CN_HONGKONG,
          RegionId.AP_SOUTHEAST_1,
          RegionId.US_WEST_1,
          RegionId.EU_CENTRAL_1,
          RegionId.CN_SHENZHEN);

  private TopologyGenerator() {}

  /** A topology of {@code size} for {@code seed}. */
  public static GeneratedTopology generate(long seed, TopologySize size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<GenVpc> vpcs = new ArrayList<>();
    for (int i = 0; i < size.vpcs(); i++) {
      vpcs.add(vpc(random, size, i));
    }
    List<GenCen> cens = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    List<List<VpcSpec>> specs = new ArrayList<>();
    for (int c = 0; c < size.cens(); c++) {
      members.add(new ArrayList<>());
      specs.add(new ArrayList<>());
    }
    if (size.cens() > 0) {
      for (GenVpc v : vpcs) {
        int choice = random.nextInt(size.cens() + 1); // size.cens() means "not attached"
        if (choice < size.cens()) {
          members.get(choice).add(v.name());
          specs.get(choice).add(v.spec());
        }
      }
    }
    for (int c = 0; c < size.cens(); c++) {
      CenSpec spec = Cen.create().named("cen" + c);
      for (VpcSpec v : specs.get(c)) {
        spec = spec.attach(v);
      }
      cens.add(new GenCen("cen" + c, members.get(c), spec));
    }
    return new GeneratedTopology(seed, size, vpcs, cens);
  }

  private static GenVpc vpc(SplittableRandom random, TopologySize size, int index) {
    RegionId region = REGIONS.get(random.nextInt(size.regions()));
    // Without overlap VPC i owns 10.i.0.0/16 (TopologySize allows at most 200 VPCs); with overlap it may reuse one.
    int block = size.overlapping() && index > 0 && random.nextInt(4) == 0 ? random.nextInt(index) : index;
    Cidr cidr = Cidr.of("10." + block + ".0.0/16");
    String name = "vpc" + index;
    int count = 1 + random.nextInt(size.vSwitchesPerVpc());
    List<GenVSwitch> vSwitches = new ArrayList<>();
    VpcSpec spec = Vpc.in(region).named(name).cidr(cidr);
    String prefix = "10." + block;
    for (int s = 0; s < count; s++) {
      GenVSwitch vsw = new GenVSwitch(region.id() + "-a", Cidr.of(prefix + "." + (s + 1) + ".0/24"));
      vSwitches.add(vsw);
      spec = spec.vSwitch(vsw.zoneId(), vsw.cidr().toString());
    }
    return new GenVpc(name, region, cidr, vSwitches, spec);
  }
}
