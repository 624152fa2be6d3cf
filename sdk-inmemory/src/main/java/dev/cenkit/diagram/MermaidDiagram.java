package dev.cenkit.diagram;

import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.CenAttachment;
import dev.cenkit.model.cen.CenInstance;
import dev.cenkit.model.vpc.Vpc;
import dev.cenkit.reach.Blocker;
import dev.cenkit.reach.Component;
import dev.cenkit.reach.ComponentKind;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Hop;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.spi.CloudSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a topology, and optionally a path through it, as Mermaid flowchart text: regions are subgraphs;
 * VPCs, CENs and hosts are nodes; the answer's forward path is drawn in green and the components where a
 * blocker sits are marked red. Generated from a snapshot and an answer; nothing is drawn by hand.
 */
public final class MermaidDiagram {
  private final CloudSnapshot snapshot;
  private final Optional<ReachabilityAnswer> answer;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();

  private record Node(String key, String label, String shapeOpen, String shapeClose, Optional<RegionId> region) {}

  private record Edge(String from, String to, String arrow) {}

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

  private void node(String id, String label, String open, String close, Optional<RegionId> region) {
    nodes.putIfAbsent(key(id), new Node(key(id), label, open, close, region));
  }

  private void edge(String fromId, String toId, String arrow) {
    edges.add(new Edge(key(fromId), key(toId), arrow));
  }

  private String render() {
    for (Vpc vpc : snapshot.vpc().vpcs().values()) {
      node(vpc.id().value(), "VPC " + vpc.displayName() + "<br/>" + vpc.cidrBlock(), "[", "]", Optional.of(vpc.region()));
    }
    for (CenInstance cen : snapshot.cen().cens().values()) {
      node(cen.id().value(), "CEN " + cen.displayName(), "{{", "}}", Optional.empty());
    }
    for (CenAttachment a : snapshot.cen().attachments().values()) {
      edge(a.childInstanceId().value(), a.cenId().value(), "---");
    }
    Set<String> blocked = new LinkedHashSet<>();
    List<Integer> pathEdges = new ArrayList<>();
    answer.ifPresent(ans -> markPath(ans, blocked, pathEdges));
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    Map<RegionId, List<Node>> byRegion = new TreeMap<>();
    List<Node> global = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (n.region().isPresent()) {
        byRegion.computeIfAbsent(n.region().get(), r -> new ArrayList<>()).add(n);
      } else {
        global.add(n);
      }
    }
    byRegion.forEach(
        (region, members) -> {
          sb.append("  subgraph ").append(key(region.id())).append('[').append(quote(region + " (" + region.area() + ")")).append("]\n");
          members.forEach(n -> sb.append("    ").append(shape(n)).append('\n'));
          sb.append("  end\n");
        });
    global.forEach(n -> sb.append("  ").append(shape(n)).append('\n'));
    for (Edge e : edges) {
      sb.append("  ").append(e.from()).append(' ').append(e.arrow()).append(' ').append(e.to()).append('\n');
    }
    sb.append("  classDef blocked fill:#fdd,stroke:#c00,stroke-width:2px\n");
    for (String b : blocked) {
      sb.append("  class ").append(b).append(" blocked\n");
    }
    for (int i : pathEdges) {
      sb.append("  linkStyle ").append(i).append(" stroke:#2e7d32,stroke-width:3px\n");
    }
    return sb.toString();
  }

  private static String shape(Node n) {
    return n.key() + n.shapeOpen() + quote(n.label()) + n.shapeClose();
  }

  private void markPath(ReachabilityAnswer ans, Set<String> blocked, List<Integer> pathEdges) {
    Component previous = null;
    for (Hop hop : ans.hops()) {
      if (hop.direction() != Direction.FORWARD) {
        continue;
      }
      Component c = hop.component();
      if (c.kind() == ComponentKind.HOST) {
        node("host " + c.id(), "host " + c.id(), "((", "))", c.region());
      }
      String id = c.kind() == ComponentKind.HOST ? "host " + c.id() : c.id();
      if (!nodes.containsKey(key(id))) {
        node(id, c.kind() + " " + c.name(), "[", "]", c.region());
      }
      if (previous != null) {
        String prevId = previous.kind() == ComponentKind.HOST ? "host " + previous.id() : previous.id();
        int existing = indexOf(key(prevId), key(id));
        if (existing >= 0) {
          pathEdges.add(existing);
        } else if (!key(prevId).equals(key(id))) {
          edges.add(new Edge(key(prevId), key(id), "-->"));
          pathEdges.add(edges.size() - 1);
        }
      }
      previous = c;
    }
    for (Blocker b : ans.blockers()) {
      String id = b.component().kind() == ComponentKind.HOST ? "host " + b.component().id() : b.component().id();
      if (!nodes.containsKey(key(id))) {
        node(id, b.component().kind() + " " + b.component().name(), "[", "]", b.component().region());
      }
      blocked.add(key(id));
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
