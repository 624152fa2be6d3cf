package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when the operation conflicts with the current state of a resource. */
public class IncorrectStatusException extends CenkitException {
  private static final long serialVersionUID = 1L;

  IncorrectStatusException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
