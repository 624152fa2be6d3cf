package dev.cenkit.server;

import static dev.cenkit.server.Product.CENKIT;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.Ipv4Address;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.DataCenterId;
import dev.cenkit.model.expressconnect.VbrId;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.fc.FcFunctionId;
import dev.cenkit.model.fc.FcVersion;
import dev.cenkit.reach.ApiQuestion;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.Fix;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Protocol;
import dev.cenkit.reach.Question;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.expressconnect.CreateDataCenterRequest;
import dev.cenkit.spi.expressconnect.CreateDataCenterRouteRequest;
import dev.cenkit.spi.expressconnect.DeleteDataCenterRouteRequest;
import dev.cenkit.spi.fc.CreateFunctionRequest;
import dev.cenkit.spi.fc.DeleteFunctionRequest;
import java.util.List;
import java.util.Map;

/**
 * cenkit's own actions, on its own version {@code 2026-12-01} (documented in docs/wire-protocol.md): the data
 * centers and Function Compute functions the scenarios need but the three RPC products do not carry, and the
 * reachability question, {@code CheckReachability}.
 */
final class CenkitActions {
  private CenkitActions() {}

  static void register(ActionTable t) {
    t.operation(CENKIT, "CreateDataCenter", CenkitActions::createDataCenter, CenkitActions::dataCenter);
    t.operation(CENKIT, "CreateDataCenterRoute", (p, c) -> CreateDataCenterRouteRequest.builder()
            .dataCenterId(p.required("DataCenterId", DataCenterId::of))
            .destination(p.required("DestinationCidrBlock", Cidr::of))
            .vbrId(p.required("VbrId", VbrId::of))
            .build(),
        CenkitActions::dataCenter);
    t.operation(CENKIT, "DeleteDataCenterRoute", (p, c) -> DeleteDataCenterRouteRequest.builder()
            .dataCenterId(p.required("DataCenterId", DataCenterId::of))
            .destination(p.required("DestinationCidrBlock", Cidr::of))
            .build(),
        CenkitActions::dataCenter);
    t.query(CENKIT, "DescribeDataCenters", (p, c) -> Paging.read(p),
        (paging, b) -> paging.page(b.cloud().describeDataCenters(), "DataCenters", "DataCenter", CenkitActions::dataCenter));

    t.operation(CENKIT, "CreateFunction", (p, c) -> CreateFunctionRequest.builder()
            .region(p.optional("RegionId", RegionId::of).orElse(c.region()))
            .serviceName(p.optional("ServiceName"))
            .functionName(p.required("FunctionName"))
            .fcVersion(p.optional("FcVersion").map(v -> v.startsWith("2") ? FcVersion.V2_0 : FcVersion.V3_0).orElse(FcVersion.V3_0))
            .description(p.optional("Description"))
            .build(),
        CenkitActions::function);
    t.operation(CENKIT, "DeleteFunction", (p, c) -> DeleteFunctionRequest.builder()
            .functionId(p.required("FunctionId", FcFunctionId::of)).build(),
        x -> Json.object());
    t.query(CENKIT, "ListFunctions", (p, c) -> Paging.read(p),
        (paging, b) -> paging.page(b.cloud().listFunctions(), "Functions", "Function", CenkitActions::function));

    t.query(CENKIT, "CheckReachability", CenkitActions::question, (q, b) -> answer(b.reachability().get().answer(q)));
  }

  /** {@code Name}, {@code Prefixes.N}, {@code Hosts.N.Name} with {@code Hosts.N.Address}, {@code ResolvesCloudDomains}. */
  private static CreateDataCenterRequest createDataCenter(Params p, CallContext c) {
    CreateDataCenterRequest.Builder b = CreateDataCenterRequest.builder()
        .name(p.required("Name"))
        .prefixes(p.list("Prefixes", Cidr::of))
        .resolvesCloudDomains(p.optionalBoolean("ResolvesCloudDomains").orElse(false));
    for (int i = 1; p.has("Hosts." + i + ".Name"); i++) {
      b.putHosts(p.required("Hosts." + i + ".Name"), p.required("Hosts." + i + ".Address", Ipv4Address::of));
    }
    return b.build();
  }

  private static Map<String, Object> dataCenter(DataCenter dc) {
    return Json.object(
        "DataCenterId", dc.id(),
        "Name", dc.name(),
        "Prefixes", Json.wrap("Prefix", dc.prefixes().stream().map(Cidr::toString).toList()),
        "Hosts", Json.wrap("Host", dc.hosts().entrySet().stream()
            .map(h -> Json.object("Name", h.getKey(), "Address", h.getValue().toString())).toList()),
        "ResolvesCloudDomains", dc.resolvesCloudDomains(),
        "Routes", Json.wrap("Route", dc.routes().stream()
            .map(r -> Json.object("DestinationCidrBlock", r.destination(), "VbrId", r.vbrId())).toList()));
  }

  private static Map<String, Object> function(FcFunction f) {
    return Json.object(
        "FunctionId", f.id().value(),
        "RegionId", f.region(),
        "ServiceName", f.serviceName(),
        "FunctionName", f.functionName(),
        "FcVersion", f.fcVersion().apiValue(),
        "Description", f.description());
  }

  /**
   * The question of {@code CheckReachability}: {@code QuestionType} {@code FullCall} (default), {@code ApiCall},
   * {@code Backend} or {@code Network}; the client or source as {@code ClientNetworkId} and {@code ClientAddress};
   * {@code ApiId} and {@code StageName} (default {@code RELEASE}) for the API questions; {@code DestinationNetworkId},
   * {@code DestinationAddress} and {@code Port} (default 443) for the network question.
   */
  static Question question(Params p, CallContext c) {
    String type = p.optional("QuestionType").orElse("FullCall");
    switch (type) {
      case "FullCall":
        return ApiQuestion.fullCall(client(p), p.required("ApiId", ApiId::of), stage(p));
      case "ApiCall":
        return ApiQuestion.call(client(p), p.required("ApiId", ApiId::of), stage(p));
      case "Backend":
        return ApiQuestion.backend(p.required("ApiId", ApiId::of), stage(p));
      case "Network":
        Endpoint source = client(p);
        Endpoint destination = Endpoints.of(p.required("DestinationNetworkId"), p.required("DestinationAddress"));
        long port = p.optionalLong("Port").orElse(443L);
        if (port < 1 || port > 65535) {
          throw WireError.invalid("Port", String.valueOf(port), "must be between 1 and 65535");
        }
        return new NetworkQuestion(source, destination, Protocol.TCP, (int) port);
      default:
        throw WireError.invalid("QuestionType", type, "expected FullCall, ApiCall, Backend or Network");
    }
  }

  private static Endpoint client(Params p) {
    return Endpoints.of(p.required("ClientNetworkId"), p.required("ClientAddress"));
  }

  private static Stage stage(Params p) {
    return p.optional("StageName", Stage::of).orElse(Stage.RELEASE);
  }

  /** The answer as JSON: verdict, explanation, hops, blockers (each with its rule and fixes) and notes. */
  static Map<String, Object> answer(ReachabilityAnswer a) {
    return Json.object(
        "Question", a.question().describe(),
        "SnapshotVersion", a.snapshotVersion(),
        "Verdict", a.verdict().name(),
        "BottleneckKbps", a.bottleneck().map(bw -> bw.kbps()),
        "Explanation", a.explain(),
        "Hops", Json.wrap("Hop", a.hops().stream().map(CenkitActions::hop).toList()),
        "Blockers", Json.wrap("Blocker", a.blockers().stream().map(CenkitActions::blocker).toList()),
        "Notes", Json.wrap("Note", a.notes().stream().map(CenkitActions::blocker).toList()));
  }

  private static Map<String, Object> hop(Hop h) {
    return Json.object(
        "Direction", h.direction().name(),
        "Leg", h.leg().name(),
        "ComponentKind", h.component().kind().name(),
        "ComponentId", h.component().id(),
        "ComponentName", h.component().name(),
        "RegionId", h.component().region(),
        "Matched", h.matched(),
        "Rule", h.rule().map(Object::toString),
        "BandwidthKbps", h.bandwidth().map(bw -> bw.kbps()));
  }

  private static Map<String, Object> blocker(Blocker b) {
    List<Object> fixes = b.fixes().stream().map(CenkitActions::fix).toList();
    return Json.object(
        "Code", b.code().name(),
        "Rule", b.rule().map(Object::toString),
        "Direction", b.direction().name(),
        "Leg", b.leg().name(),
        "ComponentKind", b.component().kind().name(),
        "ComponentId", b.component().id(),
        "ComponentName", b.component().name(),
        "Message", b.message(),
        "Fixes", Json.wrap("Fix", fixes));
  }

  private static Object fix(Fix f) {
    return Json.object("Description", f.description());
  }
}
