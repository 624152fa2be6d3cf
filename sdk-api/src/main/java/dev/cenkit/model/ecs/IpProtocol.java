package dev.cenkit.model.ecs;

import dev.cenkit.model.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The protocol of a security group rule ({@code IpProtocol}, case-insensitive in the API). TCP and UDP rules
 * name a port range; ICMP, GRE and ALL rules use {@code -1/-1} (SG40d). {@code ALL} matches any protocol.
 */
public enum IpProtocol {
  /** TCP. */
  TCP("tcp", true),
  /** UDP. */
  UDP("udp", true),
  /** ICMP. */
  ICMP("icmp", false),
  /** GRE. */
  GRE("gre", false),
  /** Every protocol. */
  ALL("all", false);

  private final String apiValue;
  private final boolean hasPorts;

  IpProtocol(String apiValue, boolean hasPorts) {
    this.apiValue = apiValue;
    this.hasPorts = hasPorts;
  }

  /** The value the API uses, lower case. */
  public String apiValue() {
    return apiValue;
  }

  /** Whether rules of this protocol name ports (TCP and UDP). */
  public boolean hasPorts() {
    return hasPorts;
  }

  /** Whether a rule of this protocol matches a packet of {@code packet}'s protocol. */
  public boolean matches(IpProtocol packet) {
    return this == ALL || this == packet;
  }

  /** The protocol with this API value, case-insensitive, if there is one. */
  public static Optional<IpProtocol> byApiValue(String value) {
    Checks.required(value, "value");
    String lower = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.apiValue.equals(lower)).findFirst();
  }

  @Override
  public String toString() {
    return apiValue.toUpperCase(Locale.ROOT);
  }
}
