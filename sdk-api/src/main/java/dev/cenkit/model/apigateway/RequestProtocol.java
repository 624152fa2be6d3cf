package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * The protocols a client may call an API with ({@code RequestConfig.RequestProtocol}): {@code HTTP},
 * {@code HTTPS} or both ({@code "HTTP,HTTPS"}). The gateway listens on 80 for HTTP and 443 for HTTPS; a
 * question about an API that takes both is checked on HTTP's port (SD20).
 */
public enum RequestProtocol {
  /** HTTP only, on port 80. */
  HTTP("HTTP", 80),
  /** HTTPS only, on port 443. */
  HTTPS("HTTPS", 443),
  /** Both; a question is checked on HTTP's port 80 (SD20). */
  HTTP_AND_HTTPS("HTTP,HTTPS", 80);

  private final String apiValue;
  private final int port;

  RequestProtocol(String apiValue, int port) {
    this.apiValue = apiValue;
    this.port = port;
  }

  /** The value the API uses. */
  public String apiValue() {
    return apiValue;
  }

  /** The port the gateway listens on for a call with this protocol: 80 for HTTP, 443 for HTTPS (SD20). */
  public int listeningPort() {
    return port;
  }

  /**
   * The protocol the API spells {@code value} ({@code HTTP}, {@code HTTPS}, {@code HTTP,HTTPS}, in any case and
   * either order).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter} for any other value
   */
  public static RequestProtocol parse(String value) {
    Checks.required(value, "RequestProtocol");
    String v = value.trim().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    switch (v) {
      case "HTTP":
        return HTTP;
      case "HTTPS":
        return HTTPS;
      case "HTTP,HTTPS":
      case "HTTPS,HTTP":
        return HTTP_AND_HTTPS;
      default:
        throw ErrorCode.INVALID_PARAMETER.exception(
            null, "RequestProtocol '" + value + "' is not HTTP, HTTPS or HTTP,HTTPS", value);
    }
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
