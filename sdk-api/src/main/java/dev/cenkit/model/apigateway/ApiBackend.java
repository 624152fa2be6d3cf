package dev.cenkit.model.apigateway;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.model.Checks;

/**
 * The backend an API calls ({@code ServiceConfig}): a closed set, as Terraform's {@code service_type} is —
 * {@link FunctionComputeBackend} ({@code FunctionCompute}), {@link HttpBackend} ({@code HTTP} on the Internet),
 * {@link VpcAccessBackend} ({@code HTTP-VPC}: HTTP with {@code ServiceVpcEnable=TRUE} through a VPC access
 * authorization) and {@link MockBackend} ({@code MOCK}).
 */
public sealed interface ApiBackend permits FunctionComputeBackend, HttpBackend, VpcAccessBackend, MockBackend {
  /** The service type as Terraform names it: {@code FunctionCompute}, {@code HTTP}, {@code HTTP-VPC} or {@code MOCK}. */
  String serviceType();

  /**
   * Checks a backend or request path: it starts with {@code /} and has no white space.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code InvalidParameter.Path}
   */
  static String checkPath(String path, String what) {
    Checks.required(path, what);
    if (!path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
      throw ErrorCode.INVALID_API_PATH.exception(
          null, what + " '" + path + "' must start with '/' and contain no white space", path);
    }
    return path;
  }
}
