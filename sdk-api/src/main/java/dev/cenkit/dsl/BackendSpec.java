package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.apigateway.ApiBackend;
import dev.cenkit.model.apigateway.HttpBackend;
import dev.cenkit.model.apigateway.MockBackend;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;

/**
 * The backend of an API in a spec: the backend value, and the steps that create what it refers to (a function,
 * a VPC access authorization), which run before the API is created.
 *
 * <pre>{@code
 * Cenkit.api("GetOrder").get("/orders/{id}").backend(Cenkit.functionBackend(fn))
 * Cenkit.api("GetStock").get("/stock").backend(BackendSpec.vpc(idcBackend, "/stock"))
 * Cenkit.api("Ping").get("/ping").backend(BackendSpec.mock("pong"))
 * }</pre>
 */
public interface BackendSpec extends SpecSource {
  /** The backend value the API is created with. */
  ApiBackend backend();

  /** A backend that needs nothing created first. */
  static BackendSpec of(ApiBackend backend) {
    Checks.required(backend, "backend");
    return new Simple(backend, Spec.empty());
  }

  /** An HTTP backend on the Internet at {@code serviceAddress} (e.g. {@code http://api.example.com}), path {@code /}. */
  static BackendSpec http(String serviceAddress) {
    return http(serviceAddress, "/");
  }

  /** An HTTP backend on the Internet at {@code serviceAddress} and {@code servicePath}. */
  static BackendSpec http(String serviceAddress, String servicePath) {
    return of(HttpBackend.builder().serviceAddress(serviceAddress).servicePath(servicePath).build());
  }

  /** An HTTP backend through an authorization that the spec creates (its step comes first), path {@code /}. */
  static BackendSpec vpc(VpcAccessSpec access) {
    return vpc(access, "/");
  }

  /** An HTTP backend through an authorization that the spec creates (its step comes first). */
  static BackendSpec vpc(VpcAccessSpec access, String servicePath) {
    Checks.required(access, "VPC access authorization spec");
    return new Simple(
        VpcAccessBackend.builder().vpcAccessName(access.name()).servicePath(servicePath).build(), access);
  }

  /** An HTTP backend through an existing authorization. */
  static BackendSpec vpc(VpcAccess access, String servicePath) {
    Checks.required(access, "VPC access authorization");
    return vpc(access.name(), servicePath);
  }

  /** An HTTP backend through the authorization named {@code vpcAccessName}; it must exist when the API is created (R65). */
  static BackendSpec vpc(String vpcAccessName, String servicePath) {
    return of(VpcAccessBackend.builder().vpcAccessName(vpcAccessName).servicePath(servicePath).build());
  }

  /** A mock backend answering {@code result} with status 200. */
  static BackendSpec mock(String result) {
    return of(MockBackend.builder().mockResult(Checks.required(result, "mock result")).build());
  }

  /**
   * A backend value with its prerequisite steps.
   *
   * @param backend the backend value
   * @param prerequisite the steps that create what the backend refers to
   */
  record Simple(ApiBackend backend, SpecSource prerequisite) implements BackendSpec {
    /** Checks both are present. */
    public Simple {
      Checks.required(backend, "backend");
      Checks.required(prerequisite, "prerequisite steps");
    }

    @Override
    public Spec toSpec() {
      return prerequisite.toSpec();
    }
  }
}
