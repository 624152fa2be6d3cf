/**
 * Snapshots as files: {@link dev.cenkit.inmemory.files.SnapshotFiles} writes a snapshot of an in-memory cloud to
 * versioned JSON and reads one back by replaying its operations through the cloud's API
 * (see {@code docs/snapshot-format.md}).
 */
@NullMarked
package dev.cenkit.inmemory.files;

import org.jspecify.annotations.NullMarked;
