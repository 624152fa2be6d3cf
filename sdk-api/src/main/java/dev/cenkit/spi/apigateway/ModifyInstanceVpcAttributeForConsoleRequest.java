package dev.cenkit.spi.apigateway;

import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGatewayInstanceId;
import dev.cenkit.model.vpc.VSwitchId;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.operation.Operation;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code ModifyInstanceVpcAttributeForConsole} ("Bind to VPC"): binds a VPC of the instance's region, with one of its vSwitches, to a dedicated instance for incoming calls; binding again replaces the bound VPC, and {@code DeleteVpcAccess=true} unbinds (R50, R51, D6). */
@Value.Immutable
@CenkitStyle
public interface ModifyInstanceVpcAttributeForConsoleRequest extends Operation<ApiGatewayInstance> {

  /** {@code InstanceId}. */
  ApiGatewayInstanceId instanceId();

  /** {@code VpcId}; required unless unbinding. */
  Optional<VpcId> vpcId();

  /** {@code VswitchId}; required unless unbinding (D6). */
  Optional<VSwitchId> vswitchId();

  /** {@code DeleteVpcAccess}: {@code true} unbinds the bound VPC. */
  @Value.Default
  default boolean deleteVpcAccess() {
    return false;
  }

  @Override
  default String action() {
    return "ModifyInstanceVpcAttributeForConsole";
  }

  @Override
  default String summary() {
    return instanceId() + (deleteVpcAccess() ? ", DeleteVpcAccess=true" : vpcId().map(v -> ", " + v).orElse("") + vswitchId().map(v -> ", " + v).orElse(""));
  }

  /** A builder of the request. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link ModifyInstanceVpcAttributeForConsoleRequest}. */
  class Builder extends ImmutableModifyInstanceVpcAttributeForConsoleRequest.Builder {}
}
