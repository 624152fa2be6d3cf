package dev.cenkit.model.apigateway;

/** The status of an API group. */
public enum ApiGroupStatus {
  /** In use. */
  NORMAL,
  /** Being deleted. */
  DELETE
}
