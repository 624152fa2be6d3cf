package dev.cenkit.examples;

import static dev.cenkit.dsl.Cenkit.tcp;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EcsInstanceSpec;
import dev.cenkit.dsl.SecurityGroupSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.ApplyResult;
import java.io.PrintStream;

/**
 * Scenario 3 with the backend as an ECS instance in VPC-1: the VPC access authorization names the instance
 * (SG50), and the instance's security group admits the dedicated instance's egress block on the service port —
 * the whole block, as the gateway may send from any address of it (SG51, SD16).
 */
public final class Scenario3EcsBackend {
  private final InMemoryCloud cloud;
  private Vpc vpc1;
  private ApiGatewayInstance instance;
  private Cidr egress;
  private EcsInstance backend;
  private VpcAccess authorization;
  private Api api;

  /** A scenario built in {@code cloud}. */
  Scenario3EcsBackend(InMemoryCloud cloud) {
    this.cloud = cloud;
  }

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Scenario 3 with an ECS backend: the gateway calls an instance in VPC-1 through its security group");
    Scenario3EcsBackend scenario = new Scenario3EcsBackend(InMemoryCloud.create());
    scenario.beforeYouStartCreateVpc1AndTheInstance();
    ExampleOutput.done(out, "VPC-1 " + scenario.vpc1.id() + ", instance " + scenario.instance.id() + " with egress block " + scenario.egress);
    scenario.runTheBackendInAGroupThatAdmitsTheEgressBlock("the egress block");
    ExampleOutput.done(out, "backend " + scenario.backend.id() + " at " + scenario.backend.privateIp() + " in " + scenario.backend.securityGroupIds());
    scenario.authorizeAndCreateTheApi();
    ExampleOutput.done(out, "authorization '" + scenario.authorization.name() + "' for " + scenario.authorization.instanceId() + ":8080; API "
        + scenario.api.id());
    ReachabilityAnswer answer = scenario.canTheApiReachItsBackend();
    ExampleOutput.answer(out, answer);
    ExampleOutput.diagram(out, "Scenario3EcsBackend", scenario.cloud.snapshot(), answer);
  }

  /** VPC-1 and the dedicated instance in Hangzhou; its egress block is what the backend sees (SG51). */
  void beforeYouStartCreateVpc1AndTheInstance() {
    vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    instance = cloud.create(Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h"));
    egress = instance.vpcEgressAddress().orElseThrow();
  }

  /**
   * The backend instance, in a group that admits TCP 8080 from {@code source}: "the egress block" admits the
   * instance's whole egress block; any other text is taken as the CIDR block to admit.
   */
  void runTheBackendInAGroupThatAdmitsTheEgressBlock(String source) {
    String from = source.equals("the egress block") ? egress.toString() : source;
    SecurityGroupSpec group = Cenkit.securityGroup().named("orders-backend").in(vpc1).allowIngress(tcp(8080)).from(from);
    EcsInstanceSpec spec = Cenkit.ecsInstance("orders-1").in(cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0))
        .privateIp("172.16.1.20").securityGroup(group);
    ApplyResult ran = cloud.apply(spec);
    backend = ran.snapshot().ecs().instance(ran.id(spec.ref())).orElseThrow();
  }

  /** The authorization names the ECS instance and port 8080; the API uses it and is deployed. */
  void authorizeAndCreateTheApi() {
    authorization = cloud.create(Cenkit.vpcAccess("orders-ecs").inExistingVpc(vpc1).instance(backend.id().value()).port(8080));
    ApiSpec getOrder =
        Cenkit.api("GetOrder").get("/orders/{id}")
            .backend(BackendSpec.vpc(authorization, "/orders"))
            .deployTo(Stage.RELEASE)
            .inNew(Cenkit.apiGroup("orders").onExisting(instance));
    api = cloud.create(getOrder);
  }

  /** The question: can the gateway reach the backend instance on 8080 through its security group? */
  ReachabilityAnswer canTheApiReachItsBackend() {
    return cloud.reachability().backend(api.id(), Stage.RELEASE);
  }

  /** The cloud the scenario is built in. */
  InMemoryCloud cloud() {
    return cloud;
  }
}
