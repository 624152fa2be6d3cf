package dev.cenkit.inmemory.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The change log's segments: a reader one segment behind still gets the keys, two segments behind rebuilds. */
class ChangeLogTest {
  private static ChangeLog appended(ChangeLog log, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      log = log.plus(prefix + i);
    }
    return log;
  }

  @Test
  void theKeysAppendedSinceAStateAreReportedAcrossTheStartOfANewSegment() {
    ChangeLog before = appended(ChangeLog.EMPTY, "old-", ChangeLog.LIMIT - 1);
    ChangeLog after = appended(before, "new-", 3);

    Optional<Set<String>> touched = ChangeLog.touchedSince(before, after);

    assertThat(touched).hasValueSatisfying(keys -> assertThat(keys).containsExactlyInAnyOrder("new-0", "new-1", "new-2"));
  }

  @Test
  void aStateTwoSegmentsBehindIsNoLongerReachableAndTheReaderRebuilds() {
    ChangeLog before = appended(ChangeLog.EMPTY, "old-", 10);
    ChangeLog after = appended(before, "new-", 2 * ChangeLog.LIMIT + 5);

    assertThat(ChangeLog.touchedSince(before, after)).isEmpty();
    assertThat(ChangeLog.touchedSince(after, after)).hasValue(Set.of());
  }

  @Test
  void aStateOfAnotherLineageIsNotAnAncestor() {
    ChangeLog a = appended(ChangeLog.restart(), "a-", 5);
    ChangeLog b = appended(ChangeLog.restart(), "b-", 5);

    assertThat(ChangeLog.touchedSince(a, b)).isEmpty();
  }
}
