package dev.cenkit.model.tr;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.ResourceId;

/** The id of a transit router connection, e.g. {@code tr-attach-nls9fzkfat8934u8im}. */
public final class TransitRouterAttachmentId extends ResourceId {
  /** Transit router connection ids start with {@code tr-attach-}. */
  public static final IdKind KIND = IdKind.prefixed("transit router connection", "tr-attach-", "tr-attach-nls9fzkfat8934u8im");

  private TransitRouterAttachmentId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not well formed
   */
  public static TransitRouterAttachmentId of(String value) {
    return new TransitRouterAttachmentId(value);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
