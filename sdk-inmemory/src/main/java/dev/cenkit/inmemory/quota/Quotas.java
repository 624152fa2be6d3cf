package dev.cenkit.inmemory.quota;

import dev.cenkit.model.CenkitStyle;
import org.immutables.value.Value;

/**
 * The quotas an {@link dev.cenkit.inmemory.InMemoryCloud} enforces (decision D2). Defaults are the documented Basic-era numbers;
 * quotas with no published number are marked <em>assumed</em>. Large test and benchmark topologies raise them
 * explicitly: {@code Quotas.builder().vpcsPerRegion(500).build()}.
 */
@Value.Immutable
@CenkitStyle
public interface Quotas {
  /** CEN instances per account (R78): 5. */
  @Value.Default
  default int censPerAccount() {
    return 5;
  }

  /** Network instances of one region attached to one CEN (D2): 10. */
  @Value.Default
  default int childInstancesPerRegionPerCen() {
    return 10;
  }

  /** Regions with attached instances per CEN (D2): 5. */
  @Value.Default
  default int regionsPerCen() {
    return 5;
  }

  /** Routes per CEN (D2, R29): 100; routes beyond it are not learned (overflow). */
  @Value.Default
  default int routesPerCen() {
    return 100;
  }

  /** VPCs per region (D2): 10. */
  @Value.Default
  default int vpcsPerRegion() {
    return 10;
  }

  /** vSwitches per VPC (R37): 150. */
  @Value.Default
  default int vSwitchesPerVpc() {
    return 150;
  }

  /** Custom route entries per route table (R38): 200. */
  @Value.Default
  default int customRoutesPerTable() {
    return 200;
  }

  /** Express Connect circuits not yet Enabled per account (R42): 5. */
  @Value.Default
  default int pendingCircuitsPerAccount() {
    return 5;
  }

  /** Router interfaces per router (R47): 5. */
  @Value.Default
  default int routerInterfacesPerRouter() {
    return 5;
  }

  /** Cloud-service routes per CEN: assumed 50 (no published number). */
  @Value.Default
  default int cloudServiceRoutesPerCen() {
    return 50;
  }

  /** API Gateway dedicated instances per region: assumed 10 (no published number). */
  @Value.Default
  default int apiGatewayInstancesPerRegion() {
    return 10;
  }

  /** API groups per region (R56): 200. */
  @Value.Default
  default int apiGroupsPerRegion() {
    return 200;
  }

  /** APIs per group (R56): 1000. */
  @Value.Default
  default int apisPerGroup() {
    return 1000;
  }

  /** VPC access authorizations per region: assumed 200 (no published number). */
  @Value.Default
  default int vpcAccessesPerRegion() {
    return 200;
  }

  /** VPC connections per transit router (E6, DE12): assumed 50. */
  @Value.Default
  default int vpcConnectionsPerTransitRouter() {
    return 50;
  }

  /** Custom route tables per transit router (E6, DE12): assumed 20. */
  @Value.Default
  default int customRouteTablesPerTransitRouter() {
    return 20;
  }

  /** Entries per transit router route table (E6): 2000. */
  @Value.Default
  default int entriesPerTransitRouterRouteTable() {
    return 2000;
  }

  /** Zone mappings per VPC connection (E4, DE12): 10. */
  @Value.Default
  default int zoneMappingsPerVpcConnection() {
    return 10;
  }

  /** Rules (ingress and egress) per security group (SG43a): 200. */
  @Value.Default
  default int rulesPerSecurityGroup() {
    return 200;
  }

  /** Security groups per instance (SG43b): 5. */
  @Value.Default
  default int securityGroupsPerInstance() {
    return 5;
  }

  /** Instances per basic security group (SG43c): 2000. */
  @Value.Default
  default int instancesPerBasicSecurityGroup() {
    return 2000;
  }

  /** Network interfaces per advanced security group (SG43d): 65536. */
  @Value.Default
  default int interfacesPerAdvancedSecurityGroup() {
    return 65536;
  }

  /** Security groups per region (SG43e): 100, the documented minimum. */
  @Value.Default
  default int securityGroupsPerRegion() {
    return 100;
  }

  /** The documented defaults. */
  static Quotas defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Quotas}. */
  class Builder extends ImmutableQuotas.Builder {}
}
