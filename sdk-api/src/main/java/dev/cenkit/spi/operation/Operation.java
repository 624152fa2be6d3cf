package dev.cenkit.spi.operation;

/**
 * One request of a real Alibaba Cloud action, such as {@code CreateVpc} or {@code AttachCenChildInstance}. A
 * provider executes it and answers with a result of type {@code R}, or rejects it with a typed
 * {@link dev.cenkit.error.CenkitException} and changes nothing.
 *
 * @param <R> the result of the action
 */
public interface Operation<R> {
  /** The real action name, e.g. {@code "AttachCenChildInstance"}. */
  String action();

  /** The main parameters, for messages, e.g. {@code "cen-…, vpc-…, cn-hangzhou"}. */
  String summary();

  /** The action and its main parameters, e.g. {@code "AttachCenChildInstance(cen-…, vpc-…)"}. */
  default String describe() {
    return action() + "(" + summary() + ")";
  }
}
