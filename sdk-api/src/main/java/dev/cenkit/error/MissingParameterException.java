package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/**
 * Raised with {@code MissingParameter} when a required value is null or was never set on a builder. The
 * generated builders of cenkit's value types throw this instead of a raw {@link NullPointerException} or
 * {@link IllegalStateException}.
 */
public class MissingParameterException extends InvalidParameterException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the missing parameter(s). */
  public MissingParameterException(String message) {
    super(ErrorCode.MISSING_PARAMETER, Optional.empty(), message, List.of(), Optional.empty());
  }

  /** Creates the exception naming several missing parameters. */
  public MissingParameterException(String... messages) {
    this(String.join(", ", messages));
  }
}
