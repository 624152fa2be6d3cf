package dev.cenkit.examples;

import static dev.cenkit.model.RegionId.CN_HANGZHOU;

import dev.cenkit.dsl.ApiGatewaySpec;
import dev.cenkit.dsl.ApiGroupSpec;
import dev.cenkit.dsl.ApiSpec;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.dsl.BackendSpec;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.Step;
import dev.cenkit.dsl.VpcSpec;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.MatrixChange;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.VpcHost;
import dev.cenkit.spi.cen.DetachCenChildInstanceRequest;
import java.io.PrintStream;
import java.util.List;

/**
 * Change impact: which client → API pairs would a change break? Three VPCs share a CEN; a dedicated API
 * Gateway instance bound to VPC-1 serves two APIs. The example answers every client × API pair at once, then
 * previews detaching VPC-3 (nothing is committed) and diffs the two matrices: the pairs that break, each with
 * its new first blocker.
 */
public final class ChangeImpact {
  private ChangeImpact() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    ExampleOutput.heading(out, "Change impact: which client -> API pairs does detaching VPC-3 break?");
    InMemoryCloud cloud = InMemoryCloud.create();
    VpcSpec vpc1 = Cenkit.vpc(CN_HANGZHOU).named("VPC-1").cidr("172.16.0.0/16").vSwitch("cn-hangzhou-h", "172.16.1.0/24");
    VpcSpec vpc2 = Cenkit.vpc(CN_HANGZHOU).named("VPC-2").cidr("10.2.0.0/16").vSwitch("cn-hangzhou-h", "10.2.1.0/24");
    VpcSpec vpc3 = Cenkit.vpc(CN_HANGZHOU).named("VPC-3").cidr("10.3.0.0/16").vSwitch("cn-hangzhou-h", "10.3.1.0/24");
    ApiGatewaySpec gateway = Cenkit.dedicatedGateway().in(CN_HANGZHOU).named("api-gw").bindToNew(vpc1);
    ApiGroupSpec orders = Cenkit.apiGroup("orders").onNew(gateway).enableVpcDomain();
    ApiSpec getOrder = Cenkit.api("GetOrder").get("/orders/{id}").backend(BackendSpec.mock("ok")).deployTo(Stage.RELEASE).inNew(orders);
    ApiSpec listOrders = Cenkit.api("ListOrders").get("/orders").backend(BackendSpec.mock("ok")).deployTo(Stage.RELEASE).inNew(orders);
    ApplyResult built = cloud.apply(Spec.of(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc2).attachNew(vpc3), getOrder, listOrders));
    ExampleOutput.done(out, "VPC-1, VPC-2 and VPC-3 in CEN api-mesh; GetOrder and ListOrders on a dedicated instance bound to VPC-1");

    Vpc v2 = built.resultOf(vpc2);
    Vpc v3 = built.resultOf(vpc3);
    List<Endpoint> clients = List.of(VpcHost.of(v2.id(), "10.2.1.10"), VpcHost.of(v3.id(), "10.3.1.10"));
    Api get = built.resultOf(getOrder);
    Api list = built.resultOf(listOrders);
    List<ApiId> columns = List.of(get.id(), list.id());

    ReachabilityMatrix<ApiId> now = cloud.reachability().matrix(clients, columns, Stage.RELEASE);
    out.println("now: " + now.countByVerdict());

    CenAttachment attached = cloud.snapshot().cen().attachmentOf(v3.id()).orElseThrow();
    Spec detachVpc3 = Spec.empty().plus(Step.of("detach VPC-3", b -> DetachCenChildInstanceRequest.builder()
        .cenId(attached.cenId()).childInstanceId(v3.id()).childInstanceRegion(v3.region()).build()));
    ReachabilityMatrix<ApiId> then = cloud.preview(detachVpc3).reachability().matrix(clients, columns, Stage.RELEASE);
    out.println("after detaching VPC-3 (previewed, not applied): " + then.countByVerdict());
    for (MatrixChange<ApiId> change : now.diff(then)) {
      String api = change.column().equals(get.id()) ? get.name() : list.name();
      out.println((change.broke() ? "breaks: " : "changes: ") + change.row().describe() + " -> " + api + ": "
          + change.before() + " => " + change.after());
    }
    out.println("committed: " + cloud.snapshot().cen().attachmentOf(v3.id()).isPresent() + " (VPC-3 is still attached)");
  }
}
