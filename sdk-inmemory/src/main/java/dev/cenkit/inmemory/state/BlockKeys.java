package dev.cenkit.inmemory.state;

import dev.cenkit.model.Cidr;

/**
 * Keys of CIDR blocks for the snapshot's block indexes: a block is its network address and prefix length
 * packed into one {@code long}, so finding the blocks that contain an address costs one hash lookup per prefix
 * length (at most 33) instead of a pass over every block.
 */
final class BlockKeys {
  private BlockKeys() {}

  /** The key of {@code block}. */
  static long of(Cidr block) {
    return of(block.network().toLong(), block.prefixLength());
  }

  /** The key of the block of {@code length} that contains the address {@code address}. */
  static long containing(long address, int length) {
    long network = length == 0 ? 0 : (address >>> (32 - length)) << (32 - length);
    return of(network, length);
  }

  private static long of(long network, int length) {
    return (network << 6) | length;
  }
}
