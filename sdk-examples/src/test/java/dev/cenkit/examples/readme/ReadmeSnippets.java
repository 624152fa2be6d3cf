package dev.cenkit.examples.readme;

import static dev.cenkit.model.RegionId.CN_BEIJING;
import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.dsl.EnterpriseCenSpec;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Area;
import dev.cenkit.model.Cidr;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.model.vpc.VpcId;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixChange;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.CloudProvider;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import java.util.List;

/**
 * The Java blocks of the README, in methods that run them. The lines between {@code // README begin} and
 * {@code // README end} are the README's block, one indent less; {@link ReadmeSnippetsTest} checks the copy
 * and runs the methods.
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** The README's first block; returns the cloud it leaves. */
  static InMemoryCloud firstSnippet() {
    // README begin
    InMemoryCloud cloud = InMemoryCloud.create();

    VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16")
        .vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16")
        .vSwitch("cn-beijing-a", "10.3.1.0/24");

    ApplyResult result = cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3));
    Vpc created = result.resultOf(vpc1);                      // VPC-1 exists now

    try {
      cloud.apply(Cenkit.cen().attachExisting(created));      // a VPC joins at most one CEN
    } catch (CenkitException e) {
      e.code();   // "InvalidOperation.ChildInstanceAlreadyAttached"
      e.rule();   // Optional[R6]
    }
    // README end
    return cloud;
  }

  /** The README's reachability block, on two VPCs in one CEN without a bandwidth plan; returns the answer. */
  static ReachabilityAnswer reachabilitySnippet(InMemoryCloud cloud) {
    VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    ApplyResult built = cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3));
    VpcId vpc1Id = built.id(vpc1.ref());
    VpcId vpc3Id = built.id(vpc3.ref());
    // README begin
    ReachabilityAnswer answer = cloud.reachability()
        .network(VpcHost.of(vpc3Id, "10.3.1.10"), VpcHost.of(vpc1Id, "172.16.1.5"), 443);
    System.out.println(answer.explain());   // verdict, one line per hop, blocker, fix and note
    cloud.apply(answer.fixSpec());          // apply every fix the answer proposes
    // README end
    return answer;
  }

  /** The README's change-impact block; returns the changes it printed. */
  static List<MatrixChange<ApiId>> changeImpactSnippet(InMemoryCloud cloud) {
    VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc3 = Cenkit.vpc(CN_HANGZHOU).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-hangzhou-h", "10.3.1.0/24");
    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").bindToNew(vpc1);
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(gateway).enableVpcDomain();
    ApiSpec getOrder = Cenkit.api("GetOrder").get("/orders/{id}").backend(BackendSpec.mock("ok")).deployTo(Stage.RELEASE).inNew(orders);
    ApplyResult built = cloud.apply(Spec.of(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3), getOrder));
    Vpc v3 = built.resultOf(vpc3);
    List<Endpoint> clients = List.of(VpcHost.of(v3.id(), "10.3.1.10"));
    List<ApiId> apis = List.of(built.resultOf(getOrder).id());
    CenAttachment attached = cloud.snapshot().cen().attachmentOf(v3.id()).orElseThrow();
    Spec detachVpc3 = Spec.empty().plus(Step.of("detach VPC-3", b -> DetachCenChildInstanceRequest.builder()
        .cenId(attached.cenId()).childInstanceId(v3.id()).childInstanceRegion(v3.region()).build()));
    // README begin
    ReachabilityMatrix<ApiId> now = cloud.reachability().matrix(clients, apis, Stage.RELEASE);
    ReachabilityMatrix<ApiId> then = cloud.preview(detachVpc3).reachability().matrix(clients, apis, Stage.RELEASE);
    for (MatrixChange<ApiId> change : now.diff(then)) {
      System.out.println(change);   // host 10.3.1.10 in vpc-… -> GetOrder: REACHABLE => UNREACHABLE (NOT_IN_SAME_CEN)
    }
    // README end
    return now.diff(then);
  }

  /** The README's Enterprise Edition block; returns the cloud it leaves. */
  static InMemoryCloud enterpriseSnippet() {
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc3 = Cenkit.vpc(CN_BEIJING).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-beijing-a", "10.3.1.0/24");
    // README begin
    EnterpriseCenSpec mesh = Cenkit.enterpriseCen().named("api-mesh")
        .connect(Cenkit.vpcConnection(vpc1))          // associated, propagating, auto-publishing by default
        .connect(Cenkit.vpcConnection(vpc3))
        .peer(Cenkit.peerConnection(CN_HANGZHOU, CN_BEIJING)
            .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2));
    cloud.apply(mesh);
    // README end
    return cloud;
  }

  /** The README's block on several accounts; returns the cloud it leaves. */
  static InMemoryCloud accountsSnippet() {
    // README begin
    InMemoryCloud cloud = InMemoryCloud.create();                  // acts as AccountId.DEFAULT
    CloudProvider partner = cloud.asAccount(AccountId.of("1688000000000000"));   // same cloud, another account

    Vpc theirs = partner.createVpc(b -> b.region(CN_HANGZHOU).cidrBlock(Cidr.of("10.2.0.0/16")));
    CenInstance cen = cloud.create(Cenkit.cen().named("shared"));
    try {
      cloud.apply(Cenkit.attachExisting(cen.id(), theirs));       // names ChildInstanceOwnerId = the partner
    } catch (CenkitException e) {
      System.out.println(e.code());                                // Forbbiden.AttachChildInstanceAcrossUid (R8)
    }
    partner.grantInstanceToCen(b -> b.instanceId(theirs.id()).cenId(cen.id())
        .cenOwnerId(cen.ownerId()).regionId(CN_HANGZHOU));         // the VPC's owner grants it first
    cloud.apply(Cenkit.attachExisting(cen.id(), theirs));         // accepted
    // README end
    return cloud;
  }
}
