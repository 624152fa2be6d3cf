package dev.cenkit.reach;

import dev.cenkit.model.Ipv4Address;

/**
 * One end of a network question: an address in a network, such as an ECS-like host in a VPC
 * ({@link VpcHost}) or a machine in a data center.
 */
public interface Endpoint {
  /** The IPv4 address of the endpoint. */
  Ipv4Address address();

  /** The id of the network the endpoint is in (a VPC id, a data-center id). */
  String networkId();

  /** How messages name the endpoint, e.g. {@code host 10.3.1.10 in vpc-…}. */
  String describe();
}
