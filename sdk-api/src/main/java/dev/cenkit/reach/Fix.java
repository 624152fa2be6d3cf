package dev.cenkit.reach;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.spi.Spec;
import org.immutables.value.Value;

/**
 * A concrete change that removes a blocker: a person-readable description and the spec that makes it.
 * Applying the spec to the cloud the answer came from removes the blocker (or fails with a typed error if
 * the cloud changed meanwhile).
 */
@Value.Immutable
@CenkitStyle
public interface Fix {
  /** What the fix does, e.g. {@code "attach VPC 'VPC-3' (vpc-…) to CEN cen-…"}. */
  String description();

  /** The spec to apply. */
  Spec spec();

  /** A fix. */
  static Fix of(String description, Spec spec) {
    return builder().description(description).spec(spec).build();
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Fix}. */
  class Builder extends ImmutableFix.Builder {}
}
