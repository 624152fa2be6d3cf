package dev.cenkit.model.apigateway;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of an API: 32 lower-case hexadecimal digits, e.g. {@code d8ff8c5a1ab54f2e8f63b4e1cb2a0c1e}. */
public final class ApiId extends ResourceId {
  /** API ids are 32 hexadecimal digits without a prefix. */
  public static final IdKind KIND = IdKind.hex32("API", "d8ff8c5a1ab54f2e8f63b4e1cb2a0c1e");

  private ApiId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not an API id
   */
  public static ApiId of(String value) {
    return new ApiId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
