package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ModifyCenAttribute}: changes the name, description or protection level; absent values are kept. */
@Value.Immutable
@CenkitStyle
public interface ModifyCenAttributeRequest extends Operation<CenInstance> {
  /** {@code CenId}. */
  CenId cenId();

  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  /** {@code ProtectionLevel}. */
  Optional<ProtectionLevel> protectionLevel();

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "CEN"));
    description().ifPresent(d -> Checks.description(d, "CEN"));
  }

  @Override
  default String action() {
    return "ModifyCenAttribute";
  }

  @Override
  default String summary() {
    return cenId() + name().map(n -> ", '" + n + "'").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifyCenAttributeRequest}. */
  class Builder extends ImmutableModifyCenAttributeRequest.Builder {}
}
