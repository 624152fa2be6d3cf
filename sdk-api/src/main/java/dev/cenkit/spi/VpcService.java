package dev.cenkit.spi;

import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.vpc.CreateVSwitchRequest;
import dev.cenkit.spi.vpc.CreateVpcRequest;
import java.util.List;
import java.util.function.Consumer;

/** The VPC actions ({@code Vpc} 2016-04-28): VPCs, vSwitches, route tables and route entries. */
public interface VpcService extends OperationExecutor {
  /** {@code CreateVpc}. */
  default Vpc createVpc(CreateVpcRequest request) {
    return execute(request);
  }

  /** {@code CreateVpc}, with the request built in place. */
  default Vpc createVpc(Consumer<CreateVpcRequest.Builder> request) {
    CreateVpcRequest.Builder builder = CreateVpcRequest.builder();
    request.accept(builder);
    return createVpc(builder.build());
  }

  /** {@code CreateVSwitch}. */
  default VSwitch createVSwitch(CreateVSwitchRequest request) {
    return execute(request);
  }

  /** {@code CreateVSwitch}, with the request built in place. */
  default VSwitch createVSwitch(Consumer<CreateVSwitchRequest.Builder> request) {
    CreateVSwitchRequest.Builder builder = CreateVSwitchRequest.builder();
    request.accept(builder);
    return createVSwitch(builder.build());
  }

  /** {@code DescribeVpcs}: every VPC, ordered by id. */
  default List<Vpc> describeVpcs() {
    return List.copyOf(snapshot().vpc().vpcs().values());
  }
}
