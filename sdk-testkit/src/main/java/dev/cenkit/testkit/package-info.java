/**
 * Test support for cenkit users: seeded generators of random valid topologies (plain Java, with QuickTheories
 * adapters), a naive reachability oracle, a JUnit 5 extension and assertions.
 */
@NullMarked
package dev.cenkit.testkit;

import org.jspecify.annotations.NullMarked;
