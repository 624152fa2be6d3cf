package dev.cenkit.reach;

import dev.cenkit.model.Checks;
import java.util.Optional;

/**
 * One pair of a {@link ReachabilityMatrix}: the verdict of the single question for the pair and, when the pair
 * is not {@link Verdict#REACHABLE}, the code of the first blocker that question reports.
 *
 * @param verdict the verdict
 * @param firstBlocker the first blocker's code; empty exactly when the verdict is {@code REACHABLE}
 */
public record MatrixCell(Verdict verdict, Optional<BlockerCode> firstBlocker) {
  /** Checks that a blocker is given exactly when the pair is not reachable. */
  public MatrixCell {
    Checks.required(verdict, "verdict");
    Checks.required(firstBlocker, "first blocker");
    if ((verdict == Verdict.REACHABLE) != firstBlocker.isEmpty()) {
      throw dev.cenkit.error.ErrorCode.INVALID_PARAMETER.exception(
          null, "a " + verdict + " cell " + (firstBlocker.isEmpty() ? "needs" : "has no") + " first blocker", verdict);
    }
  }

  /** The cell of a reachable pair. */
  public static MatrixCell reachable() {
    return new MatrixCell(Verdict.REACHABLE, Optional.empty());
  }

  /** The cell summarising {@code answer}. */
  public static MatrixCell of(ReachabilityAnswer answer) {
    Checks.required(answer, "answer");
    return new MatrixCell(
        answer.verdict(), answer.blockers().isEmpty() ? Optional.empty() : Optional.of(answer.blockers().get(0).code()));
  }

  /** Whether traffic flows, on real or test bandwidth. */
  public boolean flows() {
    return verdict != Verdict.UNREACHABLE;
  }

  @Override
  public String toString() {
    return verdict + firstBlocker.map(c -> " (" + c + ")").orElse("");
  }
}
