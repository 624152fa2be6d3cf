package dev.cenkit.model.cen;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import java.util.Objects;

/**
 * The unordered pair of two different regions that an inter-region bandwidth limit covers, normalised so that
 * {@link #first()} sorts before {@link #second()} by region id (as the Terraform id {@code cen:regionA:regionB}).
 */
public final class RegionPair implements Comparable<RegionPair> {
  private final RegionId first;
  private final RegionId second;

  private RegionPair(RegionId first, RegionId second) {
    this.first = first;
    this.second = second;
  }

  /**
   * The pair of {@code a} and {@code b}, in either order.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.OppositeRegionId} when the regions
   *     are the same (R21)
   */
  public static RegionPair of(RegionId a, RegionId b) {
    Checks.required(a, "local region");
    Checks.required(b, "opposite region");
    if (a.equals(b)) {
      throw ErrorCode.OPPOSITE_REGION_ILLEGAL.exception(
          RuleId.R21, "two different region ids should be set for a bandwidth limit, got " + a + " twice", a);
    }
    return a.compareTo(b) < 0 ? new RegionPair(a, b) : new RegionPair(b, a);
  }

  /** The region whose id sorts first. */
  public RegionId first() {
    return first;
  }

  /** The region whose id sorts last. */
  public RegionId second() {
    return second;
  }

  /** Whether {@code region} is one of the two. */
  public boolean contains(RegionId region) {
    return first.equals(region) || second.equals(region);
  }

  /** The pair of the two regions' areas. */
  public AreaPair areas() {
    return AreaPair.of(this);
  }

  @Override
  public int compareTo(RegionPair o) {
    int c = first.compareTo(o.first);
    return c != 0 ? c : second.compareTo(o.second);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionPair && ((RegionPair) o).first.equals(first) && ((RegionPair) o).second.equals(second);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second);
  }

  /** E.g. {@code cn-beijing:cn-hangzhou}. */
  @Override
  public String toString() {
    return first + ":" + second;
  }
}
