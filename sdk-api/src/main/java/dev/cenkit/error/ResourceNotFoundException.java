package dev.cenkit.error;

import java.util.List;
import java.util.Optional;

/** Raised when a referenced resource does not exist. */
public class ResourceNotFoundException extends CenkitException {
  private static final long serialVersionUID = 1L;

  ResourceNotFoundException(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    super(code, rule, detail, ids, step);
  }
}
