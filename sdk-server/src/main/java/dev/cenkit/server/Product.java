package dev.cenkit.server;

import java.util.Arrays;
import java.util.Optional;

/**
 * The products the server speaks, each identified by its unique API version (wire-protocol.md section 4): the
 * version string alone picks the product.
 */
public enum Product {
  /** VPC and Express Connect. */
  VPC("Vpc", "2016-04-28", "vpc.aliyuncs.com"),
  /** Cloud Enterprise Network. */
  CBN("Cbn", "2017-09-12", "cbn.aliyuncs.com"),
  /** API Gateway; its endpoint is regional. */
  CLOUD_API("CloudAPI", "2016-07-14", "apigateway.%s.aliyuncs.com"),
  /** Elastic Compute Service: security groups and the instances in them. */
  ECS("Ecs", "2014-05-26", "ecs.aliyuncs.com"),
  /** cenkit's own actions: data centers, functions, reachability (docs/wire-protocol.md of this project). */
  CENKIT("Cenkit", "2026-12-01", "cenkit.localhost");

  private final String productName;
  private final String version;
  private final String hostId;

  Product(String productName, String version, String hostId) {
    this.productName = productName;
    this.version = version;
    this.hostId = hostId;
  }

  /** The product code, e.g. {@code Vpc}. */
  public String productName() {
    return productName;
  }

  /** The API version, e.g. {@code 2016-04-28}. */
  public String version() {
    return version;
  }

  /** The {@code HostId} of the error envelope, for a region. */
  public String hostId(String region) {
    return String.format(hostId, region);
  }

  /** The product of an API version, if the server speaks it. */
  public static Optional<Product> ofVersion(String version) {
    return Arrays.stream(values()).filter(p -> p.version.equals(version)).findFirst();
  }
}
