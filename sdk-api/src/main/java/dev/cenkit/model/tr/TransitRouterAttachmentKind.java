package dev.cenkit.model.tr;

/** What a transit router connection connects ({@code ResourceType}). */
public enum TransitRouterAttachmentKind {
  /** A VPC connection. */
  VPC("VPC"),
  /** A VBR connection. */
  VBR("VBR"),
  /** An inter-region connection to a transit router of another region (peer attachment). */
  PEER("TR");

  private final String apiValue;

  TransitRouterAttachmentKind(String apiValue) {
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
