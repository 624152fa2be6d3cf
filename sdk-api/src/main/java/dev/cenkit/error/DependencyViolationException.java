package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when other resources still depend on the resource being changed or deleted. */
public class DependencyViolationException extends CenkitException {
  private static final long serialVersionUID = 1L;

  DependencyViolationException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
