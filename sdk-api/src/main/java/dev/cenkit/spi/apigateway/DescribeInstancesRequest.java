package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.spi.operation.Operation;
import org.immutables.value.Value;

/**
 * {@code DescribeInstances} of one instance ({@code InstanceId}) in a region: a dedicated instance, or the region's
 * pre-existing shared instance (R49). A read: it changes nothing. Specs use it to refer to a region's shared
 * instance; {@link dev.cenkit.spi.ApiGatewayService#describeInstances(RegionId)} lists a region's instances.
 */
@Value.Immutable
@CenkitStyle
public interface DescribeInstancesRequest extends Operation<ApiGatewayInstance> {
  /** {@code RegionId}. */
  RegionId region();

  /** {@code InstanceId}. */
  ApiGatewayInstanceId instanceId();

  @Override
  default String action() {
    return "DescribeInstances";
  }

  @Override
  default String summary() {
    return region() + ", " + instanceId();
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link DescribeInstancesRequest}. */
  class Builder extends ImmutableDescribeInstancesRequest.Builder {}
}
