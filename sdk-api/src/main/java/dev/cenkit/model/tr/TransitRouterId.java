package dev.cenkit.model.tr;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;
import java.util.regex.Pattern;

/** The id of a transit router, e.g. {@code tr-bp1su1ytdxtataupl4dx2}. */
public final class TransitRouterId extends ResourceId {
  /** Transit router ids start with {@code tr-}. */
  public static final IdKind KIND = new IdKind("transit router", "tr-", Pattern.compile("tr-(?!attach-)[a-z0-9][a-z0-9-]*"), "tr-bp1su1ytdxtataupl4dx2");

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
