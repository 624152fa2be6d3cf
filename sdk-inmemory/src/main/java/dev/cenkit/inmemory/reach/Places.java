package dev.cenkit.inmemory.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.reach.Place.InDataCenter;
import dev.cenkit.inmemory.reach.Place.InVpc;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.DataCenterHost;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.VpcHost;
import java.util.List;
import java.util.Optional;

/** Resolves the endpoints of a question to places in the snapshot, or reports why one cannot be found. */
final class Places {
  private final Topology topology;

  Places(Topology topology) {
    this.topology = topology;
  }

  Optional<Place> locate(Endpoint endpoint, PathBuilder path) {
    if (endpoint instanceof dev.cenkit.reach.EcsHost) {
      dev.cenkit.reach.EcsHost ecs = (dev.cenkit.reach.EcsHost) endpoint;
      Optional<dev.cenkit.model.ecs.EcsInstance> instance = topology.snapshot().ecs().instance(ecs.instanceId());
      if (instance.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.host(ecs.address(), Optional.empty()), RuleId.SG47Q,
            "ECS instance " + ecs.instanceId() + " does not exist", List.of());
        return Optional.empty();
      }
      endpoint = new VpcHost(instance.get().vpcId(), instance.get().privateIp());
    }
    if (endpoint instanceof VpcHost) {
      VpcHost host = (VpcHost) endpoint;
      Optional<Vpc> vpc = topology.vpc(host.vpcId());
      if (vpc.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.host(host.address(), Optional.empty()), RuleId.R37,
            "VPC " + host.vpcId() + " does not exist, so no vSwitch holds " + host.address(), List.of());
        return Optional.empty();
      }
      Optional<VSwitch> vsw = topology.vSwitchContaining(host.vpcId(), host.address());
      if (vsw.isEmpty()) {
        path.block(BlockerCode.ADDRESS_NOT_IN_NETWORK, Components.vpc(vpc.get()), RuleId.R37,
            host.address() + " is not inside any vSwitch of VPC '" + vpc.get().displayName() + "'", List.of());
        return Optional.empty();
      }
      return Optional.of(new InVpc(vpc.get(), vsw.get(), host.address()));
    }
    if (endpoint instanceof DataCenterHost) {
      DataCenterHost host = (DataCenterHost) endpoint;
      Optional<DataCenter> dc = topology.snapshot().expressConnect().dataCenter(host.dataCenterId());
      if (dc.isEmpty()) {
        path.block(BlockerCode.ENDPOINT_NOT_FOUND, Components.host(host.address(), Optional.empty()), RuleId.D10,
            "data center " + host.dataCenterId() + " does not exist", List.of());
        return Optional.empty();
      }
      Optional<Cidr> prefix = topology.prefixContaining(dc.get(), host.address());
      if (prefix.isEmpty()) {
        path.block(BlockerCode.ADDRESS_NOT_IN_NETWORK, Components.dataCenter(dc.get()), RuleId.D10,
            host.address() + " is not inside any prefix of data center '" + dc.get().name() + "'", List.of());
        return Optional.empty();
      }
      return Optional.of(new InDataCenter(dc.get(), prefix.get(), host.address()));
    }
    throw ErrorCode.NOT_MODELED.exception(
        null, "endpoints of type " + endpoint.getClass().getSimpleName() + " are not modelled", endpoint.describe());
  }

  /** Where an address of a VPC access target is: a vSwitch of the authorized VPC, of any VPC, or a data center. */
  Optional<Place> placeOf(Ipv4Address address, Vpc preferred) {
    Optional<VSwitch> own = topology.vSwitchContaining(preferred.id(), address);
    if (own.isPresent()) {
      return Optional.of(new InVpc(preferred, own.get(), address));
    }
    Optional<VSwitch> any = topology.snapshot().vpc().anyVSwitchContaining(address);
    if (any.isPresent()) {
      VSwitch v = any.get();
      return topology.vpc(v.vpcId()).map(vpc -> new InVpc(vpc, v, address));
    }
    Optional<DataCenter> dc = topology.snapshot().expressConnect().dataCenterContaining(address);
    if (dc.isPresent()) {
      Optional<Cidr> prefix = topology.prefixContaining(dc.get(), address);
      if (prefix.isPresent()) {
        return Optional.of(new InDataCenter(dc.get(), prefix.get(), address));
      }
    }
    return Optional.empty();
  }

}
