package dev.cenkit.error;

/** The families of errors; each maps to one subclass of {@link CenkitException}. */
public enum ErrorFamily {
  /** A referenced resource does not exist: {@link ResourceNotFoundException}. */
  NOT_FOUND,
  /** A parameter is missing, malformed or out of range: {@link InvalidParameterException}. */
  INVALID_PARAMETER,
  /** The operation conflicts with the current state: {@link IncorrectStatusException}. */
  INCORRECT_STATUS,
  /** Other resources still depend on the one being changed: {@link DependencyViolationException}. */
  DEPENDENCY_VIOLATION,
  /** A quota would be exceeded: {@link QuotaExceededException}. */
  QUOTA_EXCEEDED,
  /** The account may not do this: {@link OperationForbiddenException}. */
  FORBIDDEN,
  /** cenkit does not model the operation or parameter: {@link NotModeledException}. */
  NOT_MODELED
}
