package dev.cenkit.reach;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.vpc.VpcId;

/**
 * An ECS-like host in a VPC: an address that must lie inside one of the VPC's vSwitches. ECS instances are
 * not modelled as resources; the address stands for one.
 *
 * @param vpcId the VPC
 * @param address the host's private address
 */
public record VpcHost(VpcId vpcId, Ipv4Address address) implements Endpoint {
  /** Checks the parameters. */
  public VpcHost {
    Checks.required(vpcId, "VPC id");
    Checks.required(address, "address");
  }

  /** A host at {@code address} (e.g. {@code "10.3.1.10"}) in {@code vpcId}. */
  public static VpcHost of(VpcId vpcId, String address) {
    return new VpcHost(vpcId, Ipv4Address.of(address));
  }

  @Override
  public String networkId() {
    return vpcId.value();
  }

  @Override
  public String describe() {
    return "host " + address + " in " + vpcId;
  }
}
