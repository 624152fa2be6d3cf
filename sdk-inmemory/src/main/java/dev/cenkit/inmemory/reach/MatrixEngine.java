package dev.cenkit.inmemory.reach;

import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.BlockerCode;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.ReachabilityMatrix;
import dev.cenkit.reach.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers all pairs at once by sharing work between them. A full call's blockers come in a fixed order from
 * parts that each depend on less than the pair: the API, its group and instance (once per API), where the client
 * is (once per client), the client's way to the instance's ingress and back (once per client and instance, not
 * per API), and the gateway's way to the backend and back (once per API, for every client). Each part runs on
 * its own path and is summarised as its first blocker and whether anything but test bandwidth blocks; a cell
 * combines the summaries in the order the single question reports them, so it equals the single answer's
 * verdict and first blocker (a property in the testkit checks every cell against it).
 */
final class MatrixEngine {
  /** What one part of a question found: its first blocker (null if none) and whether it blocks beyond bandwidth. */
  private record Part(BlockerCode first, boolean beyondBandwidth) {
    static final Part CLEAR = new Part(null, false);

    static Part of(PathBuilder path) {
      BlockerCode first = path.firstBlockerCode();
      return first == null ? CLEAR : new Part(first, path.blockedBeyondBandwidth());
    }
  }

  /** Accumulates parts in order into a cell. */
  private static final class Cell {
    BlockerCode first;
    boolean beyondBandwidth;

    Cell add(Part p) {
      if (first == null) {
        first = p.first;
      }
      beyondBandwidth |= p.beyondBandwidth;
      return this;
    }

    Verdict verdict() {
      return first == null ? Verdict.REACHABLE : beyondBandwidth ? Verdict.UNREACHABLE : Verdict.TEST_BANDWIDTH_ONLY;
    }
  }

  private final Topology topology;
  private final Places places;
  private final ApiLegs apiLegs;
  private final NetworkWalker walker;

  MatrixEngine(Topology topology, Places places, ApiLegs apiLegs, NetworkWalker walker) {
    this.topology = topology;
    this.places = places;
    this.apiLegs = apiLegs;
    this.walker = walker;
  }

  ReachabilityMatrix<ApiId> apis(List<? extends Endpoint> clients, List<ApiId> apis, Stage stage) {
    ReachabilityMatrix.Builder<ApiId> m = ReachabilityMatrix.builder(clients, apis, topology.snapshot().version());
    int width = apis.size();
    // Once per API: the API, group and instance; the group checks of the client leg; the backend leg.
    Part[] served = new Part[width];
    Part[] groupChecks = new Part[width];
    Part[] backend = new Part[width];
    int[] instanceOf = new int[width];
    // An instance is reached on the port of each API's protocol (SD20): one ingress per instance and port.
    Map<List<Object>, Integer> instanceIndex = new HashMap<>();
    List<ApiLegs.Served> instances = new java.util.ArrayList<>();
    for (int c = 0; c < width; c++) {
      PathBuilder p = new PathBuilder();
      Optional<ApiLegs.Served> s = apiLegs.served(apis.get(c), p);
      served[c] = Part.of(p);
      instanceOf[c] = -1;
      if (s.isPresent()) {
        PathBuilder g = new PathBuilder();
        apiLegs.groupChecks(g, s.get().api(), s.get().group(), stage);
        groupChecks[c] = Part.of(g);
        PathBuilder b = new PathBuilder();
        apiLegs.apiToBackend(b, s.get().api(), s.get().group(), s.get().instance(), stage);
        backend[c] = Part.of(b);
        ApiLegs.Served first = s.get();
        instanceOf[c] = instanceIndex.computeIfAbsent(List.of(first.instance().id(), ApiLegs.clientPort(first.api())), id -> {
          instances.add(first);
          return instances.size() - 1;
        });
      }
    }
    // Once per client: where it is; then once per client and instance: its way to the ingress and back.
    Map<Endpoint, Part[]> ingressByClient = new HashMap<>();
    Map<Endpoint, Part> locatedByClient = new HashMap<>();
    for (int r = 0; r < clients.size(); r++) {
      Endpoint client = clients.get(r);
      Part located = locatedByClient.get(client);
      Part[] ingress = ingressByClient.get(client);
      if (located == null) {
        PathBuilder p = new PathBuilder();
        Optional<Place> place = places.locate(client, p);
        located = Part.of(p);
        ingress = place.isPresent() ? new Part[instances.size()] : null;
        if (place.isPresent()) {
          for (int i = 0; i < instances.size(); i++) {
            PathBuilder q = new PathBuilder();
            apiLegs.ingress(q, place.get(), instances.get(i).instance(), ApiLegs.clientPort(instances.get(i).api()));
            ingress[i] = Part.of(q);
          }
        }
        locatedByClient.put(client, located);
        ingressByClient.put(client, ingress);
      }
      for (int c = 0; c < width; c++) {
        if (instanceOf[c] < 0) {
          Cell cell = new Cell().add(served[c]);
          m.set(r, c, cell.verdict(), cell.first);
          continue;
        }
        Cell cell = new Cell().add(located);
        if (ingress != null) {
          cell.add(groupChecks[c]).add(ingress[instanceOf[c]]);
        }
        cell.add(backend[c]);
        m.set(r, c, cell.verdict(), cell.first);
      }
    }
    return m.build();
  }

  ReachabilityMatrix<Endpoint> network(List<? extends Endpoint> sources, List<? extends Endpoint> destinations, int port) {
    ReachabilityMatrix.Builder<Endpoint> m = ReachabilityMatrix.builder(sources, destinations, topology.snapshot().version());
    Place[] to = new Place[destinations.size()];
    Part[] locatedTo = new Part[destinations.size()];
    SecurityGroupChecks securityGroups = new SecurityGroupChecks(topology.snapshot().ecs());
    for (int c = 0; c < destinations.size(); c++) {
      PathBuilder p = new PathBuilder();
      to[c] = places.locate(destinations.get(c), p).orElse(null);
      locatedTo[c] = Part.of(p);
    }
    for (int r = 0; r < sources.size(); r++) {
      PathBuilder p = new PathBuilder();
      Place from = places.locate(sources.get(r), p).orElse(null);
      Part locatedFrom = Part.of(p);
      for (int c = 0; c < destinations.size(); c++) {
        Cell cell = new Cell().add(locatedFrom).add(locatedTo[c]);
        if (from != null && to[c] != null) {
          PathBuilder w = new PathBuilder();
          w.on(Leg.NETWORK, dev.cenkit.reach.Direction.FORWARD);
          walker.walk(w, from, to[c]);
          w.on(Leg.NETWORK, dev.cenkit.reach.Direction.RETURN);
          walker.walk(w, to[c], from);
          securityGroups.flow(w, Leg.NETWORK, from, to[c], dev.cenkit.reach.Protocol.TCP, port);
          cell.add(Part.of(w));
        }
        m.set(r, c, cell.verdict(), cell.first);
      }
    }
    return m.build();
  }
}
