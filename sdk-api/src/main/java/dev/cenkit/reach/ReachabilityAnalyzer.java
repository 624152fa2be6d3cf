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
}
