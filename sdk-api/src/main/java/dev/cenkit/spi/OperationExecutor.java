package dev.cenkit.spi;

import dev.cenkit.model.Checks;
import dev.cenkit.spi.operation.Operation;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Something that executes {@link Operation}s: the one method every product interface routes through. */
public interface OperationExecutor {
  /**
   * Executes one operation atomically: either it is accepted and its effect is visible in the next
   * {@link CloudProvider#snapshot()}, or it is rejected with a typed exception and nothing changes.
   */
  <R> R execute(Operation<R> operation);

  /** The current state, immutable; later operations never change a snapshot already returned. */
  CloudSnapshot snapshot();

  /**
   * Builds a request in place: {@code request} fills a fresh {@code builder}, then {@code build} makes the
   * request. This is the one null guard of every {@code Consumer} overload of the product interfaces: a null
   * consumer is a {@code MissingParameter} error, not a {@link NullPointerException}.
   *
   * @throws dev.cenkit.error.MissingParameterException when {@code request} is null
   */
  static <B, Q> Q build(B builder, @Nullable Consumer<? super B> request, Function<? super B, Q> build) {
    Checks.required(builder, "request builder");
    Checks.required(build, "function that builds the request");
    Checks.required(request, "request (the consumer that fills the request builder)").accept(builder);
    return build.apply(builder);
  }
}
