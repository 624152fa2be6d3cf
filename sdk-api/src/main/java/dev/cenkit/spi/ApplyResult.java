package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.ResourceId;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What applying a spec produced: the result of each step, the ids bound to the spec's pending references,
 * and the snapshot right after the spec was committed.
 */
public final class ApplyResult {
  private final Map<Step<?>, Object> results;
  private final Map<Ref<?>, Object> created;
  private final Bindings bindings;
  private final CloudSnapshot snapshot;

  /** Creates a result; providers call this. */
  public ApplyResult(Map<Step<?>, Object> results, Bindings bindings, CloudSnapshot snapshot) {
    IdentityHashMap<Step<?>, Object> copy = new IdentityHashMap<>(results);
    this.results = java.util.Collections.unmodifiableMap(copy);
    IdentityHashMap<Ref<?>, Object> byRef = new IdentityHashMap<>();
    copy.forEach((step, result) -> step.produces().ifPresent(ref -> byRef.put(ref, result)));
    this.created = byRef;
    this.bindings = bindings;
    this.snapshot = snapshot;
  }

  /** The result of a step of the applied spec. */
  @SuppressWarnings("unchecked")
  public <R> R result(Step<R> step) {
    Object r = results.get(step);
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
    Object r = results.get(main);
    if (r == null) {
      r = main.produces().map(created::get).orElse(null);
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
