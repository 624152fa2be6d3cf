package dev.cenkit.inmemory.state;

import dev.cenkit.model.Checks;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.spi.FunctionComputeView;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

/** The Function Compute part of a {@link Snapshot}. */
public final class FunctionComputeState implements FunctionComputeView {
  static final FunctionComputeState EMPTY = new FunctionComputeState(TreePMap.empty());

  private final PSortedMap<FcFunctionId, FcFunction> functions;

  private FunctionComputeState(PSortedMap<FcFunctionId, FcFunction> functions) {
    this.functions = functions;
  }

  @Override
  public PSortedMap<FcFunctionId, FcFunction> functions() {
    return functions;
  }

  /** With the function added or replaced. */
  public FunctionComputeState withFunction(FcFunction function) {
    Checks.required(function, "function (FcFunction)");
    return new FunctionComputeState(functions.plus(function.id(), function));
  }

  /** Without the function. */
  public FunctionComputeState withoutFunction(FcFunctionId id) {
    Checks.required(id, "id (FcFunctionId)");
    return new FunctionComputeState(functions.minus(id));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionComputeState && ((FunctionComputeState) o).functions.equals(functions);
  }

  @Override
  public int hashCode() {
    return functions.hashCode();
  }
}
