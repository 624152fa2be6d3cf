package dev.cenkit.spi;

import dev.cenkit.model.ResourceId;

/** Resolves the references of a spec to ids while it is applied. */
public interface Bindings {
  /**
   * The id a reference stands for: its own for an existing resource, or the one created by an earlier step.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code cenkit.SpecReferenceUnresolved} when a pending
   *     reference was not created by an earlier step
   */
  <I extends ResourceId> I resolve(Ref<I> ref);
}
