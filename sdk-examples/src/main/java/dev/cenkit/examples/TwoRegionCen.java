package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApplyResult;
import dev.cenkit.dsl.Cen;
import dev.cenkit.dsl.CenSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.CloudSnapshot;
import java.io.PrintStream;

/** Builds a CEN joining a VPC in Hangzhou and one in Beijing, and prints what the cloud holds. */
public final class TwoRegionCen {
  private TwoRegionCen() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 =
        Vpc.in(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc3 = Vpc.in(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    CenSpec cen = Cen.create().named("api-mesh").attach(vpc1).attach(vpc3);

    ApplyResult result = cloud.apply(cen);

    CloudSnapshot snapshot = result.snapshot();
    out.println("== Two-region CEN (snapshot version " + snapshot.version() + ")");
    snapshot.cen().cens().values().forEach(c -> out.println("CEN " + c.id() + " '" + c.displayName() + "'"));
    for (CenAttachment a : snapshot.cen().attachmentsOf(result.id(cen.ref()))) {
      Vpc vpc = snapshot.vpc().vpcs().get((dev.cenkit.model.vpc.VpcId) a.childInstanceId());
      out.println(
          "  attached " + a.childInstanceType() + " " + vpc.id() + " '" + vpc.displayName() + "' in "
              + vpc.region() + " (" + vpc.region().area() + "), " + vpc.cidrBlock());
      snapshot.vpc().vSwitchesOf(vpc.id())
          .forEach(v -> out.println("    vSwitch " + v.id() + " " + v.zoneId() + " " + v.cidrBlock()));
    }
  }
}
