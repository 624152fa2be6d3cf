package dev.cenkit.model.ecs;

import dev.cenkit.error.ErrorCode;

/**
 * The destination (or source) port range of a security group rule ({@code PortRange}, written {@code start/end}):
 * 1 to 65535 inclusive for TCP and UDP, {@code -1/-1} ({@link #ANY}) for ICMP, GRE and ALL.
 *
 * @param start the first port, or -1 for {@link #ANY}
 * @param end the last port, or -1 for {@link #ANY}
 */
public record PortRange(int start, int end) implements Comparable<PortRange> {
  /** Every port, written {@code -1/-1}. */
  public static final PortRange ANY = new PortRange(-1, -1);

  /** Checks the range: {@code -1/-1}, or {@code 1 <= start <= end <= 65535} (SG40b, SG40e). */
  public PortRange {
    boolean any = start == -1 && end == -1;
    if (!any && (start < 1 || end > 65535 || start > end)) {
      throw ErrorCode.SG_INVALID_PORT_RANGE.exception(
          null, "port range " + start + "/" + end + " must be -1/-1 or two ports 1-65535 with start <= end", start + "/" + end);
    }
  }

  /** One port. */
  public static PortRange of(int port) {
    return new PortRange(port, port);
  }

  /** The ports {@code start} to {@code end} inclusive. */
  public static PortRange of(int start, int end) {
    return new PortRange(start, end);
  }

  /** Whether this is {@code -1/-1}. */
  public boolean isAny() {
    return start == -1;
  }

  /** Whether {@code port} lies in the range; {@link #ANY} contains every port. */
  public boolean contains(int port) {
    return isAny() || (port >= start && port <= end);
  }

  /** The first port a lookup covers: 1 for {@link #ANY}. */
  public int low() {
    return isAny() ? 1 : start;
  }

  /** The last port a lookup covers: 65535 for {@link #ANY}. */
  public int high() {
    return isAny() ? 65535 : end;
  }

  @Override
  public int compareTo(PortRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  /** The API form, {@code start/end}. */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
