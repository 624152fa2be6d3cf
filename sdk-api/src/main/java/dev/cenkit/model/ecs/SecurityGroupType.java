package dev.cenkit.model.ecs;

import dev.cenkit.model.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of a security group ({@code SecurityGroupType}), fixed at creation: a basic group admits its own
 * members and allows all egress by default; an advanced (enterprise) group denies both and cannot reference
 * other groups (SG10-SG12).
 */
public enum SecurityGroupType {
  /** A basic group ({@code normal}), the default. */
  NORMAL("normal"),
  /** An advanced group ({@code enterprise}). */
  ENTERPRISE("enterprise");

  private final String apiValue;

  SecurityGroupType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses. */
  public String apiValue() {
    return apiValue;
  }

  /** The type with this API value (case-insensitive), if there is one. */
  public static Optional<SecurityGroupType> byApiValue(String value) {
    Checks.required(value, "value");
    return Arrays.stream(values()).filter(t -> t.apiValue.equals(value.toLowerCase(Locale.ROOT))).findFirst();
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
