package dev.cenkit.spi;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lookups by name of the views: names are not unique in Alibaba Cloud, so a lookup that finds two
 * resources of one kind with the name refuses to guess. A convenience for programs and tests; it reads every
 * resource of the kind, so hot paths look up by id.
 */
final class ByName {
  private ByName() {}

  static <T> Optional<T> unique(
      Collection<T> values, Function<T, Optional<String>> nameOf, @Nullable String name, String kind) {
    Checks.required(name, "name");
    T found = null;
    for (T value : values) {
      if (nameOf.apply(value).filter(name::equals).isPresent()) {
        if (found != null) {
          throw ErrorCode.INVALID_PARAMETER.exception(
              null, "more than one " + kind + " is named '" + name + "'; names are not unique, look it up by id");
        }
        found = value;
      }
    }
    return Optional.ofNullable(found);
  }
}
