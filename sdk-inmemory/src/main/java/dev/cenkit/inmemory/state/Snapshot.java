package dev.cenkit.inmemory.state;

import dev.cenkit.spi.operation.Operation;
import dev.cenkit.model.Checks;
import dev.cenkit.spi.CloudSnapshot;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Everything that exists in an in-memory cloud at one moment: immutable, versioned, and made of persistent
 * per-product states so that a change copies only what it touches. The id sequence lives here too, so a
 * rejected operation consumes no id and ids stay deterministic.
 */
public final class Snapshot implements CloudSnapshot {
  private static final Snapshot EMPTY =
      new Snapshot(
          0,
          0,
          VpcState.EMPTY,
          CenState.EMPTY,
          ExpressConnectState.EMPTY,
          ApiGatewayState.EMPTY,
          FunctionComputeState.EMPTY,
          TransitRouterState.EMPTY,
          EcsState.EMPTY,
          GrantState.EMPTY,
          OperationHistory.EMPTY);

  private final long version;
  private final long idSequence;
  private final VpcState vpc;
  private final CenState cen;
  private final ExpressConnectState expressConnect;
  private final ApiGatewayState apiGateway;
  private final FunctionComputeState functionCompute;
  private final TransitRouterState transitRouter;
  private final EcsState ecs;
  private final GrantState grants;
  private final OperationHistory history;

  private Snapshot(
      long version,
      long idSequence,
      VpcState vpc,
      CenState cen,
      ExpressConnectState expressConnect,
      ApiGatewayState apiGateway,
      FunctionComputeState functionCompute,
      TransitRouterState transitRouter,
      EcsState ecs,
      GrantState grants,
      OperationHistory history) {
    this.version = version;
    this.idSequence = idSequence;
    this.vpc = vpc;
    this.cen = cen;
    this.expressConnect = expressConnect;
    this.apiGateway = apiGateway;
    this.functionCompute = functionCompute;
    this.transitRouter = transitRouter;
    this.ecs = ecs;
    this.grants = grants;
    this.history = history;
  }

  /** The empty cloud, version 0. */
  public static Snapshot empty() {
    return EMPTY;
  }

  @Override
  public long version() {
    return version;
  }

  /** How many ids have been handed out. */
  public long idSequence() {
    return idSequence;
  }

  @Override
  public VpcState vpc() {
    return vpc;
  }

  @Override
  public CenState cen() {
    return cen;
  }

  @Override
  public ExpressConnectState expressConnect() {
    return expressConnect;
  }

  @Override
  public ApiGatewayState apiGateway() {
    return apiGateway;
  }

  @Override
  public FunctionComputeState functionCompute() {
    return functionCompute;
  }

  @Override
  public TransitRouterState transitRouter() {
    return transitRouter;
  }

  /** With the transit-router state changed. */
  public Snapshot withTransitRouter(UnaryOperator<TransitRouterState> change) {
    Checks.required(change, "change (UnaryOperator<TransitRouterState>)");
    return new Snapshot(
        version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, change.apply(transitRouter), ecs, grants, history);
  }

  /** ECS instances and security groups. */
  public EcsState ecs() {
    return ecs;
  }

  @Override
  public GrantState grants() {
    return grants;
  }

  /** With the grants changed. */
  public Snapshot withGrants(UnaryOperator<GrantState> change) {
    Checks.required(change, "change (UnaryOperator<GrantState>)");
    return new Snapshot(
        version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, change.apply(grants), history);
  }

  /** With the ECS state changed. */
  public Snapshot withEcs(UnaryOperator<EcsState> change) {
    Checks.required(change, "change (UnaryOperator<EcsState>)");
    return new Snapshot(
        version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, change.apply(ecs), grants, history);
  }

  /** With the VPC state changed. */
  public Snapshot withVpc(UnaryOperator<VpcState> change) {
    Checks.required(change, "change (UnaryOperator<VpcState>)");
    return new Snapshot(version, idSequence, change.apply(vpc), cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants, history);
  }

  /** With the CEN state changed. */
  public Snapshot withCen(UnaryOperator<CenState> change) {
    Checks.required(change, "change (UnaryOperator<CenState>)");
    return new Snapshot(version, idSequence, vpc, change.apply(cen), expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants, history);
  }

  /** With the Express Connect state changed. */
  public Snapshot withExpressConnect(UnaryOperator<ExpressConnectState> change) {
    Checks.required(change, "change (UnaryOperator<ExpressConnectState>)");
    return new Snapshot(version, idSequence, vpc, cen, change.apply(expressConnect), apiGateway, functionCompute, transitRouter, ecs, grants, history);
  }

  /** With the API Gateway state changed. */
  public Snapshot withApiGateway(UnaryOperator<ApiGatewayState> change) {
    Checks.required(change, "change (UnaryOperator<ApiGatewayState>)");
    return new Snapshot(version, idSequence, vpc, cen, expressConnect, change.apply(apiGateway), functionCompute, transitRouter, ecs, grants, history);
  }

  /** With the Function Compute state changed. */
  public Snapshot withFunctionCompute(UnaryOperator<FunctionComputeState> change) {
    Checks.required(change, "change (UnaryOperator<FunctionComputeState>)");
    return new Snapshot(version, idSequence, vpc, cen, expressConnect, apiGateway, change.apply(functionCompute), transitRouter, ecs, grants, history);
  }

  /** With the id sequence advanced by one. */
  public Snapshot withNextId() {
    return new Snapshot(version, idSequence + 1, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants, history);
  }

  /**
   * How this snapshot came to be: the id seed and, when the cloud records its history, every accepted operation
   * (not part of equality).
   */
  public OperationHistory history() {
    return history;
  }

  /** With a fresh, recorded history for a cloud whose id source has {@code seed}; only for an empty snapshot. */
  public Snapshot seeded(long seed) {
    return seeded(seed, true);
  }

  /**
   * With a fresh history for a cloud whose id source has {@code seed}, recorded or not; only for an empty
   * snapshot.
   */
  public Snapshot seeded(long seed, boolean recordHistory) {
    return new Snapshot(version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants,
        OperationHistory.seeded(seed, recordHistory));
  }

  /**
   * With {@code operation} recorded as accepted by the commit that produces the next version; this very snapshot
   * when the history is not recorded.
   */
  public Snapshot withAccepted(Operation<?> operation) {
    return withAccepted(operation, dev.cenkit.model.AccountId.DEFAULT);
  }

  /**
   * With {@code operation}, executed by {@code account}, recorded as accepted by the commit that produces the next
   * version; this very snapshot when the history is not recorded.
   */
  public Snapshot withAccepted(Operation<?> operation, dev.cenkit.model.AccountId account) {
    Checks.required(operation, "operation");
    Checks.required(account, "account");
    if (!history.recorded()) {
      return this;
    }
    return new Snapshot(version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants,
        history.plus(version + 1, operation, account));
  }

  /**
   * With {@code operations}, executed by {@code account} in this order, recorded as accepted by the commit that
   * produces the next version (the steps of one spec); this very snapshot when the history is not recorded or
   * there are none. The same history as recording them one by one with {@link #withAccepted}.
   */
  public Snapshot withAcceptedAll(java.util.List<? extends Operation<?>> operations, dev.cenkit.model.AccountId account) {
    Checks.required(operations, "operations");
    Checks.required(account, "account");
    if (!history.recorded() || operations.isEmpty()) {
      return this;
    }
    return new Snapshot(version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants,
        history.plusAll(version + 1, operations, account));
  }

  /** The same content as the next version. */
  public Snapshot nextVersion() {
    // A commit settles the indexes whose changes were kept for it (see DeferredGroupIndex).
    return new Snapshot(version + 1, idSequence, vpc.settled(), cen.settled(), expressConnect, apiGateway, functionCompute,
        transitRouter, ecs, grants, history);
  }

  /** Whether every product state equals the other snapshot's (versions and id sequences aside). */
  public boolean sameContentAs(Snapshot other) {
    Checks.required(other, "other (Snapshot)");
    return vpc.equals(other.vpc)
        && cen.equals(other.cen)
        && expressConnect.equals(other.expressConnect)
        && apiGateway.equals(other.apiGateway)
        && functionCompute.equals(other.functionCompute)
        && transitRouter.equals(other.transitRouter)
        && ecs.equals(other.ecs)
        && grants.equals(other.grants);
  }

  /**
   * The names of the product states whose secondary indexes differ from the ones rebuilt from their primary
   * maps; empty when every index is consistent (the testkit's invariant check asks this after every change).
   */
  public java.util.List<String> indexDrift() {
    java.util.List<String> drift = new java.util.ArrayList<>();
    if (!vpc.sameIndexesAs(vpc.rebuilt())) {
      drift.add("vpc");
    }
    if (!cen.sameIndexesAs(cen.rebuilt())) {
      drift.add("cen");
    }
    if (!expressConnect.sameIndexesAs(expressConnect.rebuilt())) {
      drift.add("expressConnect");
    }
    if (!apiGateway.sameIndexesAs(apiGateway.rebuilt())) {
      drift.add("apiGateway");
    }
    return drift;
  }

  /** Equal when version, id sequence and every product state are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Snapshot)) {
      return false;
    }
    Snapshot s = (Snapshot) o;
    return s.version == version && s.idSequence == idSequence && sameContentAs(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, idSequence, vpc, cen, expressConnect, apiGateway, functionCompute, transitRouter, ecs, grants);
  }

  @Override
  public String toString() {
    return "Snapshot{version=" + version + ", vpcs=" + vpc.vpcs().size() + ", cens=" + cen.cens().size() + "}";
  }
}
