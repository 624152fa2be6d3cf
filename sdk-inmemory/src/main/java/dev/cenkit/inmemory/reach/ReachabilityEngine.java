package dev.cenkit.inmemory.reach;

import dev.cenkit.error.ErrorCode;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.reach.ApiQuestion;
import dev.cenkit.reach.Direction;
import dev.cenkit.reach.Leg;
import dev.cenkit.reach.NetworkQuestion;
import dev.cenkit.reach.Question;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.reach.ReachabilityAnswer;
import dev.cenkit.model.apigateway.ApiId;
import dev.cenkit.model.apigateway.Stage;
import dev.cenkit.reach.Endpoint;
import dev.cenkit.reach.ReachabilityMatrix;
import java.util.List;
import java.util.Optional;

/**
 * The reachability engine of the in-memory cloud. For each question it traces the traffic through the
 * effective route tables of one snapshot ({@link Topology}, derived once per snapshot), there and back, and
 * checks the API Gateway rules on the way (dedicated instance, bound VPC, VPC domain, deployment, VPC access
 * authorization, Function Compute). Where something blocks, it reports every blocker along the intended path,
 * each with its rule and the fixes that remove it.
 */
public final class ReachabilityEngine implements ReachabilityAnalyzer {
  private final Topology topology;
  private final NetworkWalker walker;
  private final Places places;
  private final ApiLegs apiLegs;
  private final MatrixEngine matrices;

  private ReachabilityEngine(Topology topology) {
    this.topology = topology;
    this.walker = new NetworkWalker(topology);
    this.places = new Places(topology);
    this.apiLegs = new ApiLegs(topology, places, this::both);
    this.matrices = new MatrixEngine(topology, places, apiLegs, walker);
  }

  /** An engine answering from {@code snapshot}. */
  public static ReachabilityEngine of(Snapshot snapshot) {
    return new ReachabilityEngine(new Topology(dev.cenkit.model.Checks.required(snapshot, "snapshot")));
  }

  /**
   * An engine for {@code snapshot} that reuses the route tables this engine derived for every CEN and router the
   * changes since its snapshot did not touch (an incremental update rather than a recomputation).
   */
  public ReachabilityEngine next(Snapshot snapshot) {
    dev.cenkit.model.Checks.required(snapshot, "snapshot");
    return snapshot == topology.snapshot() ? this : new ReachabilityEngine(Topology.next(topology, snapshot));
  }

  /** Whether this engine holds the very same route table of {@code cen} as {@code other} (for tests of the incremental update). */
  boolean sharesCenTableWith(ReachabilityEngine other, dev.cenkit.model.cen.CenId cen) {
    return topology.sharesCenTableWith(other.topology, cen);
  }

  /** Whether both engines hold the very same transit-router tables of {@code cen} (tests of the incremental update). */
  boolean sharesTransitRouterTablesWith(ReachabilityEngine other, dev.cenkit.model.cen.CenId cen) {
    return topology.sharesTransitRouterTablesWith(other.topology, cen);
  }

  /** The snapshot the answers are read from. */
  public Snapshot snapshot() {
    return topology.snapshot();
  }

  @Override
  public long snapshotVersion() {
    return topology.snapshot().version();
  }

  @Override
  public ReachabilityAnswer answer(Question question) {
    dev.cenkit.model.Checks.required(question, "question");
    PathBuilder path = new PathBuilder();
    if (question instanceof NetworkQuestion) {
      NetworkQuestion q = (NetworkQuestion) question;
      Optional<Place> src = places.locate(q.source(), path);
      Optional<Place> dst = places.locate(q.destination(), path);
      if (src.isPresent() && dst.isPresent()) {
        both(path, Leg.NETWORK, src.get(), dst.get());
        new SecurityGroupChecks(topology.snapshot().ecs()).flow(path, Leg.NETWORK, src.get(), dst.get(), q.protocol(), q.port());
      }
    } else if (question instanceof ApiQuestion) {
      apiLegs.apiQuestion((ApiQuestion) question, path);
    } else {
      throw ErrorCode.NOT_MODELED.exception(
          null, "questions of type " + question.getClass().getSimpleName() + " are not answered by cenkit", question.describe());
    }
    return path.answer(question, topology.snapshot());
  }

  /**
   * Every client × every API at {@code stage}, each cell the verdict and first blocker of {@link #fullCall};
   * computed by sharing work between pairs (each API once, each client's way to each instance once), not pair by pair.
   */
  @Override
  public ReachabilityMatrix<ApiId> matrix(List<? extends Endpoint> clients, List<ApiId> apis, Stage stage) {
    dev.cenkit.model.Checks.required(clients, "clients");
    dev.cenkit.model.Checks.required(apis, "APIs");
    dev.cenkit.model.Checks.required(stage, "stage");
    return matrices.apis(clients, apis, stage);
  }

  /** Every source × every destination on TCP {@code port}, each cell the verdict and first blocker of {@link #network}. */
  @Override
  public ReachabilityMatrix<Endpoint> networkMatrix(List<? extends Endpoint> sources, List<? extends Endpoint> destinations, int port) {
    dev.cenkit.model.Checks.required(sources, "sources");
    dev.cenkit.model.Checks.required(destinations, "destinations");
    return matrices.network(sources, destinations, port);
  }

  private void both(PathBuilder path, Leg leg, Place from, Place to) {
    path.on(leg, Direction.FORWARD);
    walker.walk(path, from, to);
    path.on(leg, Direction.RETURN);
    walker.walk(path, to, from);
  }

}
