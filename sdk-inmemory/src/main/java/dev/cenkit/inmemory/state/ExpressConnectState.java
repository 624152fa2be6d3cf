package dev.cenkit.inmemory.state;

import dev.cenkit.spi.ExpressConnectView;

/** The Express Connect part of a {@link Snapshot}. */
public final class ExpressConnectState implements ExpressConnectView {
  static final ExpressConnectState EMPTY = new ExpressConnectState();

  private ExpressConnectState() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpressConnectState;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
