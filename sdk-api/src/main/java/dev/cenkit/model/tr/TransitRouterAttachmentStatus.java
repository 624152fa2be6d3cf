package dev.cenkit.model.tr;

/** The status of a transit router connection; cenkit completes transitions at once (E24). */
public enum TransitRouterAttachmentStatus {
  /** Being created (transitional). */
  ATTACHING("Attaching"),
  /** Usable. */
  ATTACHED("Attached"),
  /** Being modified (transitional). */
  MODIFYING("Modifying"),
  /** Being deleted (transitional). */
  DETACHING("Detaching");

  private final String apiValue;

  TransitRouterAttachmentStatus(String apiValue) {
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
