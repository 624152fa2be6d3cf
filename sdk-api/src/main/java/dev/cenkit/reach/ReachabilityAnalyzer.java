package dev.cenkit.reach;

/**
 * Answers reachability questions from one immutable snapshot. Obtain one from a provider (for the in-memory
 * cloud, {@code cloud.reachability()}); it never sees a change made after it was obtained.
 */
public interface ReachabilityAnalyzer {
  /** The version of the snapshot the answers are read from. */
  long snapshotVersion();

  /** Answers a question of any kind. */
  ReachabilityAnswer answer(Question question);

  /** Can {@code source} reach {@code destination} on TCP {@code port}, and the replies get back? */
  default ReachabilityAnswer network(Endpoint source, Endpoint destination, int port) {
    return answer(new NetworkQuestion(source, destination, Protocol.TCP, port));
  }

  /** Can {@code client} call the API at {@code stage} through its group's VPC second-level domain? */
  default ReachabilityAnswer apiCall(Endpoint client, dev.cenkit.model.apigateway.ApiId api, dev.cenkit.model.apigateway.Stage stage) {
    return answer(ApiQuestion.call(client, api, stage));
  }

  /** Can the gateway reach the API's backend, and the replies get back? */
  default ReachabilityAnswer backend(dev.cenkit.model.apigateway.ApiId api, dev.cenkit.model.apigateway.Stage stage) {
    return answer(ApiQuestion.backend(api, stage));
  }

  /** Both legs of a call: client to API and API to backend, each with its return path. */
  default ReachabilityAnswer fullCall(Endpoint client, dev.cenkit.model.apigateway.ApiId api, dev.cenkit.model.apigateway.Stage stage) {
    return answer(ApiQuestion.fullCall(client, api, stage));
  }

  /**
   * Every client × every API: each cell is the verdict and first blocker of {@link #fullCall} for the pair. An
   * analyzer may share work between pairs (the in-memory one walks each client's way to each gateway instance
   * once, and each API's backend once); this default asks pair by pair.
   */
  default ReachabilityMatrix<dev.cenkit.model.apigateway.ApiId> matrix(
      java.util.List<? extends Endpoint> clients, java.util.List<dev.cenkit.model.apigateway.ApiId> apis,
      dev.cenkit.model.apigateway.Stage stage) {
    ReachabilityMatrix.Builder<dev.cenkit.model.apigateway.ApiId> m = ReachabilityMatrix.builder(clients, apis, snapshotVersion());
    for (int r = 0; r < clients.size(); r++) {
      for (int c = 0; c < apis.size(); c++) {
        m.set(r, c, MatrixCell.of(fullCall(clients.get(r), apis.get(c), stage)));
      }
    }
    return m.build();
  }

  /**
   * Every source × every destination on TCP {@code port}: each cell is the verdict and first blocker of
   * {@link #network} for the pair. This default asks pair by pair.
   */
  default ReachabilityMatrix<Endpoint> networkMatrix(
      java.util.List<? extends Endpoint> sources, java.util.List<? extends Endpoint> destinations, int port) {
    ReachabilityMatrix.Builder<Endpoint> m = ReachabilityMatrix.builder(sources, destinations, snapshotVersion());
    for (int r = 0; r < sources.size(); r++) {
      for (int c = 0; c < destinations.size(); c++) {
        m.set(r, c, MatrixCell.of(network(sources.get(r), destinations.get(c), port)));
      }
    }
    return m.build();
  }
}
