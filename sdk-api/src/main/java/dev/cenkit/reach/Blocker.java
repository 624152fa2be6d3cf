package dev.cenkit.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.model.CenkitStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why traffic does not get through at one place: a stable code, the component where it blocks, the rule it
 * comes from, a message naming the values involved, and the fixes that remove it.
 */
@Value.Immutable
@CenkitStyle
public interface Blocker {
  /** The stable code, e.g. {@link BlockerCode#NOT_IN_SAME_CEN}. */
  BlockerCode code();

  /** Where it blocks. */
  Component component();

  /** The rule of the catalog it comes from, when one does. */
  Optional<RuleId> rule();

  /** What blocks, naming the values involved. */
  String message();

  /** On the way there or back. */
  @Value.Default
  default Direction direction() {
    return Direction.FORWARD;
  }

  /** The part of the question it belongs to. */
  @Value.Default
  default Leg leg() {
    return Leg.NETWORK;
  }

  /**
   * How much it matters: {@link Severity#BLOCKING} drops the traffic, {@link Severity#WARNING} lets it through
   * degraded, {@link Severity#NOTE} only observes. By default the {@linkplain BlockerCode#severity() code's};
   * every finding among an answer's notes is a {@link Severity#NOTE}.
   */
  @Value.Default
  default Severity severity() {
    return code().severity();
  }

  /** Changes that remove this blocker; empty when none can be derived. */
  List<Fix> fixes();

  /** One line: code, component, message and rule. */
  @Value.Derived
  @Value.Auxiliary
  default String describe() {
    return code()
        + " at "
        + component().describe()
        + (direction() == Direction.RETURN ? " (return path)" : "")
        + ": "
        + message()
        + rule().map(r -> " [" + r.name() + "]").orElse("");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Blocker}. */
  class Builder extends ImmutableBlocker.Builder {}
}
