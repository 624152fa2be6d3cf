/**
 * Internal: the reachability engine, which walks a snapshot hop by hop and explains each blocker with its rule
 * and fix.
 *
 * <p>A packet follows the effective routes of each VPC and VBR ({@code PacketTracer});
 * a route into a router — a transit-router connection (Enterprise) or a route learned from a Basic CEN, which
 * enters the CEN's implicit router on the network's implicit connection — runs the one forwarding loop ({@code
 * RouterLoop}): the table the arriving connection is associated with, longest prefix,
 * blackholes drop, inter-region connections carry the packet to the peer router at their bandwidth. Only the
 * words of its hops and blockers depend on the edition ({@code RouterHops}): Enterprise
 * answers name routers, tables and connections; Basic answers name the CEN and its inter-region bandwidth, as
 * they always have. Where the trace fails, Basic paths are explained by the path diagnosis and Enterprise paths
 * by the transit-router checks, each blocker carrying its rule and fixes.
 */
@NullMarked
package dev.cenkit.inmemory.reach;

import org.jspecify.annotations.NullMarked;
