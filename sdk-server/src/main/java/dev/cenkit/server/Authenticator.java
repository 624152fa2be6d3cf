package dev.cenkit.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is calling. Lenient by default, as moto is: any AccessKey and any signature are accepted. In strict mode the
 * AccessKey must be known and the request carry a valid {@code ACS3-HMAC-SHA256} (v3) or HMAC-SHA1 (v2) signature
 * (wire-protocol.md section 3); replay and clock-skew checks are not made.
 */
public final class Authenticator {
  private final Optional<Map<String, String>> secrets;

  private Authenticator(Optional<Map<String, String>> secrets) {
    this.secrets = secrets;
  }

  /** Accepts any caller. */
  public static Authenticator lenient() {
    return new Authenticator(Optional.empty());
  }

  /** Accepts only the given AccessKey ids, each with a valid signature made with its secret. */
  public static Authenticator strict(Map<String, String> secretsByAccessKeyId) {
    return new Authenticator(Optional.of(Map.copyOf(secretsByAccessKeyId)));
  }

  /** Whether signatures are verified. */
  public boolean isStrict() {
    return secrets.isPresent();
  }

  /** The caller's AccessKey id (empty when none was sent); in strict mode, only after the signature is verified. */
  public String authenticate(WireRequest r) {
    Optional<String> authorization = r.header("authorization").filter(a -> a.startsWith("ACS3-HMAC-SHA256"));
    Optional<String> v2Key = r.query().stream().filter(e -> e.getKey().equals("AccessKeyId")).map(Map.Entry::getValue).findFirst();
    Map<String, String> v3 = authorization.map(Authenticator::v3Fields).orElse(Map.of());
    String keyId = authorization.isPresent() ? v3.getOrDefault("Credential", "") : v2Key.orElse("");
    if (secrets.isEmpty()) {
      return keyId;
    }
    if (authorization.isEmpty() && v2Key.isEmpty()) {
      throw new WireError("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards: no Authorization header and no AccessKeyId.");
    }
    String secret = secrets.get().get(keyId);
    if (secret == null) {
      throw new WireError("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found.");
    }
    if (authorization.isPresent()) {
      verifyV3(r, v3, secret);
    } else {
      verifyV2(r, secret);
    }
    return keyId;
  }

  private static Map<String, String> v3Fields(String header) {
    Map<String, String> out = new TreeMap<>();
    String rest = header.substring("ACS3-HMAC-SHA256".length()).trim();
    for (String part : rest.split(",")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return out;
  }

  private static void verifyV3(WireRequest r, Map<String, String> fields, String secret) {
    String signedHeaders = fields.get("SignedHeaders");
    String signature = fields.get("Signature");
    if (signedHeaders == null || signature == null || signature.equals("null")) {
      throw new WireError("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards: SignedHeaders or Signature is missing.");
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e : r.query()) {
      sorted.put(e.getKey(), e.getValue());
    }
    List<String> pairs = new ArrayList<>();
    sorted.forEach((k, v) -> pairs.add(pct(k) + "=" + pct(v)));
    StringBuilder headers = new StringBuilder();
    for (String name : signedHeaders.split(";")) {
      String value = name.equals("host") ? r.host() : r.headers().getOrDefault(name, "");
      headers.append(name).append(':').append(value.trim()).append('\n');
    }
    String canonical = r.method() + "\n/\n" + String.join("&", pairs) + "\n" + headers + "\n" + signedHeaders + "\n" + hex(sha256(r.body()));
    String stringToSign = "ACS3-HMAC-SHA256\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    String expected = hex(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), stringToSign));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8))) {
      throw mismatch(stringToSign);
    }
  }

  private static void verifyV2(WireRequest r, String secret) {
    TreeMap<String, String> all = new TreeMap<>();
    Optional<String> signature = Optional.empty();
    for (Map.Entry<String, String> e : r.query()) {
      if (e.getKey().equals("Signature")) {
        signature = Optional.of(e.getValue());
      } else if (!e.getValue().isEmpty()) {
        all.put(e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, String> e : r.params().entrySet()) {
      if (!e.getValue().isEmpty()) {
        all.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    if (signature.isEmpty()) {
      throw new WireError("IncompleteSignature", 400, "The request signature does not conform to Aliyun standards: Signature is missing.");
    }
    List<String> pairs = new ArrayList<>();
    all.forEach((k, v) -> pairs.add(pct(k) + "=" + pct(v)));
    String stringToSign = r.method() + "&" + pct("/") + "&" + pct(String.join("&", pairs));
    String expected = Base64.getEncoder().encodeToString(hmac("HmacSHA1", (secret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.get().getBytes(StandardCharsets.UTF_8))) {
      throw mismatch(stringToSign);
    }
  }

  private static WireError mismatch(String stringToSign) {
    return new WireError("SignatureDoesNotMatch", 400,
        "Specified signature is not matched with our calculation. server string to sign is:" + stringToSign);
  }

  /** Percent-encoding of the signatures: {@code URLEncoder}, then {@code +}→{@code %20}, {@code *}→{@code %2A}, {@code %7E}→{@code ~}. */
  static String pct(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(String algorithm, byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
