package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DeleteCen}: deletes a CEN with no attached instances and no associated bandwidth plan (R75). Answers
 * the deleted CEN.
 */
@Value.Immutable
@CenkitStyle
public interface DeleteCenRequest extends Operation<CenInstance> {
  /** {@code CenId}. */
  CenId cenId();

  @Override
  default String action() {
    return "DeleteCen";
  }

  @Override
  default String summary() {
    return cenId().value();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DeleteCenRequest}. */
  class Builder extends ImmutableDeleteCenRequest.Builder {}
}
