package dev.cenkit.model.apigateway;

/** The HTTP methods of an API's request ({@code RequestHttpMethod}) or backend ({@code ServiceHttpMethod}). */
public enum HttpMethod {
  /** GET. */
  GET,
  /** POST. */
  POST,
  /** PUT. */
  PUT,
  /** DELETE. */
  DELETE,
  /** PATCH. */
  PATCH,
  /** HEAD. */
  HEAD,
  /** OPTIONS. */
  OPTIONS,
  /** Any method. */
  ANY
}
