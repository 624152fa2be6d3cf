package dev.cenkit.spi;

/**
 * A spec that describes one resource (and whatever it needs first), so that a provider's {@code create} can
 * return that resource.
 *
 * @param <T> the resource type
 */
public interface ResourceSpec<T> extends SpecSource {
  /** The step that creates the resource; its result is the resource. */
  Step<T> mainStep();
}
