package dev.cenkit.reach;

/** The closed set of answers to "can this reach that" (design principle 6, decision D13). */
public enum Verdict {
  /** Traffic flows both ways, with real bandwidth on every cross-region hop. */
  REACHABLE,
  /**
   * Traffic flows both ways, but at least one cross-region hop has no allocated bandwidth and runs at the
   * 1 Kbit/s that CEN gives for connectivity tests (R12, D13): reachable for a ping, not for a workload.
   */
  TEST_BANDWIDTH_ONLY,
  /** Something on the path, or on the way back, blocks the traffic; the answer's blockers say what. */
  UNREACHABLE
}
