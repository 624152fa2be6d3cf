/**
 * JMH benchmarks of cenkit on fixed-seed workloads (T-small, T-10k-sparse, T-10k-dense, Q, M); every
 * benchmark checks a sample of its answers against the naive oracle before it is timed. Not published.
 */
@NullMarked
package dev.cenkit.bench;

import org.jspecify.annotations.NullMarked;
