package dev.cenkit.inmemory.expressconnect;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.LineOperator;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.vpc.Vpc;
import java.util.List;
import java.util.Map;

/** Builds the resources Express Connect tests start from, through the provider's actions. */
final class Fixtures {
  private Fixtures() {}

  static DataCenter dataCenter(InMemoryCloud cloud) {
    return cloud.createDataCenter(
        b ->
            b.name("hz-idc")
                .prefixes(List.of(Cidr.of("192.168.0.0/16")))
                .hosts(Map.of("backend", Ipv4Address.of("192.168.10.5"))));
  }

  static PhysicalConnection circuit(InMemoryCloud cloud, DataCenter dc, RegionId region) {
    return cloud.createPhysicalConnection(
        b ->
            b.region(region)
                .accessPointId("ap-" + region.id() + "-xs-A")
                .lineOperator(LineOperator.CT)
                .dataCenterId(dc.id()));
  }

  static PhysicalConnection enabledCircuit(InMemoryCloud cloud, DataCenter dc, RegionId region) {
    PhysicalConnection pc = circuit(cloud, dc, region);
    cloud.confirmPhysicalConnection(b -> b.physicalConnectionId(pc.id()));
    return cloud.createPhysicalConnectionOccupancyOrder(b -> b.physicalConnectionId(pc.id()));
  }

  static Vbr vbr(InMemoryCloud cloud, PhysicalConnection pc, int vlan) {
    return cloud.createVirtualBorderRouter(
        b ->
            b.region(pc.region())
                .physicalConnectionId(pc.id())
                .vlanId(vlan)
                .localGatewayIp("10.0.0.1")
                .peerGatewayIp("10.0.0.2")
                .peeringSubnetMask("255.255.255.252"));
  }

  /** A data center, an enabled circuit in Hangzhou and a VBR with VLAN 100. */
  static Vbr vbr(InMemoryCloud cloud) {
    DataCenter dc = dataCenter(cloud);
    return vbr(cloud, enabledCircuit(cloud, dc, CN_HANGZHOU), 100);
  }

  static Vpc vpc(InMemoryCloud cloud, RegionId region, String cidr) {
    return cloud.createVpc(b -> b.region(region).cidrBlock(Cidr.of(cidr)));
  }

  static CenInstance cen(InMemoryCloud cloud) {
    return cloud.createCen(b -> {});
  }
}
