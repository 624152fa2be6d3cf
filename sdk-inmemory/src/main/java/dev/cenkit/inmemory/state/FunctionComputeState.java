package dev.cenkit.inmemory.state;

import dev.cenkit.spi.FunctionComputeView;

/** The Function Compute part of a {@link Snapshot}. */
public final class FunctionComputeState implements FunctionComputeView {
  static final FunctionComputeState EMPTY = new FunctionComputeState();

  private FunctionComputeState() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionComputeState;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
