package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Compares what an example prints with its expected output, kept in
 * {@code sdk-examples/src/test/resources/expected/<Name>.txt}.
 *
 * <p>To regenerate the expected files after an intended change of the output, run
 * {@code mvn -B verify -pl sdk-examples -am -Dcenkit.updateExpected=true} and review the diff with
 * {@code git diff}; a normal run compares and fails on any difference.
 */
final class ExpectedOutput {
  /** The system property that switches from comparing to rewriting. */
  static final String UPDATE = "cenkit.updateExpected";

  private ExpectedOutput() {}

  /** Whether this run rewrites the expected files instead of comparing. */
  static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /** What {@code example} prints. */
  static String printed(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The expected-output file of {@code name}. */
  static Path file(String name) {
    return Path.of("src", "test", "resources", "expected", name + ".txt");
  }

  /** Asserts that {@code actual} is the expected output of {@code name} (or rewrites it when updating). */
  static void assertMatches(String name, String actual) throws IOException {
    Path file = file(name);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("expected output %s is missing; generate it with -D%s=true", file, UPDATE).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(actual)
        .as("output of %s differs from %s (regenerate with -D%s=true if the change is intended)", name, file, UPDATE)
        .isEqualTo(expected);
  }
}
