package dev.cenkit.inmemory.state;

import dev.cenkit.spi.ApiGatewayView;

/** The API Gateway part of a {@link Snapshot}. */
public final class ApiGatewayState implements ApiGatewayView {
  static final ApiGatewayState EMPTY = new ApiGatewayState();

  private ApiGatewayState() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiGatewayState;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
