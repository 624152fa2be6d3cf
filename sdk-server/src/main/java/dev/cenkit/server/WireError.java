package dev.cenkit.server;

/**
 * An error of the wire protocol itself (unknown action or version, malformed encoding, unknown parameter, a bad
 * signature), answered with the real gateway's error envelope. Errors of the cloud's rules are never raised
 * here: they come from the provider as {@link dev.cenkit.error.CenkitException}s.
 */
public final class WireError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int status;

  /** An error with the Alibaba Cloud code, the HTTP status and a message naming the offending value. */
  public WireError(String code, int status, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** The error code, e.g. {@code InvalidAction.NotFound}. */
  public String code() {
    return code;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** {@code InvalidAction.NotFound} (404): the product version has no such action. */
  public static WireError unknownAction(String action, Product product) {
    return new WireError(
        "InvalidAction.NotFound",
        404,
        "Specified api is not found, please check your url and method. (action '" + action + "' of "
            + product.productName() + " " + product.version() + ")");
  }

  /** {@code MissingParameter} (400) for a missing required parameter. */
  public static WireError missing(String parameter) {
    return new WireError("MissingParameter", 400, "The input parameter \"" + parameter + "\" that is mandatory for processing this request is not supplied.");
  }

  /** {@code InvalidParameter} (400) for a malformed value. */
  public static WireError invalid(String parameter, String value, String why) {
    return new WireError(
        "InvalidParameter", 400, "The parameter \"" + parameter + "\" with value '" + value + "' is invalid: " + why);
  }
}
