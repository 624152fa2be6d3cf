package dev.cenkit.testkit;

import dev.cenkit.dsl.BandwidthPlanSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EnterpriseCenSpec;
import dev.cenkit.dsl.PeerConnectionSpec;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.dsl.VpcConnectionSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.model.Area;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.tr.TransitRouterRouteTable;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.spi.tr.AssociateTransitRouterAttachmentWithRouteTableRequest;
import dev.cenkit.spi.tr.CreateTransitRouterRouteTableRequest;
import dev.cenkit.spi.tr.EnableTransitRouterRouteTablePropagationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates random valid Enterprise Edition topologies from a seed, in plain Java: one CEN with a transit router
 * in each of up to four Chinese mainland regions, VPC connections that are associated, propagating and
 * auto-publishing or not, custom route tables that some connections are associated with or propagate into,
 * blackhole entries, and inter-region connections with plan bandwidth, pay-by-data-transfer or none (test
 * bandwidth only), associated and propagating or not. The same seed and size give the same topology, and
 * every generated topology applies without error to an empty cloud.
 *
 * <p>Address plan: VPC {@code i} owns {@code 10.i.0.0/16}, its vSwitches {@code 10.i.(s+1).0/24}.
 */
public final class EnterpriseTopologyGenerator {
  static final List<RegionId> REGIONS =
      List.of(RegionId.CN_HANGZHOU, RegionId.CN_BEIJING, RegionId.CN_SHANGHAI, RegionId.CN_SHENZHEN);

  private EnterpriseTopologyGenerator() {}

  /** A generated topology: its spec and a line per decision, for counterexamples. */
  public record EnterpriseTopology(EnterpriseCenSpec spec, List<VpcSpec> vpcs, List<String> description) {
    /** The whole topology, for a failing property's report. */
    @Override
    public String toString() {
      return String.join("\n", description);
    }
  }

  /** A topology of up to {@code regions} regions (1-4) and {@code vpcsPerRegion} VPCs per region for {@code seed}. */
  public static EnterpriseTopology generate(long seed, int regions, int vpcsPerRegion) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = Math.max(1, Math.min(regions, REGIONS.size()));
    EnterpriseCenSpec spec = Cenkit.enterpriseCen().named("ee");
    List<String> lines = new ArrayList<>();
    List<VpcSpec> vpcs = new ArrayList<>();
    List<VpcConnectionSpec> connections = new ArrayList<>();
    int index = 0;
    for (int r = 0; r < n; r++) {
      RegionId region = REGIONS.get(r);
      spec = spec.router(region);
      int count = 1 + random.nextInt(Math.max(1, vpcsPerRegion));
      for (int v = 0; v < count; v++, index++) {
        VpcSpec vpc = Cenkit.vpc(region).named("vpc" + index).cidr("10." + index + ".0.0/16");
        int vSwitches = 1 + random.nextInt(2);
        for (int s = 0; s < vSwitches; s++) {
          vpc = vpc.vSwitch(region.id() + "-" + (char) ('a' + s), "10." + index + "." + (s + 1) + ".0/24");
        }
        vpcs.add(vpc);
        VpcConnectionSpec c = VpcConnectionSpec.of(vpc);
        boolean associate = random.nextInt(5) > 0;
        boolean propagate = random.nextInt(5) > 0;
        boolean publish = random.nextInt(5) > 0;
        if (!associate) {
          c = c.withoutAssociation();
        }
        if (!propagate) {
          c = c.withoutPropagation();
        }
        if (!publish) {
          c = c.withoutAutoPublish();
        }
        connections.add(c);
        spec = spec.connect(c);
        lines.add("vpc" + index + " in " + region + ": " + vSwitches + " vSwitches, associated=" + associate
            + " propagating=" + propagate + " autoPublish=" + publish);
        if (!associate && random.nextBoolean()) {
          // A custom table for this connection: associated there, and the VPC's blocks maybe learned there too.
          Ref<TransitRouterRouteTableId> table = Ref.pending(TransitRouterRouteTableId.KIND, "custom table of vpc" + index);
          var router = spec.routerRef(region).orElseThrow();
          var ref = c.ref();
          Spec custom =
              Spec.empty()
                  .plus(Step.creating(table,
                      b -> CreateTransitRouterRouteTableRequest.builder().transitRouterId(b.resolve(router)).build(),
                      TransitRouterRouteTable::id))
                  .plus(Step.of("associate " + ref.label() + " with " + table.label(),
                      b -> AssociateTransitRouterAttachmentWithRouteTableRequest.builder()
                          .transitRouterAttachmentId(b.resolve(ref)).transitRouterRouteTableId(b.resolve(table)).build()));
          boolean learn = random.nextBoolean();
          if (learn) {
            custom = custom.plus(Step.of("propagate " + ref.label() + " into " + table.label(),
                b -> EnableTransitRouterRouteTablePropagationRequest.builder()
                    .transitRouterAttachmentId(b.resolve(ref)).transitRouterRouteTableId(b.resolve(table)).build()));
          }
          spec = spec.with(custom);
          lines.add("  custom table for vpc" + index + ", propagating there=" + learn);
        }
      }
      if (random.nextInt(4) == 0) {
        String hole = "10." + random.nextInt(index) + ".0.0/16";
        spec = spec.blackhole(region, hole);
        lines.add("blackhole " + hole + " in " + region);
      }
    }
    boolean planUsed = false;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        PeerConnectionSpec p = PeerConnectionSpec.between(REGIONS.get(a), REGIONS.get(b));
        String bandwidth = "none";
        int kind = random.nextInt(3);
        if (kind == 1 && !planUsed) {
          p = p.bandwidth(Cenkit.bandwidthPlan(10).between(Area.CHINA, Area.CHINA), 2);
          planUsed = true;
          bandwidth = "2 Mbit/s from a plan";
        } else if (kind == 2) {
          p = p.dataTransfer(5);
          bandwidth = "5 Mbit/s data transfer";
        }
        boolean associate = random.nextInt(5) > 0;
        boolean propagate = random.nextInt(5) > 0;
        if (!associate) {
          p = p.withoutAssociation();
        }
        if (!propagate) {
          p = p.withoutPropagation();
        }
        spec = spec.peer(p);
        lines.add("peer " + REGIONS.get(a) + " <-> " + REGIONS.get(b) + ": " + bandwidth + ", associated="
            + associate + " propagating=" + propagate);
      }
    }
    return new EnterpriseTopology(spec, List.copyOf(vpcs), List.copyOf(lines));
  }
}
