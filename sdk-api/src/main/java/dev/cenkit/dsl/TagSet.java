package dev.cenkit.dsl;

import dev.cenkit.model.Tagged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The tags and resource group a spec gives the resource it creates, checked as they are added (R4). */
record TagSet(Map<String, String> tags, @Nullable String group) {
  static final TagSet NONE = new TagSet(Map.of(), null);

  TagSet {
    tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
  }

  TagSet plus(String key, String value, String what) {
    Map<String, String> more = new LinkedHashMap<>(tags);
    more.put(key, value);
    return new TagSet(Tagged.checkTags(more, what), group);
  }

  TagSet in(String resourceGroupId) {
    return new TagSet(tags, Tagged.checkResourceGroupId(resourceGroupId));
  }

  Optional<String> resourceGroup() {
    return Optional.ofNullable(group);
  }
}
