package dev.cenkit.model.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import org.immutables.value.Value;

/**
 * The VPC bound to a dedicated instance ("Bind to VPC", {@code ModifyInstanceVpcAttributeForConsole}; R50,
 * R51, D5, D6): the instance's VPC second-level domains resolve to {@link #ingressAddress()}, a private
 * address in the bound vSwitch.
 */
@Value.Immutable
@CenkitStyle
public interface VpcBinding {
  /** The bound VPC ({@code UserVpcId}). */
  VpcId vpcId();

  /** The vSwitch of the bound VPC that holds the ingress address ({@code UserVswitchId}). */
  VSwitchId vSwitchId();

  /** The private address inside the vSwitch that the VPC domains resolve to (D5). */
  Ipv4Address ingressAddress();

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VpcBinding}. */
  class Builder extends ImmutableVpcBinding.Builder {}
}
