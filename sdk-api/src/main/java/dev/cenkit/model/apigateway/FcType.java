package dev.cenkit.model.apigateway;

/** How API Gateway invokes a Function Compute backend ({@code fcType}, R74). */
public enum FcType {
  /** Event invocation of a named function ({@code FCEvent}). */
  FC_EVENT("FCEvent"),
  /** An HTTP trigger at a base URL ({@code HttpTrigger}). */
  HTTP_TRIGGER("HttpTrigger");

  private final String apiValue;

  FcType(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API uses. */
  public String apiValue() {
    return apiValue;
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
