package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Function Compute part of a {@link CloudSnapshot}: functions that API backends reference, ordered by id. */
public interface FunctionComputeView {
  /** Every function by id. */
  Map<FcFunctionId, FcFunction> functions();

  /** The function with this id, if it exists. */
  default Optional<FcFunction> function(FcFunctionId id) {
    return Optional.ofNullable(functions().get(Checks.required(id, "function id")));
  }

  /** The functions of a region, ordered by id. */
  default List<FcFunction> functionsIn(RegionId region) {
    Checks.required(region, "region (RegionId)");
    return functions().values().stream().filter(f -> f.region().equals(region)).collect(Collectors.toUnmodifiableList());
  }
}
