package dev.cenkit.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders for response bodies shaped like the SDK models (ordered maps, XML-era list wrappers). */
public final class Json {
  private Json() {}

  /**
   * An object of key/value pairs in order; a {@code null} or empty {@link Optional} value leaves its key out, a
   * present one is unwrapped.
   */
  public static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      put(out, (String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** Puts a value as {@link #object} does. */
  public static void put(Map<String, Object> target, String key, Object value) {
    Object v = value;
    if (v instanceof Optional<?> o) {
      v = o.orElse(null);
    }
    if (v != null) {
      target.put(key, v instanceof dev.cenkit.model.ResourceId || v instanceof dev.cenkit.model.RegionId
          || v instanceof dev.cenkit.model.Cidr ? String.valueOf(v) : v);
    }
  }

  /** The double wrapper of a list: {@code {"Vpc": [...]}} for {@code Vpcs.Vpc[]}. */
  public static Map<String, Object> wrap(String itemName, List<?> items) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(itemName, items);
    return out;
  }
}
