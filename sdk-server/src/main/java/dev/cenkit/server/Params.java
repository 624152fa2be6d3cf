package dev.cenkit.server;

import dev.cenkit.error.CenkitException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The business parameters of one request, flattened to dotted keys ({@code AccessRegionIds.1},
 * {@code Filter.1.Value.2}), read by an action's parser. Every key a parser reads is marked as used; a key that
 * no parser reads is an unknown parameter and the request is refused before anything runs.
 *
 * <p>A value that does not parse is an {@code InvalidParameter} error naming the parameter and the value, unless
 * the parsing model type raises its own typed cenkit error (an unknown region, a malformed CIDR block), which is
 * kept.
 */
public final class Params {
  private final String action;
  private final Map<String, String> values;
  private final Set<String> used = new HashSet<>();

  /** The parameters of a request for {@code action}. */
  public Params(String action, Map<String, String> values) {
    this.action = action;
    this.values = new LinkedHashMap<>(values);
  }

  /** The action the parameters are for. */
  public String action() {
    return action;
  }

  /** The raw value of a parameter; an empty value counts as absent. */
  public Optional<String> optional(String name) {
    used.add(name);
    String v = values.get(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** The raw value of a required parameter. */
  public String required(String name) {
    return optional(name).orElseThrow(() -> WireError.missing(name));
  }

  /** A parameter parsed by {@code parser}, if present. */
  public <T> Optional<T> optional(String name, Function<String, T> parser) {
    return optional(name).map(v -> parse(name, v, parser));
  }

  /** A required parameter parsed by {@code parser}. */
  public <T> T required(String name, Function<String, T> parser) {
    return parse(name, required(name), parser);
  }

  /** An integer parameter, if present. */
  public Optional<Long> optionalLong(String name) {
    return optional(name, Long::parseLong);
  }

  /** A required integer parameter. */
  public long requiredLong(String name) {
    return required(name, Long::parseLong);
  }

  /** A boolean parameter ({@code true}/{@code false}, any case), if present. */
  public Optional<Boolean> optionalBoolean(String name) {
    return optional(name, Params::parseBoolean);
  }

  /**
   * A repeated parameter: {@code Name.1}, {@code Name.2}, … in index order (the tea clients' flattening), or a
   * JSON-style list given as one value is not accepted; an empty list when none is given.
   */
  public List<String> list(String name) {
    return list(name, Function.identity());
  }

  /** A repeated parameter, each element parsed by {@code parser}. */
  public <T> List<T> list(String name, Function<String, T> parser) {
    String prefix = name + ".";
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String key = e.getKey();
      if (key.startsWith(prefix)) {
        String rest = key.substring(prefix.length());
        if (!rest.isEmpty() && rest.chars().allMatch(Character::isDigit) && rest.length() < 6) {
          used.add(key);
          byIndex.put(Integer.parseInt(rest), e.getValue());
        }
      }
    }
    List<T> out = new ArrayList<>();
    for (Map.Entry<Integer, String> e : byIndex.entrySet()) {
      out.add(parse(name + "." + e.getKey(), e.getValue(), parser));
    }
    return out;
  }

  /**
   * The {@code Filter.N.Key} / {@code Filter.N.Value.M} pairs of the Cbn describes, by key; a key named twice
   * gathers the values of both.
   */
  public Map<String, List<String>> filters(String name) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 1; ; i++) {
      String keyName = name + "." + i + ".Key";
      if (!values.containsKey(keyName)) {
        break;
      }
      String key = required(keyName);
      out.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list(name + "." + i + ".Value"));
    }
    return out;
  }

  /** Whether a parameter was given (without marking it as used). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Marks parameters as accepted and deliberately ignored (they change nothing cenkit models). */
  public void ignore(String... names) {
    for (String n : names) {
      used.add(n);
    }
  }

  /** The keys no parser read, in arrival order. */
  public List<String> unused() {
    List<String> out = new ArrayList<>();
    for (String key : values.keySet()) {
      if (!used.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  private static <T> T parse(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (CenkitException | WireError e) {
      throw e;
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw WireError.invalid(name, value, why);
    }
  }

  private static boolean parseBoolean(String v) {
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("expected true or false");
  }
}
