package dev.cenkit.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error cenkit raises: an unchecked exception that carries the exact Alibaba Cloud error
 * code, the rule of the catalog that the failed check enforces, and the ids of the resources involved.
 *
 * <p>Errors are data: catch this type (or a family subclass) and read {@link #errorCode()}, {@link #code()},
 * {@link #rule()} and {@link #resourceIds()} rather than parsing the message. When the error comes from a
 * step of a multi-step spec, {@link #failedStep()} says which one.
 */
public class CenkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final transient Optional<RuleId> rule;
  private final List<String> resourceIds;
  private final String detail;
  private final transient Optional<FailedStep> failedStep;

  /**
   * Creates an exception; prefer {@link ErrorCode#exception(RuleId, String, Object...)}, which picks the
   * subclass of the code's family.
   */
  protected CenkitException(
      ErrorCode errorCode, Optional<RuleId> rule, String detail, List<String> resourceIds, Optional<FailedStep> step) {
    super(format(errorCode, rule, detail, step));
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.rule = rule;
    this.detail = detail;
    this.resourceIds = List.copyOf(resourceIds);
    this.failedStep = step;
  }

  static CenkitException create(ErrorCode code, @Nullable RuleId rule, String detail, @Nullable Object... ids) {
    List<String> idList =
        Arrays.stream(ids).filter(Objects::nonNull).map(Object::toString).collect(Collectors.toUnmodifiableList());
    return create(code, Optional.ofNullable(rule), detail, idList, Optional.empty());
  }

  private static CenkitException create(
      ErrorCode code, Optional<RuleId> rule, String detail, List<String> ids, Optional<FailedStep> step) {
    switch (code.family()) {
      case NOT_FOUND:
        return new ResourceNotFoundException(code, rule, detail, ids, step);
      case INVALID_PARAMETER:
        return new InvalidParameterException(code, rule, detail, ids, step);
      case INCORRECT_STATUS:
        return new IncorrectStatusException(code, rule, detail, ids, step);
      case DEPENDENCY_VIOLATION:
        return new DependencyViolationException(code, rule, detail, ids, step);
      case QUOTA_EXCEEDED:
        return new QuotaExceededException(code, rule, detail, ids, step);
      case FORBIDDEN:
        return new OperationForbiddenException(code, rule, detail, ids, step);
      case NOT_MODELED:
        return new NotModeledException(code, rule, detail, ids, step);
      default:
        throw new AssertionError(code.family());
    }
  }

  private static String format(ErrorCode code, Optional<RuleId> rule, String detail, Optional<FailedStep> step) {
    StringBuilder sb = new StringBuilder();
    step.ifPresent(s -> sb.append(s).append(": "));
    sb.append(code.code()).append(": ").append(detail);
    rule.ifPresent(r -> sb.append(" [").append(r.describe()).append(']'));
    return sb.toString();
  }

  /**
   * The same error, of the same type, marked as raised by the given step of a spec; the original is kept
   * as the cause.
   */
  public CenkitException atStep(FailedStep step) {
    CenkitException copy = create(errorCode, rule, detail, resourceIds, Optional.of(step));
    copy.initCause(this);
    return copy;
  }

  /** The registry entry of the error code. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The exact Alibaba Cloud error code string, e.g. {@code InvalidOperation.ChildInstanceAlreadyAttached}. */
  public String code() {
    return errorCode.code();
  }

  /** The HTTP status the real API answers with. */
  public int httpStatus() {
    return errorCode.httpStatus();
  }

  /** The rule of the catalog that the failed check enforces, when one does. */
  public Optional<RuleId> rule() {
    return rule;
  }

  /** The ids of the resources involved, most relevant first. */
  public List<String> resourceIds() {
    return resourceIds;
  }

  /** The message without the code, rule or step decorations. */
  public String detail() {
    return detail;
  }

  /** The step of a spec that failed, when the error comes from applying a spec. */
  public Optional<FailedStep> failedStep() {
    return failedStep;
  }
}
