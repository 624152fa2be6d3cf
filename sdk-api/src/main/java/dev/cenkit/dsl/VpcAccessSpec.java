package dev.cenkit.dsl;

import dev.cenkit.model.Checks;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessId;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.ResourceSpec;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.apigateway.SetVpcAccessRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a new VPC access authorization ({@code SetVpcAccess}), built fluently from
 * {@link Cenkit#vpcAccess(String)}:
 *
 * <pre>{@code
 * VpcAccessSpec idc = Cenkit.vpcAccess("idc-backend").inNewVpc(vpc1).ip("192.168.10.5").port(8080);
 * VpcAccessSpec ecs = Cenkit.vpcAccess("orders-ecs").inNewVpc(vpc1).instance("i-bp1abc...").port(80);
 * }</pre>
 *
 * The VPC, the target and the port are required; a missing one is reported as {@code MissingParameter} when the
 * spec is applied. Immutable: every method returns a new spec.
 */
public final class VpcAccessSpec implements ResourceSpec<VpcAccess> {
  private final String name;
  private final SpecSource vpcSource;
  private final @Nullable Ref<VpcId> vpc;
  private final @Nullable String target;
  private final @Nullable Integer port;
  private final @Nullable String description;
  private final Ref<VpcAccessId> ref;
  private final Step<VpcAccess> create;

  private VpcAccessSpec(
      String name,
      SpecSource vpcSource,
      @Nullable Ref<VpcId> vpc,
      @Nullable String target,
      @Nullable Integer port,
      @Nullable String description) {
    this.name = name;
    this.vpcSource = vpcSource;
    this.vpc = vpc;
    this.target = target;
    this.port = port;
    this.description = description;
    this.ref = Ref.pending(VpcAccessId.KIND, name);
    this.create =
        Step.creating(
            ref,
            b ->
                SetVpcAccessRequest.builder()
                    .name(name)
                    .vpcId(b.resolve(Checks.required(vpc, "VPC of VPC access authorization '" + name + "'")))
                    .instanceId(Checks.required(target, "target (instance id or IP) of VPC access authorization '" + name + "'"))
                    .port(Checks.required(port, "port of VPC access authorization '" + name + "'"))
                    .description(Optional.ofNullable(description))
                    .build(),
            VpcAccess::id);
  }

  /** Starts the description of an authorization named {@code name} (unique per region, D11). */
  static VpcAccessSpec named(String name) {
    return new VpcAccessSpec(Checks.name(name, "VPC access authorization"), Spec.empty(), null, null, null, null);
  }

  /** The VPC, one that a spec creates (its steps come first). */
  public VpcAccessSpec inNewVpc(VpcSpec vpc) {
    Checks.required(vpc, "VPC spec");
    return new VpcAccessSpec(name, vpc, vpc.ref(), target, port, description);
  }

  /** The VPC, an existing one. */
  public VpcAccessSpec inExistingVpc(Vpc vpc) {
    Checks.required(vpc, "VPC");
    return new VpcAccessSpec(name, Spec.empty(), Ref.to(vpc.id()), target, port, description);
  }

  /** The target: an ECS ({@code i-…}) or internal SLB ({@code lb-…}) instance id (R67). */
  public VpcAccessSpec instance(String instanceId) {
    return new VpcAccessSpec(name, vpcSource, vpc, VpcAccess.checkTarget(instanceId), port, description);
  }

  /** The target: an IPv4 address, in the VPC or in a data center reached through it (R67, scenario 3). */
  public VpcAccessSpec ip(String address) {
    return new VpcAccessSpec(name, vpcSource, vpc, Ipv4Address.of(address).toString(), port, description);
  }

  /** The port, 1 to 65535 (R67). */
  public VpcAccessSpec port(int port) {
    return new VpcAccessSpec(name, vpcSource, vpc, target, VpcAccess.checkPort(port), description);
  }

  /** The description (R4). */
  public VpcAccessSpec description(String description) {
    return new VpcAccessSpec(
        name, vpcSource, vpc, target, port, Checks.description(description, "VPC access authorization"));
  }

  /** The authorization's name, by which API backends refer to it (R65). */
  public String name() {
    return name;
  }

  /** The reference to this authorization. */
  public Ref<VpcAccessId> ref() {
    return ref;
  }

  @Override
  public Step<VpcAccess> mainStep() {
    return create;
  }

  /** The steps: the VPC's, then the authorization. */
  @Override
  public Spec toSpec() {
    return Spec.of(vpcSource, Spec.empty().plus(create));
  }

  @Override
  public String toString() {
    return toSpec().toString();
  }
}
