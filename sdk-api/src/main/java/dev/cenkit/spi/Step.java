package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.ResourceId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One step of a spec: an operation whose parameters may refer to resources created by earlier steps, and
 * optionally the reference it binds to the id of the resource it creates. Steps are compared by identity, so
 * a step shared by two specs runs once when they are combined.
 *
 * @param <R> the result of the operation
 */
public final class Step<R> {
  private final String label;
  private final Function<Bindings, Operation<R>> operation;
  private final @Nullable Ref<?> produces;
  private final @Nullable Function<R, ? extends ResourceId> idOf;

  private Step(
      String label,
      Function<Bindings, Operation<R>> operation,
      @Nullable Ref<?> produces,
      @Nullable Function<R, ? extends ResourceId> idOf) {
    this.label = Checks.required(label, "step label");
    this.operation = Checks.required(operation, "step operation (a function of the bindings)");
    this.produces = produces;
    this.idOf = idOf;
  }

  /** A step that changes or reads state but creates nothing that later steps refer to. */
  public static <R> Step<R> of(String label, Function<Bindings, Operation<R>> operation) {
    return new Step<>(label, operation, null, null);
  }

  /** A step that creates the resource {@code ref} stands for; {@code idOf} reads its id from the result. */
  public static <R, I extends ResourceId> Step<R> creating(
      Ref<I> ref, Function<Bindings, Operation<R>> operation, Function<R, I> idOf) {
    Checks.required(ref, "reference the step creates");
    return new Step<>("create " + ref.label(), operation, ref, Checks.required(idOf, "function reading the created id"));
  }

  /**
   * A step that reads an existing resource (one that an earlier step created as a side effect, such as a
   * router's system table) and binds {@code ref} to its id.
   */
  public static <R, I extends ResourceId> Step<R> finding(
      Ref<I> ref, Function<Bindings, Operation<R>> operation, Function<R, I> idOf) {
    Checks.required(ref, "ref");
    Checks.required(operation, "operation");
    Checks.required(idOf, "idOf");
    return new Step<>("find " + ref.label(), operation, ref, idOf);
  }

  /** The operation with its references resolved. */
  public Operation<R> operation(Bindings bindings) {
    Checks.required(bindings, "bindings");
    Operation<R> op = operation.apply(bindings);
    if (op == null) {
      // The message is built only when it is needed: building it for every step of a large spec costs.
      Checks.required(op, "operation of step '" + label + "'");
    }
    return op;
  }

  /** The reference this step binds, if it creates a resource. */
  public Optional<Ref<?>> produces() {
    return Optional.ofNullable(produces);
  }

  /** The id of the created resource, read from the operation's result. */
  public Optional<ResourceId> createdId(R result) {
    if (result == null || result instanceof CharSequence) {
      Checks.required(result, "result of step '" + label + "'");
    }
    return idOf == null ? Optional.empty() : Optional.of(idOf.apply(result));
  }

  /** What the step does, before its references are resolved. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
