package dev.cenkit.testkit;

import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.Spec;
import dev.cenkit.dsl.SpecSource;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.Quotas;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.CloudProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * A random valid topology: plain data from which both the spec to apply and the equivalent cenkit builder
 * code are derived, so a shrunk counterexample can be pasted into a test.
 */
public final class GeneratedTopology {
  /** A generated vSwitch. */
  public record GenVSwitch(String zoneId, Cidr cidr) {}

  /** A generated VPC. */
  public record GenVpc(String name, RegionId region, Cidr cidr, List<GenVSwitch> vSwitches, VpcSpec spec) {}

  /** A generated CEN and the names of the VPCs attached to it, in attach order. */
  public record GenCen(String name, List<String> attached, CenSpec spec) {}

  private final long seed;
  private final TopologySize size;
  private final List<GenVpc> vpcs;
  private final List<GenCen> cens;

  GeneratedTopology(long seed, TopologySize size, List<GenVpc> vpcs, List<GenCen> cens) {
    this.seed = seed;
    this.size = size;
    this.vpcs = List.copyOf(vpcs);
    this.cens = List.copyOf(cens);
  }

  /** The seed it was generated from: the same seed gives the same topology. */
  public long seed() {
    return seed;
  }

  /** The size it was generated with. */
  public TopologySize size() {
    return size;
  }

  /** The VPCs. */
  public List<GenVpc> vpcs() {
    return vpcs;
  }

  /** The CENs. */
  public List<GenCen> cens() {
    return cens;
  }

  /** Quotas large enough for any generated topology. */
  public static Quotas quotas() {
    return Quotas.builder().vpcsPerRegion(250).childInstancesPerRegionPerCen(250).regionsPerCen(8).build();
  }

  /** The spec that creates the whole topology. */
  public Spec spec() {
    List<SpecSource> parts = new ArrayList<>();
    vpcs.forEach(v -> parts.add(v.spec()));
    cens.forEach(c -> parts.add(c.spec()));
    return Spec.of(parts);
  }

  /** Applies the topology to {@code cloud} and returns where everything landed. */
  public Applied applyTo(CloudProvider cloud) {
    return new Applied(cloud.apply(spec()));
  }

  /** The topology after it was applied: ids and hosts to ask questions about. */
  public final class Applied {
    private final ApplyResult result;

    Applied(ApplyResult result) {
      this.result = result;
    }

    /** The apply result. */
    public ApplyResult result() {
      return result;
    }

    /** One host per vSwitch: the tenth address of its block. */
    public List<VpcHost> hosts() {
      List<VpcHost> hosts = new ArrayList<>();
      for (GenVpc v : vpcs) {
        for (GenVSwitch s : v.vSwitches()) {
          hosts.add(new VpcHost(result.id(v.spec().ref()), s.cidr().address(10)));
        }
      }
      return hosts;
    }
  }

  /** The topology as cenkit builder code that creates it. */
  public String toJavaCode() {
    StringBuilder sb = new StringBuilder();
    sb.append("// reproduce with TopologyGenerator.generate(").append(seed).append("L, new ").append(size)
        .append(")\n");
    for (GenVpc v : vpcs) {
      sb.append("VpcSpec ").append(v.name()).append(" = Vpc.in(RegionId.of(\"").append(v.region())
          .append("\")).named(\"").append(v.name()).append("\").cidr(\"").append(v.cidr()).append("\")");
      for (GenVSwitch s : v.vSwitches()) {
        sb.append("\n    .vSwitch(\"").append(s.zoneId()).append("\", \"").append(s.cidr()).append("\")");
      }
      sb.append(";\n");
    }
    for (GenCen c : cens) {
      sb.append("CenSpec ").append(c.name()).append(" = Cen.create().named(\"").append(c.name()).append("\")");
      c.attached().forEach(a -> sb.append(".attach(").append(a).append(')'));
      sb.append(";\n");
    }
    sb.append("Spec spec = Spec.of(");
    List<String> names = new ArrayList<>();
    vpcs.forEach(v -> names.add(v.name()));
    cens.forEach(c -> names.add(c.name()));
    sb.append(String.join(", ", names)).append(");\n");
    return sb.toString();
  }

  @Override
  public String toString() {
    return toJavaCode();
  }
}
