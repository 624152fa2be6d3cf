package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, ordered list of cloud operations: what a provider's {@code apply} runs, all or nothing.
 * Combining specs keeps the order and runs a step shared by several parts once.
 */
public final class Spec implements SpecSource {
  private static final Spec EMPTY = new Spec(List.of());

  private final List<Step<?>> steps;

  private Spec(List<Step<?>> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The spec with no steps. */
  public static Spec empty() {
    return EMPTY;
  }

  /** The parts' steps, in order, each shared step once. */
  public static Spec of(SpecSource... parts) {
    Checks.required(parts, "spec parts");
    return of(List.of(noNulls(parts)));
  }

  /** The parts' steps, in order, each shared step once. */
  public static Spec of(List<? extends SpecSource> parts) {
    Checks.noNullElements(parts, "spec parts");
    Set<Step<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Step<?>> steps = new ArrayList<>();
    for (SpecSource part : parts) {
      Spec spec = part.toSpec();
      if (spec == null) {
        throw ErrorCode.MISSING_PARAMETER.exception(null, "spec part " + part + " gave no spec: its toSpec() returned null");
      }
      for (Step<?> step : spec.steps) {
        if (seen.add(step)) {
          steps.add(step);
        }
      }
    }
    return new Spec(steps);
  }

  private static SpecSource[] noNulls(SpecSource[] parts) {
    for (SpecSource p : parts) {
      Checks.required(p, "spec part");
    }
    return parts;
  }

  /** A spec of this one followed by a single step. */
  public Spec plus(Step<?> step) {
    Checks.required(step, "step");
    List<Step<?>> more = new ArrayList<>(steps);
    more.add(step);
    return Spec.of(new Spec(more));
  }

  /** This spec followed by {@code next}. */
  public Spec then(SpecSource next) {
    return of(this, next);
  }

  /** The steps, in order. */
  public List<Step<?>> steps() {
    return steps;
  }

  /** The number of steps. */
  public int size() {
    return steps.size();
  }

  @Override
  public Spec toSpec() {
    return this;
  }

  /** One line per step. */
  @Override
  public String toString() {
    return steps.stream().map(Step::label).collect(Collectors.joining("\n"));
  }
}
