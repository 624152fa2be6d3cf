package dev.cenkit.cli;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EcsInstanceSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.files.SnapshotFiles;
import dev.cenkit.model.Area;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.spi.ApplyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scenario 1 of the scenario document built with the DSL (ecs-3 in VPC-3, Beijing, calls GetOrder on a dedicated
 * instance in Hangzhou whose backend is a function), in three states, written as snapshot files for the commands.
 */
final class Scenario1Files {
  /** How far the scenario is built. */
  enum Stage1 {
    /** Every step: the call flows with 2 Mbit/s between the regions. */
    COMPLETE,
    /** Without step 4's bandwidth plan: the cross-region hop runs at test bandwidth. */
    NO_BANDWIDTH_PLAN,
    /** Without step 5: the instance is not bound to VPC-1, so the VPC domain is not reachable. */
    NOT_BOUND_TO_VPC1
  }

  /** The cloud, with the ids a test asks about. */
  record Built(InMemoryCloud cloud, Vpc vpc3, EcsInstance ecs3, Api api) {}

  private Scenario1Files() {}

  static Built build(Stage1 stage) {
    InMemoryCloud cloud = InMemoryCloud.builder().recordHistory(true).build();
    Vpc vpc1 = cloud.create(Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24"));
    Vpc vpc3 = cloud.create(Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24"));
    VSwitch beijing = cloud.snapshot().vpc().vSwitchesOf(vpc3.id()).get(0);
    EcsInstanceSpec ecs3Spec = Cenkit.ecsInstance("ecs-3").in(beijing).privateIp("10.3.1.10")
        .securityGroup(Cenkit.securityGroup().named("ecs-3-sg").in(vpc3));
    ApplyResult ran = cloud.apply(ecs3Spec);
    EcsInstance ecs3 = ran.snapshot().ecs().instance(ran.id(ecs3Spec.ref())).orElseThrow();

    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").zone("cn-hangzhou-h");
    ApiSpec getOrder = Cenkit.api("GetOrder").get("/orders/{id}")
        .backend(Cenkit.functionBackend(Cenkit.function(CN_HANGZHOU).named("getOrder")))
        .deployTo(Stage.RELEASE)
        .inNew(Cenkit.apiGroup("orders").onNew(gateway));
    ApplyResult created = cloud.apply(getOrder);
    ApiGatewayInstance instance = created.resultOf(gateway);
    Api api = created.resultOf(getOrder);

    CenInstance cen = cloud.create(Cenkit.cen().named("api-mesh"));
    for (Vpc vpc : new Vpc[] {vpc1, vpc3}) {
      cloud.attachCenChildInstance(a -> a.cenId(cen.id()).childInstanceId(vpc.id()).childInstanceRegion(vpc.region()));
    }
    if (stage != Stage1.NO_BANDWIDTH_PLAN) {
      cloud.apply(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA).allocate(CN_HANGZHOU, CN_BEIJING, 2).forCen(cen.id()));
    }
    if (stage != Stage1.NOT_BOUND_TO_VPC1) {
      VSwitch hangzhou = cloud.snapshot().vpc().vSwitchesOf(vpc1.id()).get(0);
      cloud.modifyInstanceVpcAttributeForConsole(b -> b.instanceId(instance.id()).vpcId(vpc1.id()).vswitchId(hangzhou.id()));
      cloud.modifyIntranetDomainPolicy(b -> b.groupId(api.groupId()).vpcIntranetEnable(true));
    }
    return new Built(cloud, vpc3, ecs3, api);
  }

  /** The scenario at {@code stage}, written to {@code dir/<stage>.json}. */
  static Path write(Path dir, Built built, String name) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.createDirectories(dir);
    SnapshotFiles.export(built.cloud().snapshot(), file);
    return file;
  }
}
