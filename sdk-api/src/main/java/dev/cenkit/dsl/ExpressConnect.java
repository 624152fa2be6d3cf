package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.Vpc;

/**
 * The entry point of the Express Connect builders, named after the product:
 *
 * <pre>{@code
 * DataCenterSpec idc = DataCenter.named("hz-idc").prefix("192.168.0.0/16").host("backend", "192.168.10.5");
 * ExpressConnectSpec line =
 *     ExpressConnect.circuit().in(CN_HANGZHOU)
 *         .vbr(VbrSpec.vlan(100).localIp("10.0.0.1").peerIp("10.0.0.2").mask(30))
 *         .routesTo(idc)
 *         .dataCenterRoute("172.16.0.0/16");
 * cloud.apply(line.attachedTo(Cen.create().attach(vpc1)));
 * }</pre>
 */
public final class ExpressConnect {
  private ExpressConnect() {}

  /** Starts the description of a new physical connection (circuit) with a VBR. */
  public static ExpressConnectSpec.Start circuit() {
    return ExpressConnectSpec.start();
  }

  /** Starts a router-interface pair between a VBR that a spec creates and a VPC that a spec creates. */
  public static RouterInterfaceSpec routerInterfaces(ExpressConnectSpec vbr, VpcSpec vpc) {
    return RouterInterfaceSpec.between(vbr, vpc);
  }

  /** Starts a router-interface pair between an existing VBR and an existing VPC. */
  public static RouterInterfaceSpec routerInterfaces(Vbr vbr, Vpc vpc) {
    Checks.required(vbr, "VBR");
    Checks.required(vpc, "VPC");
    return RouterInterfaceSpec.between(vbr, vpc);
  }
}
