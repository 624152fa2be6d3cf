package dev.cenkit.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one Jackson {@link ObjectMapper} of the server, created on first use: only requests with a JSON body or a JSON
 * parameter, and response values {@link JsonWriter} does not know, need it, so a plain call and the start of
 * {@code cenkit serve} do not pay for it (about a third of a cold start).
 */
final class Mappers {
  private Mappers() {}

  private static final class Holder {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The mapper, created on the first call. */
  static ObjectMapper json() {
    return Holder.MAPPER;
  }
}
