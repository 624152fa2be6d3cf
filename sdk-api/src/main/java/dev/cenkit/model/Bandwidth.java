package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * A bandwidth, kept in Kbit/s so that the 1 Kbit/s cross-region test bandwidth (R12, D13) and plan sizes in
 * Mbit/s share one type. Ordered by size.
 */
public final class Bandwidth implements Comparable<Bandwidth> {
  /** The 1 Kbit/s that CEN gives a cross-region pair with no allocated bandwidth, for connectivity tests (R12). */
  public static final Bandwidth TEST_ONLY = new Bandwidth(1);

  /** The largest bandwidth in Mbit/s that {@link #ofMbps(long)} accepts: its Kbit/s must fit in a {@code long}. */
  public static final long MAX_MBPS = Long.MAX_VALUE / 1000;

  private final long kbps;

  private Bandwidth(long kbps) {
    this.kbps = kbps;
  }

  /**
   * A bandwidth of {@code mbps} Mbit/s.
   *
   * @throws dev.cenkit.error.InvalidParameterException when {@code mbps} is not positive or above {@link #MAX_MBPS}
   */
  public static Bandwidth ofMbps(long mbps) {
    if (mbps <= 0) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "bandwidth must be positive, got " + mbps + " Mbit/s", mbps);
    }
    if (mbps > MAX_MBPS) {
      throw ErrorCode.INVALID_PARAMETER.exception(
          null, "bandwidth " + mbps + " Mbit/s is too large; at most " + MAX_MBPS + " Mbit/s can be represented", mbps);
    }
    return new Bandwidth(mbps * 1000L);
  }

  /**
   * A bandwidth of {@code kbps} Kbit/s.
   *
   * @throws dev.cenkit.error.InvalidParameterException when {@code kbps} is not positive
   */
  public static Bandwidth ofKbps(long kbps) {
    if (kbps <= 0) {
      throw ErrorCode.INVALID_PARAMETER.exception(null, "bandwidth must be positive, got " + kbps + " Kbit/s", kbps);
    }
    return new Bandwidth(kbps);
  }

  /** The bandwidth in Kbit/s. */
  public long kbps() {
    return kbps;
  }

  /** The bandwidth in whole Mbit/s (rounded down). */
  public long mbps() {
    return kbps / 1000;
  }

  /** The smaller of the two. */
  public Bandwidth min(@Nullable Bandwidth other) {
    Checks.required(other, "bandwidth");
    return kbps <= other.kbps ? this : other;
  }

  @Override
  public int compareTo(Bandwidth other) {
    return Long.compare(kbps, other.kbps);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bandwidth && ((Bandwidth) o).kbps == kbps;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(kbps);
  }

  /** E.g. {@code "2 Mbit/s"} or {@code "1 Kbit/s"}. */
  @Override
  public String toString() {
    return kbps % 1000 == 0 ? (kbps / 1000) + " Mbit/s" : kbps + " Kbit/s";
  }
}
