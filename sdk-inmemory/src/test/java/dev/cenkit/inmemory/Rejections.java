package dev.cenkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cenkit.error.CenkitException;
import dev.cenkit.error.RuleId;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.Snapshot;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The one way rule tests assert a rejection: the exact Alibaba error code, the rule it enforces, and a
 * snapshot that is the very same object as before (nothing changed, not even the version or id sequence).
 */
public final class Rejections {
  private Rejections() {}

  /** Runs {@code call}, expects a rejection with {@code code} citing {@code rule}, and returns the exception. */
  public static CenkitException assertRejected(
      InMemoryCloud cloud, ThrowingCallable call, String code, RuleId rule) {
    CenkitException e = assertRejected(cloud, call, code);
    assertThat(e.rule()).as("rule of %s", e.getMessage()).contains(rule);
    return e;
  }

  /** Runs {@code call}, expects a rejection with {@code code}, and returns the exception. */
  public static CenkitException assertRejected(InMemoryCloud cloud, ThrowingCallable call, String code) {
    Snapshot before = Internals.state(cloud);
    CenkitException e = catchThrowableOfType(CenkitException.class, call);
    assertThat(e).as("expected a rejection with %s", code).isNotNull();
    assertThat(e.code()).as("code of %s", e.getMessage()).isEqualTo(code);
    assertThat(cloud.snapshot()).as("snapshot after a rejection").isSameAs(before);
    return e;
  }
}
