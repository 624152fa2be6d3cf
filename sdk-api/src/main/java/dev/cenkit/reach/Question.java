package dev.cenkit.reach;

/** A reachability question; answered by a {@link ReachabilityAnalyzer} from one snapshot. */
public interface Question {
  /** The question in one line, e.g. {@code host 10.3.1.10 in vpc-… -> 172.16.1.5 tcp/443}. */
  String describe();
}
