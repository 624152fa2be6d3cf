package dev.cenkit.model.apigateway;

import dev.cenkit.model.IdKind;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.ResourceId;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The id of an API Gateway instance: {@code apigateway-<region abbreviation>-<hex>} for a dedicated instance
 * (e.g. {@code apigateway-hz-72bc18a2c1d4}), {@code api-shared-vpc-<suffix>} for a shared one (e.g.
 * {@code api-shared-vpc-001}), as the real API names them.
 */
public final class ApiGatewayInstanceId extends ResourceId {
  /** Dedicated ids start with {@code apigateway-}, shared ones with {@code api-shared-vpc-}. */
  public static final IdKind KIND =
      new IdKind(
          "API Gateway instance",
          "apigateway-",
          Pattern.compile("apigateway-[a-z0-9]+-[a-z0-9]+|api-shared-vpc-[a-z0-9]+"),
          "apigateway-hz-72bc18a2c1d4");

  /** The prefix of shared instance ids. */
  public static final String SHARED_PREFIX = "api-shared-vpc-";

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("cn-hangzhou", "hz"),
          Map.entry("cn-beijing", "bj"),
          Map.entry("cn-shanghai", "sh"),
          Map.entry("cn-shenzhen", "sz"),
          Map.entry("cn-qingdao", "qd"),
          Map.entry("cn-zhangjiakou", "zjk"),
          Map.entry("cn-huhehaote", "hhht"),
          Map.entry("cn-chengdu", "cd"),
          Map.entry("cn-hongkong", "hk"),
          Map.entry("cn-guangzhou", "gz"),
          Map.entry("ap-southeast-1", "sg"),
          Map.entry("ap-northeast-1", "jp"),
          Map.entry("us-west-1", "usw"),
          Map.entry("us-east-1", "use"),
          Map.entry("eu-central-1", "de"),
          Map.entry("eu-west-1", "uk"));

  private ApiGatewayInstanceId(String value) {
    super(KIND, value);
  }

  /**
   * The id with this value.
   *
   * @throws dev.cenkit.error.InvalidParameterException when the value is not an API Gateway instance id
   */
  public static ApiGatewayInstanceId of(String value) {
    return new ApiGatewayInstanceId(value);
  }

  /** The abbreviation dedicated instance ids use for a region, e.g. {@code hz} for {@code cn-hangzhou}. */
  public static String regionAbbreviation(RegionId region) {
    dev.cenkit.model.Checks.required(region, "region");
    return ABBREVIATIONS.getOrDefault(region.id(), region.id().replace("-", ""));
  }

  /** Whether the id names a shared instance. */
  public boolean isShared() {
    return value().startsWith(SHARED_PREFIX);
  }

  @Override
  public IdKind kind() {
    return KIND;
  }
}
