package dev.cenkit.testkit;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.Operation;
import dev.cenkit.spi.cen.AttachCenChildInstanceRequest;
import dev.cenkit.spi.cen.CreateCenRequest;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Draws operations against a live cloud from its current state: attach what exists, create inside what
 * exists, and now and then something invalid (a vSwitch outside its VPC, an attachment to a second CEN, a
 * region that does not match). Plain Java over a seeded random source; the same seed and the same states
 * give the same operations.
 */
public final class OperationGenerator {
  private final List<BiFunction<SplittableRandom, CloudSnapshot, Operation<?>>> kinds = new ArrayList<>();

  /** A generator of every operation kind it knows. */
  public OperationGenerator() {
    kinds.add(OperationGenerator::createVpc);
    kinds.add(OperationGenerator::createVSwitch);
    kinds.add(OperationGenerator::createCen);
    kinds.add(OperationGenerator::attach);
  }

  /** The next operation for a cloud in state {@code s}. */
  public Operation<?> next(SplittableRandom random, CloudSnapshot s) {
    return kinds.get(random.nextInt(kinds.size())).apply(random, s);
  }

  /** {@code count} operations drawn against successive states; for sequences, call {@link #next} per step. */
  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static Operation<?> createVpc(SplittableRandom random, CloudSnapshot s) {
    RegionId region = pick(random, TopologyGenerator.REGIONS.subList(0, 4));
    int block = random.nextInt(40);
    // One in ten asks for a mask outside /8-/28 (R36).
    String cidr = random.nextInt(10) == 0 ? "10." + block + ".0.0/29" : "10." + block + ".0.0/16";
    return CreateVpcRequest.builder().region(region).cidrBlock(Cidr.of(cidr)).vpcName("vpc" + s.version()).build();
  }

  private static Operation<?> createVSwitch(SplittableRandom random, CloudSnapshot s) {
    List<Vpc> vpcs = new ArrayList<>(s.vpc().vpcs().values());
    if (vpcs.isEmpty()) {
      return createVpc(random, s);
    }
    Vpc vpc = pick(random, vpcs);
    String net = vpc.cidrBlock().network().toString();
    String prefix = net.substring(0, net.lastIndexOf('.', net.lastIndexOf('.') - 1));
    // Mostly inside the VPC; sometimes overlapping an existing one, or outside the VPC (R37).
    String cidr =
        random.nextInt(8) == 0 ? "192.168." + random.nextInt(4) + ".0/24" : prefix + "." + random.nextInt(8) + ".0/24";
    List<VSwitch> existing = s.vpc().vSwitchesOf(vpc.id());
    String zone = random.nextInt(12) == 0 ? "xx-nowhere-a" : vpc.region().id() + "-a";
    if (!existing.isEmpty() && random.nextInt(6) == 0) {
      cidr = pick(random, existing).cidrBlock().toString();
    }
    return CreateVSwitchRequest.builder().vpcId(vpc.id()).zoneId(zone).cidrBlock(Cidr.of(cidr)).build();
  }

  private static Operation<?> createCen(SplittableRandom random, CloudSnapshot s) {
    return CreateCenRequest.builder().name("cen" + s.version()).build();
  }

  private static Operation<?> attach(SplittableRandom random, CloudSnapshot s) {
    List<Vpc> vpcs = new ArrayList<>(s.vpc().vpcs().values());
    List<CenId> cens = new ArrayList<>(s.cen().cens().keySet());
    if (vpcs.isEmpty() || cens.isEmpty()) {
      return random.nextBoolean() ? createVpc(random, s) : createCen(random, s);
    }
    Vpc vpc = pick(random, vpcs);
    // Sometimes the wrong region (R1); attaching an attached VPC again is drawn naturally (R6).
    RegionId region = random.nextInt(10) == 0 ? RegionId.US_EAST_1 : vpc.region();
    return AttachCenChildInstanceRequest.builder()
        .cenId(pick(random, cens))
        .childInstanceId(vpc.id())
        .childInstanceRegion(region)
        .build();
  }
}
