package dev.cenkit.model.expressconnect;

/** The side of a router-interface pair ({@code Role}); a VBR can only be the initiating side (R47). */
public enum RouterInterfaceRole {
  /** The requester, which connects ({@code InitiatingSide}). */
  INITIATING_SIDE("InitiatingSide"),
  /** The acceptor ({@code AcceptingSide}). */
  ACCEPTING_SIDE("AcceptingSide");

  private final String apiValue;

  RouterInterfaceRole(String apiValue) {
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
