package dev.cenkit.model.cen;

import org.jspecify.annotations.Nullable;
import dev.cenkit.model.Area;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import java.util.Objects;

/**
 * The unordered pair of areas a bandwidth plan connects (R14): {@code {China, Asia-Pacific}} equals
 * {@code {Asia-Pacific, China}}, and both areas may be the same ({@code {China, China}}). Normalised so that
 * {@link #first()} is never after {@link #second()} in the order of {@link Area}.
 */
public final class AreaPair {
  private final Area first;
  private final Area second;

  private AreaPair(Area first, Area second) {
    this.first = first;
    this.second = second;
  }

  /** The pair of {@code a} and {@code b}, in either order. */
  public static AreaPair of(Area a, Area b) {
    Checks.required(a, "area A");
    Checks.required(b, "area B");
    return a.compareTo(b) <= 0 ? new AreaPair(a, b) : new AreaPair(b, a);
  }

  /** The pair of the two regions' areas: the plan a hop between them draws from (R18). */
  public static AreaPair of(RegionPair regions) {
    Checks.required(regions, "region pair");
    return of(regions.first().area(), regions.second().area());
  }

  /** The lower area. */
  public Area first() {
    return first;
  }

  /** The higher area (the same as {@link #first()} for a plan within one area). */
  public Area second() {
    return second;
  }

  /** Whether a hop between the two regions draws from a plan of this pair (R18). */
  public boolean covers(@Nullable RegionId a, @Nullable RegionId b) {
    Checks.required(a, "first region");
    Checks.required(b, "second region");
    return equals(of(a.area(), b.area()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AreaPair && ((AreaPair) o).first == first && ((AreaPair) o).second == second;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second);
  }

  /** E.g. {@code China/Asia-Pacific}. */
  @Override
  public String toString() {
    return first.apiValue() + "/" + second.apiValue();
  }
}
