package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import java.util.Optional;

/** Builds the {@link Component}s that hops and blockers name, from resources. */
final class Components {
  private Components() {}

  static Component vpc(Vpc vpc) {
    return Component.of(ComponentKind.VPC, vpc.id().value(), vpc.displayName(), Optional.of(vpc.region()));
  }

  static Component vSwitch(VSwitch vsw) {
    return Component.of(
        ComponentKind.VSWITCH, vsw.id().value(), vsw.name().orElse(vsw.id().value()), Optional.of(vsw.region()));
  }

  static Component cen(CenInstance cen, Optional<RegionId> region) {
    return Component.of(ComponentKind.CEN, cen.id().value(), cen.displayName(), region);
  }

  static Component host(Ipv4Address address, Optional<RegionId> region) {
    return Component.of(ComponentKind.HOST, address.toString(), address.toString(), region);
  }
}
