package dev.cenkit.reach;

import dev.cenkit.error.RuleId;
import dev.cenkit.model.Bandwidth;
import dev.cenkit.model.CenkitStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One hop of a path: the component traffic passes, the route or rule that sent it on, and, where it crosses
 * regions through a CEN, the bandwidth of that region pair.
 */
@Value.Immutable
@CenkitStyle
public interface Hop {
  /** The component. */
  Component component();

  /** What matched: a route ({@code 10.3.0.0/16 via CEN cen-…}) or a rule ({@code API deployed to RELEASE}). */
  String matched();

  /** The rule the decision rests on, when one does. */
  Optional<RuleId> rule();

  /** The bandwidth of the hop where it crosses regions (the allocated limit, or 1 Kbit/s for test only). */
  Optional<Bandwidth> bandwidth();

  /** Whether the hop lies on the way there or back. */
  @Value.Default
  default Direction direction() {
    return Direction.FORWARD;
  }

  /** The part of the question it belongs to. */
  @Value.Default
  default Leg leg() {
    return Leg.NETWORK;
  }

  /** One line: the component, what matched, and the bandwidth if any. */
  @Value.Derived
  @Value.Auxiliary
  default String describe() {
    return component().describe() + ": " + matched() + bandwidth().map(b -> " [" + b + "]").orElse("");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Hop}. */
  class Builder extends ImmutableHop.Builder {}
}
