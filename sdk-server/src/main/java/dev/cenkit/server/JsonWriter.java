package dev.cenkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a response body (ordered maps, lists, strings, whole numbers, booleans) as compact JSON, the same text
 * Jackson's default {@code ObjectMapper} writes for these values; any other value (a double, an enum, a record) is
 * written by that mapper ({@link Mappers}), created only then. The server's answers are almost only the former, so
 * serving does not need the mapper at all, and a cold start does not pay for building it.
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonWriter() {}

  /** The UTF-8 JSON of {@code value}. */
  static byte[] bytes(Object value) {
    StringBuilder sb = new StringBuilder(256);
    write(sb, value);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      sb.append(value);
    } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, (String) e.getKey());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof Collection<?> items) {
      sb.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, item);
      }
      sb.append(']');
    } else {
      try {
        sb.append(Mappers.json().writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a " + value.getClass().getName() + " as JSON", e);
      }
    }
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object k : map.keySet()) {
      if (!(k instanceof String)) {
        return false;
      }
    }
    return true;
  }

  /** A JSON string, escaped as Jackson does: quote, backslash, and control characters (a short escape or a six-character one) and surrogates. */
  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c)) {
            // Jackson's UTF-8 writer escapes surrogates (characters beyond the BMP) one by one
            sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
