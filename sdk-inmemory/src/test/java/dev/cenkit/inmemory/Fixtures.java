package dev.cenkit.inmemory;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;

/** Small helpers that build resources through the public API, for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A VPC with the given block in {@code region}. */
  public static Vpc vpc(InMemoryCloud cloud, RegionId region, String cidr) {
    return cloud.createVpc(b -> b.region(region).cidrBlock(Cidr.of(cidr)));
  }

  /** A vSwitch in the first zone {@code <region>-a} of the VPC's region. */
  public static VSwitch vSwitch(InMemoryCloud cloud, Vpc vpc, String cidr) {
    return cloud.createVSwitch(b -> b.vpcId(vpc.id()).zoneId(vpc.region().id() + "-a").cidrBlock(Cidr.of(cidr)));
  }

  /** A VPC with one vSwitch of the given blocks. */
  public static Vpc vpcWithVSwitch(InMemoryCloud cloud, RegionId region, String vpcCidr, String vSwitchCidr) {
    Vpc vpc = vpc(cloud, region, vpcCidr);
    vSwitch(cloud, vpc, vSwitchCidr);
    return vpc;
  }

  /** A new CEN's id. */
  public static CenId cen(InMemoryCloud cloud) {
    return cloud.createCen(b -> {}).id();
  }

  /** Attaches the VPC to the CEN, naming its own region. */
  public static CenAttachment attach(InMemoryCloud cloud, CenId cen, Vpc vpc) {
    return cloud.attachCenChildInstance(b -> b.cenId(cen).childInstanceId(vpc.id()).childInstanceRegion(vpc.region()));
  }
}
