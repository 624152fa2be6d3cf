/**
 * Speed of the wire-protocol server (issue 16 item 5): a warm typed call over loopback ({@link
 * dev.cenkit.bench.server.ServerCallBenchmark}) and {@code cenkit serve} from JVM launch to its first answer ({@link
 * dev.cenkit.bench.server.ServeStartProbe}). Both check their answers before they time anything.
 */
@NullMarked
package dev.cenkit.bench.server;

import org.jspecify.annotations.NullMarked;
