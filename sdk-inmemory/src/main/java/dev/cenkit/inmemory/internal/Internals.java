package dev.cenkit.inmemory.internal;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.Preview;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.Checks;
import dev.cenkit.spi.CloudSnapshot;

/**
 * Access to the in-memory cloud's internal state for cenkit's own testkit, benchmarks and tools. <strong>Not
 * API</strong>: this package, like {@code state}, {@code ops}, {@code rules}, {@code routing} and {@code reach},
 * may change in any release. Users read a cloud through {@link InMemoryCloud#snapshot()}, the API's views.
 */
public final class Internals {
  private Internals() {}

  /** The internal snapshot behind the cloud's current API view. */
  public static Snapshot state(InMemoryCloud cloud) {
    return state(Checks.required(cloud, "cloud").snapshot());
  }

  /** The internal snapshot behind a preview's API view. */
  public static Snapshot state(Preview preview) {
    return state(Checks.required(preview, "preview").snapshot());
  }

  /** The internal snapshot behind an API view the in-memory cloud handed out. */
  public static Snapshot state(CloudSnapshot snapshot) {
    Checks.required(snapshot, "snapshot");
    if (snapshot instanceof Snapshot s) {
      return s;
    }
    throw ErrorCode.INVALID_PARAMETER.exception(
        null, "snapshot " + snapshot.getClass().getName() + " was not made by the in-memory cloud");
  }
}
