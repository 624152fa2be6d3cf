package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when a parameter is missing, malformed or out of range. */
public class InvalidParameterException extends CenkitException {
  private static final long serialVersionUID = 1L;

  InvalidParameterException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
