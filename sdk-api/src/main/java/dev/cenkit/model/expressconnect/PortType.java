package dev.cenkit.model.expressconnect;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The port of a physical connection ({@code PortType}). */
public enum PortType {
  /** 100 Mbit/s electrical. */
  BASE_T_100("100Base-T"),
  /** 1 Gbit/s electrical. */
  BASE_T_1000("1000Base-T"),
  /** 1 Gbit/s single-mode optical. */
  BASE_LX_1000("1000Base-LX"),
  /** 10 Gbit/s electrical. */
  GBASE_T_10("10GBase-T"),
  /** 10 Gbit/s single-mode optical. */
  GBASE_LR_10("10GBase-LR"),
  /** 40 Gbit/s single-mode optical. */
  GBASE_LR_40("40GBase-LR"),
  /** 100 Gbit/s single-mode optical. */
  GBASE_LR_100("100GBase-LR");

  private final String apiValue;

  PortType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses, e.g. {@code "1000Base-LX"}. */
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses an API value.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidPortType.Malformed} for anything else
   */
  public static PortType of(String value) {
    Checks.required(value, "port type");
    return Arrays.stream(values())
        .filter(v -> v.apiValue.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.INVALID_PORT_TYPE.exception(
                    null,
                    "port type '" + value + "' is not one of "
                        + Arrays.stream(values()).map(PortType::apiValue).collect(Collectors.joining(", ")),
                    value));
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
