package dev.cenkit.error;

/**
 * Which step of a spec failed: its 1-based position, the number of steps, and a description of the
 * operation (the real action name and its main parameters).
 *
 * @param index the 1-based position of the failed step
 * @param total the number of steps of the spec
 * @param operation the action and its main parameters, e.g. {@code AttachCenChildInstance(vpc-…, cen-…)}
 */
public record FailedStep(int index, int total, String operation) {
  @Override
  public String toString() {
    return "step " + index + " of " + total + " (" + operation + ")";
  }
}
