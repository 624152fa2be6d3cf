package dev.cenkit.spi;

/**
 * A cloud that cenkit can drive: one method per real Alibaba Cloud action (grouped by product in the
 * interfaces it extends), plus {@link #apply(SpecSource)} for specs built with the fluent builders, and
 * {@link #snapshot()} for reading.
 *
 * <p>Every method validates its input; a rejected call raises a typed
 * {@link dev.cenkit.error.CenkitException} carrying the Alibaba error code and leaves the state exactly as it
 * was.
 */
public interface CloudProvider
    extends VpcService,
        CenService,
        ExpressConnectService,
        ApiGatewayService,
        FunctionComputeService,
        TransitRouterService,
        EcsService {
  /**
   * Applies every step of a spec, all or nothing: if any step is rejected, none of the earlier steps is
   * visible afterwards and the exception names the failing step ({@link
   * dev.cenkit.error.CenkitException#failedStep()}).
   */
  ApplyResult apply(SpecSource spec);

  /** Applies a spec that describes one resource (with what it needs) and returns that resource. */
  default <T> T create(ResourceSpec<T> spec) {
    return apply(spec).resultOf(spec);
  }
}
