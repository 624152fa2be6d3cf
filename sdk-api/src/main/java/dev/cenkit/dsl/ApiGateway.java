package dev.cenkit.dsl;

import dev.cenkit.model.apigateway.ApiGatewayInstanceType;
import dev.cenkit.model.apigateway.DedicatedInstanceType;

/**
 * The entry point of the API Gateway builders, named after the product:
 *
 * <pre>{@code
 * ApiGatewaySpec instance = ApiGateway.dedicated().in(CN_HANGZHOU).bindTo(vpc1);
 * ApiGroupSpec orders = ApiGroup.named("orders").on(instance).enableVpcDomain();
 * ApiSpec getOrder = Api.named("GetOrder").get("/orders/{id}").backend(FunctionCompute.function(fn))
 *     .deployTo(Stage.RELEASE).in(orders);
 * VpcAccessSpec idc = VpcAccess.named("idc-backend").vpc(vpc1).ip("192.168.10.5").port(8080);
 * cloud.apply(Spec.of(getOrder, idc));
 * }</pre>
 */
public final class ApiGateway {
  private ApiGateway() {}

  /** Starts the description of a conventional ({@code normal}) dedicated instance. */
  public static ApiGatewaySpec.Kind dedicated() {
    return new ApiGatewaySpec.Kind(ApiGatewayInstanceType.VPC_DEDICATED, DedicatedInstanceType.NORMAL);
  }

  /** Starts the description of a VPC-integration ({@code vpc_connect}) dedicated instance (R53, R55). */
  public static ApiGatewaySpec.Kind vpcIntegration() {
    return new ApiGatewaySpec.Kind(ApiGatewayInstanceType.VPC_DEDICATED, DedicatedInstanceType.VPC_CONNECT);
  }

  /** Starts the description of a shared instance. */
  public static ApiGatewaySpec.Kind shared() {
    return new ApiGatewaySpec.Kind(ApiGatewayInstanceType.VPC_SHARED, null);
  }
}
