package dev.cenkit.reach;

/**
 * How much a finding of an answer matters: whether it drops the traffic, lets it through degraded, or only
 * observes something. Each {@link BlockerCode} has a {@linkplain BlockerCode#severity() severity}; a finding
 * listed among an answer's {@linkplain ReachabilityAnswer#notes() notes} is a {@link #NOTE}.
 */
public enum Severity {
  /** The traffic is dropped here: the verdict is {@link Verdict#UNREACHABLE}. */
  BLOCKING("blocker"),
  /** The traffic gets through, but not as it should (1 Kbit/s for tests only): {@link Verdict#TEST_BANDWIDTH_ONLY}. */
  WARNING("warning"),
  /** An observation that does not change the verdict. */
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** How {@link ReachabilityAnswer#explain()} prefixes a finding of this severity: {@code blocker}, {@code warning} or {@code note}. */
  public String label() {
    return label;
  }
}
