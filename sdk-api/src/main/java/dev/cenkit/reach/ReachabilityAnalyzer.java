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
}
