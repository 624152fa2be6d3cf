package dev.cenkit.reach;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.EcsInstanceId;
import dev.cenkit.model.vpc.VpcId;

/**
 * An ECS instance as an end of a question: its primary private IP in its VPC. The engine looks the instance up
 * again in the snapshot it answers from, and checks its security groups: egress when it sends, ingress when it
 * receives (SG20). A {@link VpcHost} whose address is an instance's private IP is treated the same way (SG57).
 *
 * @param instanceId the instance
 * @param vpcId its VPC
 * @param address its primary private IP
 */
public record EcsHost(EcsInstanceId instanceId, VpcId vpcId, Ipv4Address address) implements Endpoint {
  /** Checks the parameters. */
  public EcsHost {
    Checks.required(instanceId, "instance id");
    Checks.required(vpcId, "VPC id");
    Checks.required(address, "address");
  }

  /** The endpoint of {@code instance}. */
  public static EcsHost of(EcsInstance instance) {
    Checks.required(instance, "instance");
    return new EcsHost(instance.id(), instance.vpcId(), instance.privateIp());
  }

  @Override
  public String networkId() {
    return vpcId.value();
  }

  @Override
  public String describe() {
    return "ECS instance " + instanceId + " (" + address + ") in " + vpcId;
  }
}
