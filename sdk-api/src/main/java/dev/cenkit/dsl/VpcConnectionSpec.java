package dev.cenkit.dsl;

import dev.cenkit.spi.Ref;
import dev.cenkit.model.Checks;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of a VPC connection to the transit router of the VPC's region, handed to
 * {@link EnterpriseCenSpec#connect(VpcConnectionSpec)}:
 *
 * <pre>{@code
 * VpcConnectionSpec c1 = VpcConnectionSpec.of(vpc1);                       // associate, propagate, auto-publish
 * VpcConnectionSpec quiet = VpcConnectionSpec.of(vpc3).withoutAutoPublish();
 * }</pre>
 *
 * The connection maps the first vSwitch of each zone of the VPC spec (E4). By default the spec also associates
 * the connection with the router's system table, enables propagation into it and turns on auto-publish, which
 * is what the console does; each is a separate real action in the applied spec (E7, DE4), and each can be left
 * out. Immutable; the connection's reference is fixed when the spec is made.
 */
public final class VpcConnectionSpec {
  private final VpcSpec vpc;
  private final Ref<TransitRouterAttachmentId> ref;
  private final boolean associate;
  private final boolean propagate;
  private final boolean autoPublish;
  private final @Nullable String name;

  private VpcConnectionSpec(
      VpcSpec vpc, Ref<TransitRouterAttachmentId> ref, boolean associate, boolean propagate, boolean autoPublish,
      @Nullable String name) {
    this.vpc = vpc;
    this.ref = ref;
    this.associate = associate;
    this.propagate = propagate;
    this.autoPublish = autoPublish;
    this.name = name;
  }

  /** A connection of {@code vpc}, associated, propagating and auto-publishing. */
  public static VpcConnectionSpec of(VpcSpec vpc) {
    Checks.required(vpc, "VPC spec");
    return new VpcConnectionSpec(
        vpc, Ref.pending(TransitRouterAttachmentId.KIND, "connection of " + vpc.ref().label()), true, true, true, null);
  }

  /** Leaves out the association with the system table: traffic from the VPC finds no table (E8). */
  public VpcConnectionSpec withoutAssociation() {
    return new VpcConnectionSpec(vpc, ref, false, propagate, autoPublish, name);
  }

  /** Leaves out the propagation into the system table: the router does not learn the VPC's blocks (E9). */
  public VpcConnectionSpec withoutPropagation() {
    return new VpcConnectionSpec(vpc, ref, associate, false, autoPublish, name);
  }

  /** Leaves out auto-publish: the VPC learns no routes to the router (E16). */
  public VpcConnectionSpec withoutAutoPublish() {
    return new VpcConnectionSpec(vpc, ref, associate, propagate, false, name);
  }

  /** The connection's name (R4). */
  public VpcConnectionSpec named(String name) {
    return new VpcConnectionSpec(vpc, ref, associate, propagate, autoPublish, Checks.name(name, "transit router connection"));
  }

  /** The VPC. */
  public VpcSpec vpc() {
    return vpc;
  }

  /** The reference to the connection, for routes whose next hop it is. */
  public Ref<TransitRouterAttachmentId> ref() {
    return ref;
  }

  boolean associate() {
    return associate;
  }

  boolean propagate() {
    return propagate;
  }

  boolean autoPublish() {
    return autoPublish;
  }

  Optional<String> name() {
    return Optional.ofNullable(name);
  }
}
