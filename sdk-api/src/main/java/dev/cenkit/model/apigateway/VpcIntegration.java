package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import java.util.List;
import org.immutables.value.Value;

/**
 * The user VPC a VPC-integration ({@code vpc_connect}) dedicated instance is connected to (R53, R55): fixed at
 * creation, with the instance's own CIDR block and its network interfaces (one per vSwitch), whose addresses
 * are what backends see as the source (R52).
 */
@Value.Immutable
@CenkitStyle
public interface VpcIntegration {
  /** The connected VPC ({@code UserVpcId}); it cannot change (R53). */
  VpcId vpcId();

  /** The instance CIDR block ({@code InstanceCidr}): 192.168.0.0/16 or 172.16.0.0/12 (R55). */
  Cidr instanceCidr();

  /** The vSwitches of the connected VPC the instance has interfaces in ({@code ZoneVSwitchSecurityGroup}). */
  List<VSwitchId> vSwitchIds();

  /** The addresses of the instance's network interfaces, one per vSwitch, in the same order (R52). */
  List<Ipv4Address> eniAddresses();

  /** Checks the invariants when the value is built; a violation is a typed error. */
  @Value.Check
  default void check() {
    if (vSwitchIds().isEmpty() || vSwitchIds().size() != eniAddresses().size()) {
      throw ErrorCode.MISSING_USER_VPC_ID.exception(
          RuleId.R55, "a VPC-integration instance needs one network interface per vSwitch, at least one", vpcId());
    }
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link VpcIntegration}. */
  class Builder extends ImmutableVpcIntegration.Builder {}
}
