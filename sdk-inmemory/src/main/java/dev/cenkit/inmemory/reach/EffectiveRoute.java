package dev.cenkit.inmemory.reach;

import dev.cenkit.model.Cidr;
import dev.cenkit.model.NetworkInstanceId;
import java.util.Optional;

/**
 * A route in force at a router: its prefix, where it comes from, and for learned routes the network instance
 * that advertised it.
 */
record EffectiveRoute(Cidr prefix, RouteKind kind, Optional<NetworkInstanceId> origin, String description) {}
