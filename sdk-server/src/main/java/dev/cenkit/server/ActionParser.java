package dev.cenkit.server;

/**
 * Reads one action's parameters into an {@link Invocation}. Parsing runs before anything changes, so a request
 * with a missing, malformed or unknown parameter is refused without a side effect.
 */
@FunctionalInterface
public interface ActionParser {
  /** The call the parameters describe. */
  Invocation parse(Params params, CallContext context);
}
