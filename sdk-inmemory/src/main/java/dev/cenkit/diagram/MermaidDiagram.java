package dev.cenkit.diagram;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.apigateway.Api;
import dev.cenkit.model.apigateway.ApiGatewayInstance;
import dev.cenkit.model.apigateway.ApiGroup;
import dev.cenkit.model.apigateway.FunctionComputeBackend;
import dev.cenkit.model.apigateway.VpcAccess;
import dev.cenkit.model.apigateway.VpcAccessBackend;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.ecs.EcsInstance;
import dev.cenkit.model.ecs.SecurityGroup;
import dev.cenkit.model.ecs.SecurityGroupId;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.expressconnect.DataCenter;
import dev.cenkit.model.expressconnect.PhysicalConnection;
import dev.cenkit.model.expressconnect.RouterInterface;
import dev.cenkit.model.expressconnect.Vbr;
import dev.cenkit.model.fc.FcFunction;
import dev.cenkit.model.vpc.VSwitch;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.CloudSnapshot;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders a topology, and optionally a path through it, as Mermaid flowchart text.
 *
 * <ul>
 *   <li>Each region is a subgraph holding its VPCs, VBRs, Express Connect circuits, API Gateway instances with
 *       their API groups (each group lists its APIs), Function Compute functions and VPC access
 *       authorizations; data centers are in an {@code on-premises} subgraph; CENs are global.
 *   <li>Solid links carry traffic: CEN attachments, VBR–circuit–data center, router interfaces. Dotted links
 *       are relations: an instance and its bound VPC, a group and its instance, an API group and the backend
 *       of its APIs (a function, or a VPC access authorization), an authorization and its VPC.
 *   <li>ECS instances are drawn in their region, linked to their VPC, with a dotted link to each security group
 *       they are in; a host hop at an instance's address is drawn on the instance.
 *   <li>With an answer, the forward hops are drawn as a green path (new arrows where no link exists, e.g. a
 *       host entering its VPC), the components on it are outlined green, and every component where a blocker
 *       sits is filled red; a blocked security group also shows what it drops and the deciding rule or default.
 * </ul>
 *
 * Generated from a snapshot and an answer; nothing is drawn by hand. The output is deterministic: the same
 * snapshot and answer give the same text.
 */
public final class MermaidDiagram {
  private static final String ON_PREMISES = "on_premises";

  private final CloudSnapshot snapshot;
  private final Optional<ReachabilityAnswer> answer;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  /** The node of an ECS instance, by its region and private IP, so a host hop at that address lands on it. */
  private final Map<String, String> hostNodes = new LinkedHashMap<>();
  /** Components that are drawn as part of another node (a vSwitch in its VPC, an API in its group). */
  private final Map<String, String> drawnAs = new LinkedHashMap<>();

  /** Where a node goes: a region's subgraph, the on-premises subgraph, or the top level. */
  private record Node(String key, String label, String shapeOpen, String shapeClose, String place) {}

  private record Edge(String from, String to, String link) {}

  private MermaidDiagram(CloudSnapshot snapshot, Optional<ReachabilityAnswer> answer) {
    this.snapshot = snapshot;
    this.answer = answer;
  }

  /** The topology of {@code snapshot}. */
  public static String of(CloudSnapshot snapshot) {
    Checks.required(snapshot, "snapshot");
    return new MermaidDiagram(snapshot, Optional.empty()).render();
  }

  /** The topology of {@code snapshot} with the path and blockers of {@code answer} marked. */
  public static String of(CloudSnapshot snapshot, ReachabilityAnswer answer) {
    Checks.required(snapshot, "snapshot");
    Checks.required(answer, "answer");
    return new MermaidDiagram(snapshot, Optional.of(answer)).render();
  }

  private static String key(String id) {
    return "n_" + id.replaceAll("[^A-Za-z0-9]", "_");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "'") + "\"";
  }

  private static String place(Optional<RegionId> region) {
    return region.map(RegionId::id).orElse("");
  }

  private void node(String id, String label, String open, String close, String place) {
    nodes.putIfAbsent(key(id), new Node(key(id), label, open, close, place));
  }

  private void edge(String fromId, String toId, String link) {
    edges.add(new Edge(key(fromId), key(toId), link));
  }

  private String render() {
    topology();
    Set<String> blocked = new LinkedHashSet<>();
    Set<String> onPath = new LinkedHashSet<>();
    Set<Integer> pathEdges = new LinkedHashSet<>();
    answer.ifPresent(ans -> markPath(ans, blocked, onPath, pathEdges));
    return text(blocked, onPath, pathEdges);
  }

  private void topology() {
    for (Vpc vpc : snapshot.vpc().vpcs().values()) {
      node(vpc.id().value(), "VPC " + vpc.displayName() + "<br/>" + vpc.cidrBlock(), "[", "]", vpc.region().id());
    }
    for (VSwitch vsw : snapshot.vpc().vSwitches().values()) {
      drawnAs.put(vsw.id().value(), key(vsw.vpcId().value()));
    }
    for (CenInstance cen : snapshot.cen().cens().values()) {
      node(cen.id().value(), "CEN " + cen.displayName(), "{{", "}}", "");
    }
    for (DataCenter dc : snapshot.expressConnect().dataCenters().values()) {
      String prefixes = dc.prefixes().stream().map(Object::toString).collect(Collectors.joining(", "));
      node(dc.id().value(), "data center " + dc.name() + (prefixes.isEmpty() ? "" : "<br/>" + prefixes), "[(", ")]", ON_PREMISES);
    }
    for (PhysicalConnection pc : snapshot.expressConnect().physicalConnections().values()) {
      node(pc.id().value(), "circuit " + pc.name().orElse(pc.id().value()), "([", "])", pc.region().id());
    }
    for (Vbr vbr : snapshot.expressConnect().vbrs().values()) {
      node(vbr.id().value(), "VBR " + vbr.name().orElse(vbr.id().value()) + "<br/>VLAN " + vbr.vlanId(), "[[", "]]", vbr.region().id());
    }
    for (ApiGatewayInstance instance : snapshot.apiGateway().instances().values()) {
      String kind = instance.dedicatedInstanceType().map(t -> "dedicated").orElse(instance.instanceType().toString());
      node(instance.id().value(), "API Gateway " + instance.displayName() + "<br/>" + kind, "[/", "/]", instance.region().id());
    }
    for (ApiGroup group : snapshot.apiGateway().groups().values()) {
      StringBuilder label = new StringBuilder("API group " + group.name());
      group.vpcDomain().ifPresentOrElse(d -> label.append("<br/>VPC domain on"), () -> label.append("<br/>VPC domain off"));
      for (Api api : snapshot.apiGateway().apisOf(group.id())) {
        label.append("<br/>").append(api.requestHttpMethod()).append(' ').append(api.requestPath()).append(' ').append(api.name());
        drawnAs.put(api.id().value(), key(group.id().value()));
      }
      node(group.id().value(), label.toString(), "(", ")", group.region().id());
    }
    for (FcFunction fn : snapshot.functionCompute().functions().values()) {
      node(fn.id().value(), "function " + fn.functionName(), "[\\", "/]", fn.region().id());
    }
    for (VpcAccess access : snapshot.apiGateway().vpcAccesses().values()) {
      node(access.id().value(), "authorization " + access.name() + "<br/>" + access.instanceId() + ":" + access.port(), ">", "]", access.region().id());
    }
    for (SecurityGroup g : snapshot.ecs().securityGroups().values()) {
      node(g.id().value(), "security group " + g.name().orElse(g.id().value()) + "<br/>" + g.type() + ", " + g.rules().size() + " rule(s)",
          "{{", "}}", g.region().id());
    }
    for (EcsInstance i : snapshot.ecs().instances().values()) {
      node(i.id().value(), "ECS " + i.name().orElse(i.id().value()) + "<br/>" + i.privateIp(), "((", "))", i.region().id());
      hostNodes.putIfAbsent(i.region().id() + " " + i.privateIp(), key(i.id().value()));
    }

    for (CenAttachment a : snapshot.cen().attachments().values()) {
      edge(a.childInstanceId().value(), a.cenId().value(), "---");
    }
    for (Vbr vbr : snapshot.expressConnect().vbrs().values()) {
      edge(vbr.id().value(), vbr.physicalConnectionId().value(), "---");
    }
    for (PhysicalConnection pc : snapshot.expressConnect().physicalConnections().values()) {
      edge(pc.id().value(), pc.dataCenterId().value(), "---");
    }
    Set<String> interfacePairs = new LinkedHashSet<>();
    for (RouterInterface ri : snapshot.expressConnect().routerInterfaces().values()) {
      String a = ri.routerId().value();
      String b = ri.oppositeRouterId().value();
      if (interfacePairs.add(a.compareTo(b) < 0 ? a + " " + b : b + " " + a)) {
        edge(a, b, "---|router interface|");
      }
    }
    for (ApiGatewayInstance instance : snapshot.apiGateway().instances().values()) {
      instance.vpcBinding().ifPresent(b -> edge(instance.id().value(), b.vpcId().value(), "-.-|bound VPC|"));
      instance.vpcIntegration().ifPresent(i -> edge(instance.id().value(), i.vpcId().value(), "-.-|VPC integration|"));
    }
    for (ApiGroup group : snapshot.apiGateway().groups().values()) {
      edge(group.instanceId().value(), group.id().value(), "-.-");
      Set<String> backends = new LinkedHashSet<>();
      for (Api api : snapshot.apiGateway().apisOf(group.id())) {
        backendOf(api).ifPresent(backends::add);
      }
      backends.forEach(b -> edge(group.id().value(), b, "-.->|backend|"));
    }
    for (VpcAccess access : snapshot.apiGateway().vpcAccesses().values()) {
      edge(access.id().value(), access.vpcId().value(), "-.-|authorizes|");
    }
    for (EcsInstance i : snapshot.ecs().instances().values()) {
      edge(i.id().value(), i.vpcId().value(), "---");
      for (SecurityGroupId g : i.securityGroupIds()) {
        edge(i.id().value(), g.value(), "-.-|in group|");
      }
    }
  }

  /** The id of the resource an API's backend is drawn as: its function, or its VPC access authorization. */
  private Optional<String> backendOf(Api api) {
    if (api.backend() instanceof FunctionComputeBackend fc) {
      return snapshot.functionCompute().functionsIn(fc.fcRegion()).stream()
          .filter(f -> fc.functionName().map(f.functionName()::equals).orElse(false))
          .filter(f -> fc.serviceName().isEmpty() || fc.serviceName().equals(f.serviceName()))
          .map(f -> f.id().value())
          .findFirst();
    }
    if (api.backend() instanceof VpcAccessBackend vpc) {
      return snapshot.apiGateway().vpcAccessNamed(api.region(), vpc.vpcAccessName()).map(a -> a.id().value());
    }
    return Optional.empty();
  }

  private String text(Set<String> blocked, Set<String> onPath, Set<Integer> pathEdges) {
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    ListMultimap<String, Node> byPlace = MultimapBuilder.treeKeys().arrayListValues().build();
    nodes.values().forEach(n -> byPlace.put(n.place(), n));
    for (RegionId region : regionsIn(byPlace.keySet())) {
      sb.append("  subgraph ").append(key(region.id())).append('[').append(quote(region + " (" + region.knownArea().map(Object::toString).orElse("area unknown") + ")")).append("]\n");
      byPlace.get(region.id()).forEach(n -> sb.append("    ").append(shape(n)).append('\n'));
      sb.append("  end\n");
    }
    if (byPlace.containsKey(ON_PREMISES)) {
      sb.append("  subgraph ").append(ON_PREMISES).append("[\"on-premises\"]\n");
      byPlace.get(ON_PREMISES).forEach(n -> sb.append("    ").append(shape(n)).append('\n'));
      sb.append("  end\n");
    }
    byPlace.get("").forEach(n -> sb.append("  ").append(shape(n)).append('\n'));
    for (Edge e : edges) {
      sb.append("  ").append(e.from()).append(' ').append(e.link()).append(' ').append(e.to()).append('\n');
    }
    sb.append("  classDef blocked fill:#fdd,stroke:#c00,stroke-width:2px\n");
    sb.append("  classDef path stroke:#2e7d32,stroke-width:2px\n");
    for (String p : onPath) {
      if (!blocked.contains(p)) {
        sb.append("  class ").append(p).append(" path\n");
      }
    }
    for (String b : blocked) {
      sb.append("  class ").append(b).append(" blocked\n");
    }
    if (!pathEdges.isEmpty()) {
      String indexes = new TreeSet<>(pathEdges).stream().map(String::valueOf).collect(Collectors.joining(","));
      sb.append("  linkStyle ").append(indexes).append(" stroke:#2e7d32,stroke-width:3px\n");
    }
    return sb.toString();
  }

  private static List<RegionId> regionsIn(Set<String> places) {
    List<RegionId> regions = new ArrayList<>();
    for (String place : places) {
      if (!place.isEmpty() && !place.equals(ON_PREMISES)) {
        regions.add(RegionId.of(place));
      }
    }
    return regions;
  }

  private static String shape(Node n) {
    return n.key() + n.shapeOpen() + quote(n.label()) + n.shapeClose();
  }

  /** The node a component is drawn as, adding a node for components the topology does not show. */
  private String nodeOf(Component c) {
    if (c.kind() == ComponentKind.HOST && c.region().isPresent() && hostNodes.containsKey(c.region().get().id() + " " + c.id())) {
      return hostNodes.get(c.region().get().id() + " " + c.id());
    }
    if (c.kind() == ComponentKind.HOST) {
      String id = "host " + c.id();
      node(id, "host " + c.id(), "((", "))", c.region().map(RegionId::id).orElse(ON_PREMISES));
      return key(id);
    }
    String drawn = drawnAs.get(c.id());
    if (drawn != null) {
      return drawn;
    }
    if (!nodes.containsKey(key(c.id()))) {
      node(c.id(), c.kind() + " " + c.name(), "[", "]", place(c.region()));
    }
    return key(c.id());
  }

  private void markPath(ReachabilityAnswer ans, Set<String> blocked, Set<String> onPath, Set<Integer> pathEdges) {
    String previous = null;
    for (Hop hop : ans.hops()) {
      if (hop.direction() != Direction.FORWARD) {
        continue;
      }
      String current = nodeOf(hop.component());
      onPath.add(current);
      if (hop.component().kind() == ComponentKind.SECURITY_GROUP) {
        continue; // a group a flow passed is outlined, not a step of the route
      }
      if (previous != null && !previous.equals(current)) {
        int existing = indexOf(previous, current);
        if (existing >= 0) {
          pathEdges.add(existing);
        } else {
          edges.add(new Edge(previous, current, "-->"));
          pathEdges.add(edges.size() - 1);
        }
      }
      previous = current;
    }
    for (Blocker b : ans.blockers()) {
      String at = nodeOf(b.component());
      blocked.add(at);
      int drops = b.message().indexOf(" drops ");
      if (b.component().kind() == ComponentKind.SECURITY_GROUP && drops >= 0) {
        // the deciding rule (or default) of a blocked security group hop
        Node n = nodes.get(at);
        nodes.put(at, new Node(n.key(), n.label() + "<br/>drops " + b.message().substring(drops + 7), n.shapeOpen(), n.shapeClose(), n.place()));
      }
    }
  }

  private int indexOf(String a, String b) {
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      if ((e.from().equals(a) && e.to().equals(b)) || (e.from().equals(b) && e.to().equals(a))) {
        return i;
      }
    }
    return -1;
  }
}
