package dev.cenkit.dsl;

import dev.cenkit.model.ecs.IpProtocol;
import dev.cenkit.model.ecs.PortRange;

/**
 * The protocol and destination ports a security group rule covers, for the fluent builders:
 *
 * <pre>{@code
 * import static dev.cenkit.dsl.Cenkit.*;
 * Cenkit.securityGroup().in(vpc1).allowIngress(tcp(443)).from("10.0.0.0/8");
 * }</pre>
 *
 * @param protocol the protocol
 * @param ports the destination ports; {@link PortRange#ANY} for ICMP, GRE and ALL
 */
public record Traffic(IpProtocol protocol, PortRange ports) {
  /** Checks that TCP and UDP name ports and the other protocols do not (SG40d). */
  public Traffic {
    dev.cenkit.model.Checks.required(protocol, "protocol");
    dev.cenkit.model.Checks.required(ports, "ports");
    if (protocol.hasPorts() == ports.isAny()) {
      throw dev.cenkit.error.ErrorCode.SG_PROTOCOL_PORT_MISMATCH.exception(
          null, protocol + " and port range " + ports + " do not match", protocol, ports);
    }
  }

  /** TCP to one port. */
  public static Traffic tcp(int port) {
    return new Traffic(IpProtocol.TCP, PortRange.of(port));
  }

  /** TCP to the ports {@code from} to {@code to}. */
  public static Traffic tcp(int from, int to) {
    return new Traffic(IpProtocol.TCP, PortRange.of(from, to));
  }

  /** UDP to one port. */
  public static Traffic udp(int port) {
    return new Traffic(IpProtocol.UDP, PortRange.of(port));
  }

  /** UDP to the ports {@code from} to {@code to}. */
  public static Traffic udp(int from, int to) {
    return new Traffic(IpProtocol.UDP, PortRange.of(from, to));
  }

  /** ICMP. */
  public static Traffic icmp() {
    return new Traffic(IpProtocol.ICMP, PortRange.ANY);
  }

  /** Every protocol and port. */
  public static Traffic all() {
    return new Traffic(IpProtocol.ALL, PortRange.ANY);
  }

  @Override
  public String toString() {
    return protocol + (ports.isAny() ? "" : " " + ports);
  }
}
