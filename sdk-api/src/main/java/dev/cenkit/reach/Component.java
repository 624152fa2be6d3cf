package dev.cenkit.reach;

import dev.cenkit.model.Checks;
import dev.cenkit.model.CenkitStyle;
import dev.cenkit.model.RegionId;
import java.util.Optional;
import org.immutables.value.Value;

/** A component of a topology where a hop passes or a blocker sits: its kind, id, display name and region. */
@Value.Immutable
@CenkitStyle
public interface Component {
  /** What the component is. */
  ComponentKind kind();

  /** Its id (a resource id, or an address for a host). */
  String id();

  /** How a person calls it: its name if it has one, else its id. */
  String name();

  /** Its region; empty for global components (a CEN) and data centers. */
  Optional<RegionId> region();

  /** A component. */
  static Component of(ComponentKind kind, String id, String name, Optional<RegionId> region) {
    Checks.required(region, "region (Optional.empty() when there is none)");
    return builder().kind(kind).id(id).name(name).region(region).build();
  }

  /** E.g. {@code VPC 'VPC-1' (vpc-…, cn-hangzhou)}. */
  @Value.Derived
  @Value.Auxiliary
  default String describe() {
    String where = region().map(r -> ", " + r).orElse("");
    return kind() + (name().equals(id()) ? " " + id() + (where.isEmpty() ? "" : " (" + where.substring(2) + ")")
        : " '" + name() + "' (" + id() + where + ")");
  }

  /** A builder of the value. */
  static Builder builder() {
    return new Builder();
  }

  /** The builder of {@link Component}. */
  class Builder extends ImmutableComponent.Builder {}
}
