package dev.cenkit.model.fc;

/** The Function Compute version ({@code fcVersion}): 2.0 has services, 3.0 names functions directly. */
public enum FcVersion {
  /** Function Compute 2.0: functions live in services. */
  V2_0("2.0"),
  /** Function Compute 3.0 (API 2023-03-30): functions are named per region. */
  V3_0("3.0");

  private final String apiValue;

  FcVersion(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses, {@code 2.0} or {@code 3.0}. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
