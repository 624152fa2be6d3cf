package dev.cenkit.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.VpcId;
import java.util.Optional;

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

  /**
   * A host in a vSwitch: at its first address that Alibaba Cloud does not reserve (the first address and the
   * last three of every vSwitch are reserved).
   */
  public static VpcHost in(VSwitch vSwitch) {
    Checks.required(vSwitch, "vSwitch");
    return new VpcHost(vSwitch.vpcId(), vSwitch.cidrBlock().address(1));
  }

  /**
   * A host at {@code address} in a vSwitch.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} when the address is not inside the vSwitch
   */
  public static VpcHost in(VSwitch vSwitch, String address) {
    Checks.required(vSwitch, "vSwitch");
    Ipv4Address a = Ipv4Address.of(address);
    if (!vSwitch.cidrBlock().contains(a)) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "address " + a + " is not inside vSwitch " + vSwitch.id() + " (" + vSwitch.cidrBlock() + ")", vSwitch.id());
    }
    return new VpcHost(vSwitch.vpcId(), a);
  }

  /**
   * The ingress of a dedicated API Gateway instance as a host: the address its VPC domains resolve to in its
   * bound VPC (D5); empty when the instance is shared or not bound.
   */
  public static Optional<VpcHost> ingressOf(ApiGatewayInstance instance) {
    Checks.required(instance, "API Gateway instance");
    return instance.vpcBinding().map(b -> new VpcHost(b.vpcId(), b.ingressAddress()));
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
