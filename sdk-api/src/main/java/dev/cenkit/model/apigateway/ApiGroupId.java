package dev.cenkit.model.apigateway;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of an API group: 32 lower-case hexadecimal digits, e.g. {@code 523e8dc7bbe04613b5b1d726c2a7889d}. */
public final class ApiGroupId extends ResourceId {
  /** API group ids are 32 hexadecimal digits without a prefix. */
  public static final IdKind KIND = IdKind.hex32("API group", "523e8dc7bbe04613b5b1d726c2a7889d");

  private ApiGroupId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not an API group id
   */
  public static ApiGroupId of(String value) {
    return new ApiGroupId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
