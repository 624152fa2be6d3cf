package dev.cenkit.model.encoding;

import dev.cenkit.model.CenkitStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A test-only value type with the container attribute shapes the encodings must support beyond those of the
 * model today: defaults, a derived optional, and a set of a final non-enum type.
 */
@Value.Immutable
@CenkitStyle
interface ContainerSample {
  String id();

  @Value.Default
  default List<String> tags() {
    return List.of("default-tag");
  }

  @Value.Default
  default Map<String, String> labels() {
    return Map.of("k", "v");
  }

  @Value.Default
  default Optional<String> note() {
    return Optional.of("default-note");
  }

  Set<String> marks();

  @Value.Derived
  default Optional<String> firstTag() {
    return tags().stream().findFirst();
  }

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutableContainerSample.Builder {}
}
