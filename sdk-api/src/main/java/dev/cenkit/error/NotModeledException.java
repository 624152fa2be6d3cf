package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when cenkit does not model the operation or parameter; a fake that accepted it would lie. */
public class NotModeledException extends CenkitException {
  private static final long serialVersionUID = 1L;

  NotModeledException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
