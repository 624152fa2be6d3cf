package dev.cenkit.spi.cen;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.Checks;
import dev.cenkit.model.Tagged;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.cen.ProtectionLevel;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code CreateCen}: a global CEN instance (R2). */
@Value.Immutable
@CenkitStyle
public interface CreateCenRequest extends Operation<CenInstance>, Tagged {
  /** {@code Name}. */
  Optional<String> name();

  /** {@code Description}. */
  Optional<String> description();

  /** {@code ProtectionLevel}, {@code REDUCED} by default. */
  @Value.Default
  default ProtectionLevel protectionLevel() {
    return ProtectionLevel.REDUCED;
  }

  @Value.Check
  default void check() {
    name().ifPresent(n -> Checks.name(n, "CEN"));
    description().ifPresent(d -> Checks.description(d, "CEN"));
    checkTagged("CEN");
  }

  @Override
  default String action() {
    return "CreateCen";
  }

  @Override
  default String summary() {
    return name().map(n -> "'" + n + "'").orElse("");
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link CreateCenRequest}. */
  class Builder extends ImmutableCreateCenRequest.Builder {}
}
