package dev.cenkit.reach;

/**
 * A pair whose cell differs between two {@link ReachabilityMatrix matrices} ({@link ReachabilityMatrix#diff}):
 * the cell before and after, so the new first blocker says why a pair broke.
 *
 * @param row the source or client
 * @param column the destination or API
 * @param before the cell in the matrix {@code diff} was called on
 * @param after the cell in the other matrix
 * @param <C> the column type
 */
public record MatrixChange<C>(Endpoint row, C column, MatrixCell before, MatrixCell after) {
  /** Whether the pair flowed before and no longer does. */
  public boolean broke() {
    return before.flows() && !after.flows();
  }

  /** Whether the pair did not flow before and now does. */
  public boolean healed() {
    return !before.flows() && after.flows();
  }

  @Override
  public String toString() {
    return row.describe() + " -> " + column + ": " + before + " => " + after;
  }
}
