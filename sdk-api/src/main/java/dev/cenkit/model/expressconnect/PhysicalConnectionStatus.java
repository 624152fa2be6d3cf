package dev.cenkit.model.expressconnect;

import dev.cenkit.model.ApiValued;

/**
 * The lifecycle of a physical connection (R43): {@code Initial} after {@code CreatePhysicalConnection},
 * {@code Confirmed} after {@code ConfirmPhysicalConnection}, {@code Enabled} after
 * {@code CreatePhysicalConnectionOccupancyOrder}; {@code Canceled} and {@code Terminated} are final. Traffic
 * flows only over an {@code Enabled} circuit.
 */
public enum PhysicalConnectionStatus implements ApiValued {
  /** Applied for, not yet confirmed. */
  INITIAL("Initial"),
  /** Confirmed, waiting for the occupancy order. */
  CONFIRMED("Confirmed"),
  /** In service: the only state that carries traffic. */
  ENABLED("Enabled"),
  /** Canceled before it was enabled (final). */
  CANCELED("Canceled"),
  /** Terminated after it was enabled (final). */
  TERMINATED("Terminated");

  private final String apiValue;

  PhysicalConnectionStatus(String apiValue) {
    this.apiValue = apiValue;
  }

  /** The value the API shows, e.g. {@code "Enabled"}. */
  @Override
  public String apiValue() {
    return apiValue;
  }

  /** Whether the circuit is applied for but not yet enabled (counts against R42's quota). */
  public boolean pending() {
    return this == INITIAL || this == CONFIRMED;
  }

  /**
   * Parses the API's spelling.
   *
   * @throws dev.cenkit.error.InvalidParameterException for anything but one of the API's values
   */
  public static PhysicalConnectionStatus of(String apiValue) {
    return ApiValued.parse(PhysicalConnectionStatus.class, apiValue, "physical connection status");
  }

  @Override
  public String toString() {
    return apiValue;
  }
}
