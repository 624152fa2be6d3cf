package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The stages an API is deployed to ({@code StageName}, R61); only deployed APIs can be called. */
public enum Stage {
  /** The production stage. */
  RELEASE,
  /** The pre-release stage. */
  PRE,
  /** The test stage. */
  TEST;

  /**
   * Parses a stage name.
   *
   * @throws dev.cenkit.error.ResourceNotFoundException {@code NotFoundStage} (R61) for any other name
   */
  public static Stage of(@Nullable String stageName) {
    Checks.required(stageName, "stage name");
    return Arrays.stream(values())
        .filter(s -> s.name().equals(stageName))
        .findFirst()
        .orElseThrow(
            () ->
                ErrorCode.NOT_FOUND_STAGE.exception(
                    RuleId.R61, "stage '" + stageName + "' is not one of RELEASE, PRE, TEST", stageName));
  }
}
