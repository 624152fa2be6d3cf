package dev.cenkit.spi;

/** Anything that can be turned into a {@link Spec}: a spec itself, or a fluent builder's result. */
public interface SpecSource {
  /** The steps, in order, including those of the resources this one needs. */
  Spec toSpec();
}
