package dev.cenkit.dsl;

/**
 * The entry point of the ECS builders, named after the product: instances and security groups.
 *
 * <pre>{@code
 * import static dev.cenkit.dsl.Traffic.tcp;
 * SecurityGroupSpec web = Ecs.securityGroup().named("web").in(vpc1).allowIngress(tcp(443)).from("10.0.0.0/8");
 * EcsInstanceSpec ecs3 = Ecs.instance("ecs-3").in(vpc1, 0).privateIp("172.16.1.10").securityGroup(web);
 * cloud.apply(ecs3);
 * }</pre>
 */
public final class Ecs {
  private Ecs() {}

  /** Starts the description of an instance named {@code name}. */
  public static EcsInstanceSpec.Definition instance(String name) {
    return EcsInstanceSpec.named(name);
  }

  /** Starts the description of a security group (basic unless {@code enterprise()} is called). */
  public static SecurityGroupSpec.Definition securityGroup() {
    return SecurityGroupSpec.define();
  }
}
