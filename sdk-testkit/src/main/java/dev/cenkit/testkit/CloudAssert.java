package dev.cenkit.testkit;

import dev.cenkit.spi.CloudProvider;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a cloud: every invariant of the rule catalog holds in its current snapshot. */
public final class CloudAssert extends AbstractAssert<CloudAssert, CloudProvider> {
  CloudAssert(CloudProvider actual) {
    super(actual, CloudAssert.class);
  }

  /** Fails, listing each violation, unless every invariant of {@link Invariants} holds. */
  public CloudAssert satisfiesAllRules() {
    isNotNull();
    List<String> violations = Invariants.violations(actual.snapshot());
    if (!violations.isEmpty()) {
      failWithMessage("expected every rule to hold, but:%n  %s", String.join("\n  ", violations));
    }
    return this;
  }
}
