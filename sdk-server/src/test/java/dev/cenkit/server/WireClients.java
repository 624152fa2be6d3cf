package dev.cenkit.server;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official clients pointed at a server: the typed VPC client ({@code vpc20160428}) and tea-openapi's generic
 * {@code callApi} for Cbn, CloudAPI and cenkit's own actions (their typed jars are not served here). The same
 * calls, with a real endpoint, would go to the real cloud.
 */
final class WireClients {
  final com.aliyun.vpc20160428.Client vpc;
  final com.aliyun.teaopenapi.Client generic;

  WireClients(CenkitServer server) throws Exception {
    this(server, "test-ak", "test-secret", "v3");
  }

  WireClients(CenkitServer server, String accessKeyId, String secret, String signatureAlgorithm) throws Exception {
    this.vpc = new com.aliyun.vpc20160428.Client(config(server, accessKeyId, secret, signatureAlgorithm));
    this.generic = new com.aliyun.teaopenapi.Client(config(server, accessKeyId, secret, signatureAlgorithm));
  }

  static Config config(CenkitServer server, String accessKeyId, String secret, String signatureAlgorithm) {
    Config config = new Config()
        .setAccessKeyId(accessKeyId)
        .setAccessKeySecret(secret)
        .setEndpoint(server.endpoint())
        .setProtocol("http")
        .setReadTimeout(10_000)
        .setConnectTimeout(5_000);
    if (signatureAlgorithm.equals("v2")) {
      config.setSignatureAlgorithm("v2");
    }
    return config;
  }

  /** A Cbn 2017-09-12 action; lists in {@code params} are flattened as the generated clients flatten them. */
  Map<String, Object> cbn(String action, Object... keysAndValues) throws Exception {
    return call("2017-09-12", action, keysAndValues);
  }

  /** A CloudAPI 2016-07-14 action. */
  Map<String, Object> cloudApi(String action, Object... keysAndValues) throws Exception {
    return call("2016-07-14", action, keysAndValues);
  }

  /** One of cenkit's own actions (version 2026-12-01). */
  Map<String, Object> cenkit(String action, Object... keysAndValues) throws Exception {
    return call("2026-12-01", action, keysAndValues);
  }

  /** Any action: the parsed body of the reply. */
  @SuppressWarnings("unchecked")
  Map<String, Object> call(String version, String action, Object... keysAndValues) throws Exception {
    Map<String, Object> query = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      query.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    Params params = new Params()
        .setAction(action)
        .setVersion(version)
        .setProtocol("HTTPS")
        .setPathname("/")
        .setMethod("POST")
        .setAuthType("AK")
        .setStyle("RPC")
        .setReqBodyType("formData")
        .setBodyType("json");
    OpenApiRequest request = new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query));
    Map<String, ?> reply = generic.callApi(params, request, new RuntimeOptions());
    return (Map<String, Object>) reply.get("body");
  }

  /** A nested value of a parsed body: {@code at(body, "Cens", "Cen")}. */
  @SuppressWarnings("unchecked")
  static <T> T at(Map<String, Object> body, String... path) {
    Object v = body;
    for (String key : path) {
      v = ((Map<String, Object>) v).get(key);
    }
    return (T) v;
  }

  /** The items of a wrapped list: {@code items(body, "Cens", "Cen")}. */
  static List<Map<String, Object>> items(Map<String, Object> body, String wrapper, String item) {
    return at(body, wrapper, item);
  }
}
