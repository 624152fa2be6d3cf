package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Component;
import java.util.Optional;

/** Where an address of a question is: resolved to its network. */
sealed interface Place {
  /** The address. */
  Ipv4Address address();

  /** The host (or gateway) component, for the first and last hop. */
  Component component();

  /** A host in a vSwitch of a VPC. */
  record InVpc(Vpc vpc, VSwitch vSwitch, Ipv4Address address) implements Place {
    @Override
    public Component component() {
      return Components.host(address, Optional.of(vpc.region()));
    }
  }

  /** A host in a data center, inside one of its prefixes. */
  record InDataCenter(DataCenter dataCenter, Cidr prefix, Ipv4Address address) implements Place {
    @Override
    public Component component() {
      return Components.host(address, Optional.empty());
    }
  }

  /**
   * An API Gateway instance seen from a VPC: as a source, its egress address entering {@code vpc} (a VPC access
   * authorization's VPC); as a destination, the egress address that replies must reach through {@code vpc}.
   */
  record AtGateway(ApiGatewayInstance instance, Vpc vpc, Ipv4Address address) implements Place {
    @Override
    public Component component() {
      return Components.instance(instance);
    }

    RegionId region() {
      return instance.region();
    }

    /**
     * Whether the gateway's egress addresses are private addresses of its VPC ({@code vpc_connect}, R53): replies
     * then return over the VPC's own routes, and no cloud-service route is needed.
     */
    boolean egressInVpc() {
      return instance.vpcEgressAddress().isEmpty();
    }
  }
}
