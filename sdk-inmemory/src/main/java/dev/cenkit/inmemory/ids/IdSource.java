package dev.cenkit.inmemory.ids;

import dev.cenkit.model.IdKind;

/**
 * Deterministic ids with the real prefixes: the n-th id of a cloud built with a given seed is always the same,
 * so tests and examples print stable output. Ids look like the real ones ({@code vpc-} followed by lower-case
 * letters and digits; 32 hex digits for API groups, APIs and VPC access authorizations).
 */
public final class IdSource {
  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final byte[] DIGITS = ALPHABET.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  private static final int SUFFIX_LENGTH = 20;

  private final long seed;

  /** An id source for {@code seed}. */
  public IdSource(long seed) {
    this.seed = seed;
  }

  /** The id of {@code kind} for the {@code sequence}-th id of the cloud. */
  public String id(IdKind kind, long sequence) {
    if (kind.prefix().isEmpty()) {
      return hex(sequence, 32);
    }
    return kind.prefix() + token(sequence, SUFFIX_LENGTH);
  }

  /** {@code length} lower-case letters and digits derived from {@code sequence}. */
  public String token(long sequence, int length) {
    byte[] out = new byte[length];
    int at = 0;
    long state = seed ^ (sequence * 0x9E3779B97F4A7C15L);
    while (at < length) {
      state = mix(state + 0x9E3779B97F4A7C15L);
      // The first digit in base 36 of the unsigned 64 bits; what is left is below 2^63, so the rest is signed
      // arithmetic with the same results.
      long bits = state;
      int end = Math.min(length, at + 10);
      out[at++] = DIGITS[(int) Long.remainderUnsigned(bits, 36)];
      bits = Long.divideUnsigned(bits, 36);
      while (at < end) {
        out[at++] = DIGITS[(int) (bits % 36)];
        bits /= 36;
      }
    }
    // Real ids never start with a digit after the prefix in practice; keep the first character a letter.
    if (out[0] >= '0' && out[0] <= '9') {
      out[0] = (byte) ('a' + (out[0] - '0'));
    }
    return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** {@code length} lower-case hex digits derived from {@code sequence}. */
  public String hex(long sequence, int length) {
    StringBuilder sb = new StringBuilder(length);
    long state = seed ^ (sequence * 0xBF58476D1CE4E5B9L);
    while (sb.length() < length) {
      state = mix(state + 0x9E3779B97F4A7C15L);
      int digits = Math.min(16, length - sb.length());
      for (int shift = 60; shift > 60 - 4 * digits; shift -= 4) {
        sb.append(Character.forDigit((int) ((state >>> shift) & 0xF), 16));
      }
    }
    return sb.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
