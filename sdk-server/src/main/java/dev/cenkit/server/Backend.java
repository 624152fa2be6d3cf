package dev.cenkit.server;

import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.spi.CloudProvider;
import java.util.function.Supplier;

/**
 * What the server serves: a cloud provider for the actions and an analyzer of its current snapshot for cenkit's
 * reachability action.
 *
 * @param cloud the provider every action calls
 * @param reachability the analyzer of the provider's current snapshot
 */
public record Backend(CloudProvider cloud, Supplier<ReachabilityAnalyzer> reachability) {}
