package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when a quota would be exceeded. */
public class QuotaExceededException extends CenkitException {
  private static final long serialVersionUID = 1L;

  QuotaExceededException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
