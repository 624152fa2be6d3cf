package dev.cenkit.dsl;

import dev.cenkit.spi.Ref;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.RuleId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.RegionId;
import dev.cenkit.model.cen.RegionPair;
import dev.cenkit.model.tr.PeerBandwidthType;
import dev.cenkit.model.tr.TransitRouterAttachmentId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The description of an inter-region connection between the transit routers of two regions, handed to
 * {@link EnterpriseCenSpec#peer(PeerConnectionSpec)}:
 *
 * <pre>{@code
 * PeerConnectionSpec.between(CN_HANGZHOU, CN_BEIJING)
 *     .bandwidth(Cenkit.bandwidthPlan(2).between(Area.CHINA, Area.CHINA), 2)
 * }</pre>
 *
 * Without bandwidth the connection carries test traffic only (E27). By default it is associated with and
 * propagates into the system table on both routers (E15); either can be left out. Immutable.
 */
public final class PeerConnectionSpec {
  private final RegionId local;
  private final RegionId peer;
  private final Ref<TransitRouterAttachmentId> ref;
  private final @Nullable BandwidthPlanSpec plan;
  private final @Nullable PeerBandwidthType type;
  private final long mbps;
  private final boolean associate;
  private final boolean propagate;

  private PeerConnectionSpec(
      RegionId local, RegionId peer, Ref<TransitRouterAttachmentId> ref, @Nullable BandwidthPlanSpec plan,
      @Nullable PeerBandwidthType type, long mbps, boolean associate, boolean propagate) {
    this.local = local;
    this.peer = peer;
    this.ref = ref;
    this.plan = plan;
    this.type = type;
    this.mbps = mbps;
    this.associate = associate;
    this.propagate = propagate;
  }

  /**
   * A connection created on the router of {@code local} to the router of {@code peer}.
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code ParameterIllegal.OppositeRegionId} when the regions
   *     are equal
   */
  public static PeerConnectionSpec between(RegionId local, RegionId peer) {
    RegionPair.of(Checks.required(local, "local region"), Checks.required(peer, "peer region"));
    return new PeerConnectionSpec(
        local, peer, Ref.pending(TransitRouterAttachmentId.KIND, "connection " + local + " <-> " + peer), null, null,
        0, true, true);
  }

  /**
   * Buys {@code plan} for the CEN (created and associated) and draws {@code mbps} Mbit/s from it (E14, E28).
   *
   * @throws dev.cenkit.error.InvalidParameterException {@code IllegalParam.Bandwidth} when {@code mbps} is not
   *     positive
   */
  public PeerConnectionSpec bandwidth(BandwidthPlanSpec plan, long mbps) {
    Checks.required(plan, "bandwidth plan");
    positive(mbps);
    return new PeerConnectionSpec(
        local, peer, ref, plan, PeerBandwidthType.BANDWIDTH_PACKAGE, mbps, associate, propagate);
  }

  /** Pay-by-data-transfer with a cap of {@code mbps} Mbit/s (E14). */
  public PeerConnectionSpec dataTransfer(long mbps) {
    positive(mbps);
    return new PeerConnectionSpec(local, peer, ref, null, PeerBandwidthType.DATA_TRANSFER, mbps, associate, propagate);
  }

  private static void positive(long mbps) {
    if (mbps <= 0) {
      throw ErrorCode.ILLEGAL_PARAM_BANDWIDTH.exception(
          RuleId.E14, "an inter-region connection's bandwidth must be positive, got " + mbps, mbps);
    }
  }

  /** Leaves out the associations on both routers: traffic arriving from the peer finds no table (E8). */
  public PeerConnectionSpec withoutAssociation() {
    return new PeerConnectionSpec(local, peer, ref, plan, type, mbps, false, propagate);
  }

  /** Leaves out the propagations on both routers: no route crosses the regions (E15). */
  public PeerConnectionSpec withoutPropagation() {
    return new PeerConnectionSpec(local, peer, ref, plan, type, mbps, associate, false);
  }

  /** The region of the router the connection is created on. */
  public RegionId local() {
    return local;
  }

  /** The region of the peer router. */
  public RegionId peer() {
    return peer;
  }

  /** The reference to the connection. */
  public Ref<TransitRouterAttachmentId> ref() {
    return ref;
  }

  Optional<BandwidthPlanSpec> plan() {
    return Optional.ofNullable(plan);
  }

  Optional<PeerBandwidthType> type() {
    return Optional.ofNullable(type);
  }

  long mbps() {
    return mbps;
  }

  boolean associate() {
    return associate;
  }

  boolean propagate() {
    return propagate;
  }
}
