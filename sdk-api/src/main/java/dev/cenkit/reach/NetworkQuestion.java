package dev.cenkit.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * Can {@code source} open a connection to {@code destination} on {@code protocol}/{@code port}, with the
 * replies finding their way back?
 *
 * @param source where the traffic starts
 * @param destination where it goes
 * @param protocol the transport protocol
 * @param port the destination port, 1 to 65535 (0 for ICMP)
 */
public record NetworkQuestion(Endpoint source, Endpoint destination, Protocol protocol, int port)
    implements Question {
  /** Checks the parameters. */
  public NetworkQuestion {
    Checks.required(source, "source");
    Checks.required(destination, "destination");
    Checks.required(protocol, "protocol");
    if (protocol != Protocol.ICMP) {
      Checks.inRange(port, 1, 65535, "port", ErrorCode.INVALID_PARAMETER, null);
    }
  }

  @Override
  public String describe() {
    return source.describe() + " -> " + destination.describe() + " " + protocol.name().toLowerCase(java.util.Locale.ROOT)
        + (protocol == Protocol.ICMP ? "" : "/" + port);
  }
}
