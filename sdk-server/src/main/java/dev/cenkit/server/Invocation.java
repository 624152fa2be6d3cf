package dev.cenkit.server;

import java.util.Map;

/** A parsed request, ready to run against the cloud: it returns the response body without its RequestId. */
@FunctionalInterface
public interface Invocation {
  /** Runs the call; a rejection is the provider's typed exception. */
  Map<String, Object> run(Backend backend);
}
