package dev.cenkit.model.cen;

import dev.cenkit.model.ApiValued;

/** The status of a CEN child attachment. */
public enum AttachmentStatus implements ApiValued {
  /** Being attached (transitional, R3). */
  ATTACHING("Attaching"),
  /** Attached: the instance advertises and learns routes. */
  ATTACHED("Attached"),
  /** Being detached (transitional, R3). */
  DETACHING("Detaching");

  private final String apiValue;

  AttachmentStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "Detaching"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static AttachmentStatus of(String apiValue) {
    return ApiValued.parse(AttachmentStatus.class, apiValue, "attachment status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
