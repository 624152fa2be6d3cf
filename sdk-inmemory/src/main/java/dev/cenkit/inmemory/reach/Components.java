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

  static Component vbr(dev.cenkit.model.expressconnect.Vbr vbr) {
    return Component.of(ComponentKind.VBR, vbr.id().value(), vbr.name().orElse(vbr.id().value()), Optional.of(vbr.region()));
  }

  static Component circuit(dev.cenkit.model.expressconnect.PhysicalConnection pc) {
    return Component.of(ComponentKind.PHYSICAL_CONNECTION, pc.id().value(), pc.name().orElse(pc.id().value()), Optional.of(pc.region()));
  }

  static Component dataCenter(dev.cenkit.model.expressconnect.DataCenter dc) {
    return Component.of(ComponentKind.DATA_CENTER, dc.id().value(), dc.name(), Optional.empty());
  }

  static Component instance(dev.cenkit.model.apigateway.ApiGatewayInstance i) {
    return Component.of(ComponentKind.API_GATEWAY_INSTANCE, i.id().value(), i.displayName(), Optional.of(i.region()));
  }

  static Component group(dev.cenkit.model.apigateway.ApiGroup g) {
    return Component.of(ComponentKind.API_GROUP, g.id().value(), g.name(), Optional.of(g.region()));
  }

  static Component api(dev.cenkit.model.apigateway.Api a) {
    return Component.of(ComponentKind.API, a.id().value(), a.name(), Optional.of(a.region()));
  }

  static Component vpcAccess(dev.cenkit.model.apigateway.VpcAccess a) {
    return Component.of(ComponentKind.VPC_ACCESS, a.id().value(), a.name(), Optional.of(a.region()));
  }

  static Component function(dev.cenkit.model.fc.FcFunction f) {
    return Component.of(ComponentKind.FC_FUNCTION, f.id().value(), f.functionName(), Optional.of(f.region()));
  }

  static Component host(Ipv4Address address, Optional<RegionId> region) {
    return Component.of(ComponentKind.HOST, address.toString(), address.toString(), region);
  }
}
