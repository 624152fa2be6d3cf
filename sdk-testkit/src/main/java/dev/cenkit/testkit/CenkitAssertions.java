package dev.cenkit.testkit;

import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.CloudProvider;

/**
 * AssertJ-style entry points for cenkit: {@code assertThat(answer).isReachable()},
 * {@code assertThat(answer).isBlockedAt(vpc3).withCode(NOT_IN_SAME_CEN)},
 * {@code assertThat(cloud).satisfiesAllRules()}. Import statically next to AssertJ's own.
 */
public final class CenkitAssertions {
  private CenkitAssertions() {}

  /** Assertions on a reachability answer. */
  public static AnswerAssert assertThat(ReachabilityAnswer answer) {
    return new AnswerAssert(answer);
  }

  /** Assertions on a cloud's current snapshot. */
  public static CloudAssert assertThat(CloudProvider cloud) {
    return new CloudAssert(cloud);
  }
}
