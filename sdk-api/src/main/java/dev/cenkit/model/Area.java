package dev.cenkit.model;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A bandwidth-plan area ({@code GeographicRegionAId}/{@code GeographicRegionBId} of
 * {@code CreateCenBandwidthPackage}): a CEN bandwidth plan connects two areas, and a cross-region hop draws
 * bandwidth from the plan whose area pair matches its regions' areas (R14, R18, D8).
 */
public enum Area {
  /** Chinese mainland. */
  CHINA("China"),
  /** Asia-Pacific, including Hong Kong ({@code cn-hongkong}). */
  ASIA_PACIFIC("Asia-Pacific"),
  /** Europe. */
  EUROPE("Europe"),
  /** North America. */
  NORTH_AMERICA("North-America"),
  /** Middle East. */
  MIDDLE_EAST("Middle-East"),
  /** Australia. */
  AUSTRALIA("Australia");

  private final String apiValue;

  Area(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses, e.g. {@code "North-America"}. */
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses an API value such as {@code "China"} or {@code "Asia-Pacific"} (case-insensitive).
   *
   * @throws dev.cenkit.error.InvalidParameterException with {@code ParameterIllegal.GeographicRegionId} for
   *     anything else
   */
  public static Area of(String apiValue) {
    Checks.required(apiValue, "area");
    return Arrays.stream(values())
        .filter(a -> a.apiValue.equalsIgnoreCase(apiValue.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.GEOGRAPHIC_REGION_ILLEGAL.exception(
                    RuleId.D8,
                    "'" + apiValue + "' is not a bandwidth-plan area; expected one of "
                        + Arrays.stream(values()).map(Area::apiValue).collect(Collectors.joining(", ")),
                    apiValue));
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
