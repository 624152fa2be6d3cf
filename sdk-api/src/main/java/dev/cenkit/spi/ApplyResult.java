package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.ResourceId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What applying a spec produced: the result of each step, the ids bound to the spec's pending references,
 * and the snapshot right after the spec was committed.
 */
public final class ApplyResult {
  private final @Nullable List<Step<?>> steps;
  private final @Nullable List<?> stepResults;
  private volatile @Nullable Map<Step<?>, Object> results;
  private volatile @Nullable Map<Ref<?>, Object> created;
  private final Bindings bindings;
  private final CloudSnapshot snapshot;

  /** Creates a result from each step's result (the map is copied); providers call this. */
  public ApplyResult(Map<Step<?>, Object> results, Bindings bindings, CloudSnapshot snapshot) {
    IdentityHashMap<Step<?>, Object> copy = new IdentityHashMap<>(results);
    this.steps = null;
    this.stepResults = null;
    this.results = java.util.Collections.unmodifiableMap(copy);
    this.bindings = bindings;
    this.snapshot = snapshot;
  }

  /**
   * Creates a result from the applied spec's steps and their results in the same order; providers call this.
   * Both lists are kept as they are, not copied (the caller hands them over and must not change them), and the
   * lookup by step is built on the first {@link #result} or {@link #resultOf}: applying a large spec then costs
   * no map of its steps unless one is asked for.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public ApplyResult(List<Step<?>> steps, List<?> results, Bindings bindings, CloudSnapshot snapshot) {
    if (steps.size() != results.size()) {
      throw new IllegalArgumentException(steps.size() + " steps but " + results.size() + " results");
    }
    this.steps = steps;
    this.stepResults = results;
    this.bindings = bindings;
    this.snapshot = snapshot;
  }

  private Map<Step<?>, Object> results() {
    Map<Step<?>, Object> r = results;
    if (r == null) {
      IdentityHashMap<Step<?>, Object> byStep = new IdentityHashMap<>(steps.size());
      for (int i = 0; i < steps.size(); i++) {
        byStep.put(steps.get(i), stepResults.get(i));
      }
      r = java.util.Collections.unmodifiableMap(byStep);
      results = r;
    }
    return r;
  }

  private Map<Ref<?>, Object> created() {
    Map<Ref<?>, Object> c = created;
    if (c == null) {
      IdentityHashMap<Ref<?>, Object> byRef = new IdentityHashMap<>();
      results().forEach((step, result) -> step.produces().ifPresent(ref -> byRef.put(ref, result)));
      c = byRef;
      created = c;
    }
    return c;
  }

  /** The result of a step of the applied spec. */
  @SuppressWarnings("unchecked")
  public <R> R result(Step<R> step) {
    Object r = results().get(step);
    if (r == null) {
      throw ErrorCode.SPEC_REFERENCE_UNRESOLVED.exception(null, "step '" + step.label() + "' was not part of the applied spec");
    }
    return (R) r;
  }

  /**
   * The resource a resource spec created. Specs derived from one another ({@code cen.attachNew(vpc)},
   * {@code vpc.vSwitch(…)}) describe the same resource, so any of them finds it.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code cenkit.SpecReferenceUnresolved} when the applied
   *     spec did not create the resource {@code spec} describes
   */
  @SuppressWarnings("unchecked")
  public <T> T resultOf(ResourceSpec<T> spec) {
    Step<T> main = spec.mainStep();
    Object r = results().get(main);
    if (r == null) {
      r = main.produces().map(ref -> created().get(ref)).orElse(null);
    }
    if (r == null) {
      String what = main.produces().map(Ref::label).orElse("'" + main.label() + "'");
      throw ErrorCode.SPEC_REFERENCE_UNRESOLVED.exception(
          null,
          what + " was not created by the applied spec: the spec applied neither is nor includes a spec of it",
          what);
    }
    return (T) r;
  }

  /** The id a reference of the spec was bound to. */
  public <I extends ResourceId> I id(Ref<I> ref) {
    return bindings.resolve(ref);
  }

  /** The snapshot right after the spec was committed. */
  public CloudSnapshot snapshot() {
    return snapshot;
  }
}
