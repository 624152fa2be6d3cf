package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when the account is not allowed to perform the operation. */
public class OperationForbiddenException extends CenkitException {
  private static final long serialVersionUID = 1L;

  OperationForbiddenException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
