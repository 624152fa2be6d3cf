package dev.cenkit.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as it arrived: method, headers (lower-case names), the decoded query pairs in arrival order, the
 * body and the business parameters gathered from query, form or JSON body (wire-protocol.md section 2.2).
 *
 * @param method the HTTP method
 * @param host the {@code Host} header
 * @param headers the headers, lower-case names, first value of each
 * @param query the decoded query pairs, in arrival order
 * @param body the raw body
 * @param params every parameter of query and body, flattened to dotted keys (later sources win on a clash)
 * @param action the action, from {@code x-acs-action}, else {@code Action}
 * @param version the version, from {@code x-acs-version}, else {@code Version}
 */
public record WireRequest(
    String method,
    String host,
    Map<String, String> headers,
    List<Map.Entry<String, String>> query,
    byte[] body,
    Map<String, String> params,
    Optional<String> action,
    Optional<String> version) {

  /** A header by lower-case name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
