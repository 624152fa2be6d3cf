package dev.cenkit.model.tr;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a transit router, e.g. {@code tr-bp1su1ytdxtataupl4dx2}. */
public final class TransitRouterId extends ResourceId {
  /** Transit router ids start with {@code tr-}. */
  public static final IdKind KIND = IdKind.prefixedExcept("transit router", "tr-", "attach-", "tr-bp1su1ytdxtataupl4dx2");

  private TransitRouterId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not well formed
   */
  public static TransitRouterId of(String value) {
    return new TransitRouterId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
