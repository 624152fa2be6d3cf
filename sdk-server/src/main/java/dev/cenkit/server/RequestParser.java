package dev.cenkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request's parts (wire-protocol.md section 2): the query decoded as {@code URLDecoder} would but
 * strictly (a bad escape or invalid UTF-8 is an error, not a replacement character), a form or JSON body within a
 * size limit, action and version from the {@code x-acs-*} headers or the {@code Action}/{@code Version}
 * parameters.
 */
final class RequestParser {
  /** The protocol's own keys, never business parameters. */
  static final Set<String> COMMON_KEYS = Set.of(
      "Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
      "SignatureNonce", "SignatureType", "Timestamp", "SecurityToken", "BearerToken");

  private final int maxBodyBytes;

  RequestParser(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  WireRequest parse(String method, String rawQuery, Map<String, String> headers, InputStream bodyStream) throws IOException {
    if (!method.equals("POST") && !method.equals("GET")) {
      throw new WireError("UnsupportedHTTPMethod", 400, "HTTP method '" + method + "' is not supported; use POST (or GET).");
    }
    byte[] body = readBody(headers, bodyStream);
    List<Map.Entry<String, String>> query = decodeForm(rawQuery == null ? "" : rawQuery, "query");
    Map<String, String> all = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : query) {
      all.put(e.getKey(), e.getValue());
    }
    if (body.length > 0) {
      String type = headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
      if (type.startsWith("application/json")) {
        flattenJson(body, all);
      } else if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
        for (Map.Entry<String, String> e : decodeForm(utf8(body, "body"), "body")) {
          all.put(e.getKey(), e.getValue());
        }
      } else {
        throw new WireError("UnsupportedMediaType", 415,
            "Content-Type '" + type + "' is not supported; send application/x-www-form-urlencoded or application/json.");
      }
    }
    Optional<String> action = Optional.ofNullable(headers.get("x-acs-action")).or(() -> Optional.ofNullable(all.get("Action")));
    Optional<String> version = Optional.ofNullable(headers.get("x-acs-version")).or(() -> Optional.ofNullable(all.get("Version")));
    Map<String, String> params = new LinkedHashMap<>(all);
    params.keySet().removeAll(COMMON_KEYS);
    return new WireRequest(method, headers.getOrDefault("host", ""), headers, query, body, params,
        action.filter(a -> !a.isEmpty()), version.filter(v -> !v.isEmpty()));
  }

  private byte[] readBody(Map<String, String> headers, InputStream in) throws IOException {
    String length = headers.get("content-length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new WireError("InvalidParameter", 400, "Content-Length '" + length + "' is not a number.");
      }
      if (declared > maxBodyBytes) {
        throw tooLarge();
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      if (out.size() + n > maxBodyBytes) {
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private WireError tooLarge() {
    return new WireError("RequestEntityTooLarge", 413, "The request body is larger than " + maxBodyBytes + " bytes.");
  }

  /** Decodes {@code k=v&k2=v2}: {@code +} is a space, {@code %XX} a byte, the bytes UTF-8. */
  static List<Map.Entry<String, String>> decodeForm(String text, String where) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq), where);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), where);
      if (key.isEmpty()) {
        throw new WireError("InvalidParameter", 400, "The " + where + " has a parameter without a name: '" + pair + "'.");
      }
      out.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
    }
    return out;
  }

  private static String decode(String s, String where) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteBuffer bytes = ByteBuffer.allocate(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '+') {
        bytes.put((byte) ' ');
      } else if (ch == '%') {
        if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
          throw new WireError("InvalidParameter", 400, "Malformed percent-encoding in the " + where + ": '" + s + "'.");
        }
        bytes.put((byte) ((Character.digit(s.charAt(i + 1), 16) << 4) + Character.digit(s.charAt(i + 2), 16)));
        i += 2;
      } else {
        byte[] enc = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
        bytes.put(enc);
      }
    }
    bytes.flip();
    byte[] raw = new byte[bytes.remaining()];
    bytes.get(raw);
    return utf8(raw, where);
  }

  private static String utf8(byte[] raw, String where) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(raw));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new WireError("InvalidParameter", 400, "The " + where + " is not valid UTF-8.");
    }
  }

  private static void flattenJson(byte[] body, Map<String, String> out) {
    JsonNode root;
    try {
      root = Mappers.json().readTree(body);
    } catch (IOException e) {
      throw new WireError("InvalidParameter", 400, "The JSON body is malformed: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new WireError("InvalidParameter", 400, "The JSON body must be an object.");
    }
    flatten("", root, out);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "." + (i + 1), node.get(i), out);
      }
    } else if (!node.isNull()) {
      out.put(prefix, node.asText());
    }
  }
}
