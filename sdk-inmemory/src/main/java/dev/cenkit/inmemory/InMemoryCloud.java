package dev.cenkit.inmemory;

import com.google.common.collect.MapMaker;
import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.CenkitException;
import dev.cenkit.error.ErrorCode;
import dev.cenkit.error.FailedStep;
import dev.cenkit.inmemory.ids.IdSource;
import dev.cenkit.inmemory.ops.OperationHandlers;
import dev.cenkit.inmemory.ops.Txn;
import dev.cenkit.inmemory.ops.apigateway.ApiGatewayOperations;
import dev.cenkit.inmemory.ops.cen.CenOperations;
import dev.cenkit.inmemory.ops.ecs.EcsOperations;
import dev.cenkit.inmemory.ops.expressconnect.ExpressConnectOperations;
import dev.cenkit.inmemory.ops.fc.FunctionComputeOperations;
import dev.cenkit.inmemory.ops.tr.TransitRouterOperations;
import dev.cenkit.inmemory.ops.vpc.VpcOperations;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.inmemory.reach.ReachabilityEngine;
import dev.cenkit.inmemory.routing.CenRouteTable;
import dev.cenkit.inmemory.rules.Lookups;
import dev.cenkit.inmemory.rules.TransitRouterLookups;
import dev.cenkit.inmemory.routing.TransitRouterRouteTables;
import dev.cenkit.model.tr.TransitRouterRouteEntry;
import dev.cenkit.model.tr.TransitRouterRouteTableId;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.model.AccountId;
import dev.cenkit.model.Checks;
import dev.cenkit.model.ResourceId;
import dev.cenkit.model.cen.CenId;
import dev.cenkit.model.cen.CenRouteEntry;
import dev.cenkit.reach.ReachabilityAnalyzer;
import dev.cenkit.spi.ApplyResult;
import dev.cenkit.spi.Bindings;
import dev.cenkit.spi.CloudProvider;
import dev.cenkit.spi.CloudSnapshot;
import dev.cenkit.spi.Ref;
import dev.cenkit.spi.Spec;
import dev.cenkit.spi.SpecSource;
import dev.cenkit.spi.Step;
import dev.cenkit.spi.operation.Operation;
import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory reference cloud: a {@link CloudProvider} that enforces the rules of the catalog with the
 * real action names and error codes.
 *
 * <p>State is an immutable {@link Snapshot}. Every accepted operation, and every whole spec, commits by
 * swapping in a new snapshot; a rejected one leaves the current snapshot in place, so {@link #snapshot()}
 * is then equal to what it was before. The cloud acts as {@link AccountId#DEFAULT}; {@link #asAccount} acts as
 * another account on the same state (R8, R48, E18). Writers are serialised and readers never block, so the cloud is safe
 * to share between threads: readers always see a complete state and no accepted write is lost. Two clouds
 * never share state.
 *
 * <pre>{@code
 * InMemoryCloud cloud = InMemoryCloud.create();
 * cloud.apply(Cenkit.cen().named("api-mesh").attachNew(vpc1).attachNew(vpc3));
 * }</pre>
 */
public final class InMemoryCloud implements CloudProvider {
  /** The seed of {@link #create()}. */
  public static final long DEFAULT_SEED = 20170912L;

  private final AtomicReference<Snapshot> current;
  private final AtomicReference<ReachabilityEngine> lastEngine = new AtomicReference<>();
  private final ReentrantLock writeLock = new ReentrantLock();
  private final OperationHandlers handlers = new OperationHandlers();
  private final Quotas quotas;
  private final IdSource ids;
  /**
   * The steps of every spec committed on this cloud, by identity, each with the id it created (or
   * {@link #RAN} when it created none); weakly held, so a spec nobody keeps is forgotten. Applying a step again
   * would create its resource a second time. The text of what a step did is written only when it is refused.
   */
  private final Map<Step<?>, Object> appliedSteps = new MapMaker().concurrencyLevel(1).weakKeys().makeMap();

  /** What {@link #appliedSteps} holds for a step that created no resource. */
  private static final Object RAN = new Object();

  private InMemoryCloud(Quotas quotas, long seed, boolean recordHistory) {
    this.quotas = quotas;
    this.ids = new IdSource(seed);
    this.current = new AtomicReference<>(Snapshot.empty().seeded(seed, recordHistory));
    VpcOperations.register(handlers);
    CenOperations.register(handlers);
    ExpressConnectOperations.register(handlers);
    ApiGatewayOperations.register(handlers);
    FunctionComputeOperations.register(handlers);
    TransitRouterOperations.register(handlers);
    EcsOperations.register(handlers);
  }

  /** An empty cloud with the default quotas and seed. */
  public static InMemoryCloud create() {
    return builder().build();
  }

  /** A builder for a cloud with other quotas or another id seed. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures an {@link InMemoryCloud}. */
  public static final class Builder {
    private Quotas quotas = Quotas.defaults();
    private long seed = DEFAULT_SEED;
    private boolean recordHistory = true;

    private Builder() {}

    /** The quotas to enforce; {@link Quotas#defaults()} if not set. */
    public Builder quotas(Quotas quotas) {
      this.quotas = Checks.required(quotas, "quotas");
      return this;
    }

    /** The seed of the deterministic id source. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Whether the cloud's snapshots keep every accepted operation, which
     * {@link dev.cenkit.inmemory.files.SnapshotFiles} needs to write them to a file (the file replays them through
     * the API). On by default, so any cloud can be written to a file; turn it off for a long-lived cloud that
     * accepts many mutations and is never written: it then keeps only its current resources, and its heap stays
     * flat however many mutations it accepts.
     */
    public Builder recordHistory(boolean recordHistory) {
      this.recordHistory = recordHistory;
      return this;
    }

    /** The cloud, empty. */
    public InMemoryCloud build() {
      return new InMemoryCloud(quotas, seed, recordHistory);
    }
  }

  /** The quotas this cloud enforces. */
  public Quotas quotas() {
    return quotas;
  }

  /** The actions this cloud models, sorted; any other action is rejected with {@code cenkit.NotModeled}. */
  public Set<String> modeledActions() {
    return handlers.actions();
  }

  /**
   * The current state, as the API's read-only views. Rejected operations leave it the same object; every
   * accepted one gives a new one.
   */
  @Override
  public CloudSnapshot snapshot() {
    return current.get();
  }

  /**
   * A reachability analyzer for the current snapshot. Its indexes are derived once per snapshot and shared by
   * every caller asking of the same snapshot; a later change gives a new analyzer and leaves this one as it is.
   */
  public ReachabilityAnalyzer reachability() {
    Snapshot s = current.get();
    ReachabilityEngine engine = lastEngine.get();
    if (engine == null) {
      engine = ReachabilityEngine.of(s);
      lastEngine.set(engine);
    } else if (engine.snapshot() != s) {
      engine = engine.next(s);
      lastEngine.set(engine);
    }
    return engine;
  }

  /**
   * This cloud as seen by another account: a provider that shares this cloud's state and runs every operation and
   * spec as {@code account}, which owns the CENs, VPCs and VBRs it creates and decides the cross-account rules (R8,
   * R48, E18). The cloud itself acts as {@link AccountId#DEFAULT}.
   *
   * <p>Before every operation one check (the rules' {@code AccountVisibility}) answers a CEN, VPC or VBR id of
   * another account with its not-found code, unless the request names that owner itself ({@code ChildInstanceOwnerId},
   * {@code VpcOwnerId}, {@code VbrOwnerId}, {@code CenOwnerId}) for the cross-account rules to decide. The model is
   * narrow: only CENs, VPCs and VBRs have owners (their children are not checked by id), and every describe and
   * {@link #snapshot()} see the whole cloud, each CEN, VPC and VBR carrying its {@code ownerId}. {@link #preview} and {@link #reachability} are the cloud's own (previews run as the default
   * account).
   *
   * @throws dev.cenkit.error.MissingParameterException when {@code account} is null
   */
  public CloudProvider asAccount(AccountId account) {
    return new AccountView(Checks.required(account, "account"));
  }

  @Override
  public <R> R execute(Operation<R> operation) {
    return execute(operation, AccountId.DEFAULT);
  }

  private <R> R execute(Operation<R> operation, AccountId caller) {
    Checks.required(operation, "operation");
    writeLock.lock();
    try {
      Txn txn = new Txn(current.get(), ids, quotas, caller);
      R result = handleAndRecord(txn, operation);
      commit(txn);
      return result;
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public List<CenRouteEntry> describeCenRouteEntries(CenId cenId) {
    Checks.required(cenId, "CEN id");
    Snapshot s = current.get();
    Lookups.cen(s, cenId);
    return CenRouteTable.of(s, cenId).routes();
  }

  /**
   * {@code ListTransitRouters}: the routers of a CEN, ordered by id; for a Basic CEN its implicit Basic routers,
   * one per region it has attached instances in (DE18), the very routers the reachability engine forwards its
   * traffic through.
   */
  @Override
  public List<dev.cenkit.model.tr.TransitRouter> listTransitRouters(CenId cenId) {
    Checks.required(cenId, "CEN id");
    Snapshot s = current.get();
    if (!dev.cenkit.inmemory.rules.TransitRouterRules.isBasic(s, cenId)) {
      return s.transitRouter().transitRoutersOf(cenId);
    }
    List<dev.cenkit.model.tr.TransitRouter> routers =
        new java.util.ArrayList<>(dev.cenkit.inmemory.routing.BasicRouters.of(s, CenRouteTable.of(s, cenId)).routers());
    routers.sort(java.util.Comparator.comparing(r -> r.id().value()));
    return List.copyOf(routers);
  }

  @Override
  public List<TransitRouterRouteEntry> listTransitRouterRouteEntries(TransitRouterRouteTableId routeTableId) {
    Checks.required(routeTableId, "route table id");
    Snapshot s = current.get();
    TransitRouterLookups.table(s, routeTableId);
    return TransitRouterRouteTables.of(s).entries(routeTableId);
  }

  @Override
  public ApplyResult apply(SpecSource source) {
    return apply(source, AccountId.DEFAULT);
  }

  private ApplyResult apply(SpecSource source, AccountId caller) {
    Checks.required(source, "spec");
    Spec spec = Checks.required(source.toSpec(), "spec");
    writeLock.lock();
    try {
      refuseStepsAppliedBefore(spec);
      Txn txn = new Txn(current.get(), ids, quotas, caller);
      List<Step<?>> steps = spec.steps();
      SpecBindings bindings = new SpecBindings(steps.size());
      Object[] results = new Object[steps.size()];
      ResourceId[] created = new ResourceId[steps.size()];
      run(txn, steps, bindings, results, created);
      Snapshot committed = commit(txn);
      for (int i = 0; i < results.length; i++) {
        appliedSteps.put(steps.get(i), created[i] == null ? RAN : created[i]);
      }
      return new ApplyResult(steps, Arrays.asList(results), bindings, committed);
    } finally {
      writeLock.unlock();
    }
  }

  private void refuseStepsAppliedBefore(Spec spec) {
    if (appliedSteps.isEmpty()) {
      return; // nothing applied yet: no step to refuse
    }
    for (Step<?> step : spec.steps()) {
      Object did = appliedSteps.get(step);
      if (did != null) {
        throw ErrorCode.SPEC_ALREADY_APPLIED.exception(
            null,
            "step '"
                + step.label()
                + "' of this spec was already applied to this cloud ("
                + whatItDid(step, did)
                + "); applying it again would do it twice. Describe new resources with a new spec, and refer to"
                + " those that exist with the …Existing methods of the builders (attachExisting, inExisting, …)",
            step.label());
      }
    }
  }

  private static String whatItDid(Step<?> step, Object did) {
    return did instanceof ResourceId ? "it created " + ((ResourceId) did).value() : "it ran " + step.label();
  }

  /**
   * What applying {@code source} would give, committing nothing: the snapshot it would produce and an analyzer
   * for it (sharing the current analyzer's route tables for every CEN the spec does not touch). The same rules
   * run and the same errors are thrown as by {@link #apply}; either way the cloud's snapshot stays the same
   * object. Ask {@code preview.reachability().matrix(...)} and {@code diff} it with the current matrix to see
   * which pairs a change would break.
   */
  public Preview preview(SpecSource source) {
    Checks.required(source, "spec");
    Spec spec = Checks.required(source.toSpec(), "spec");
    refuseStepsAppliedBefore(spec);
    Snapshot start = current.get();
    Txn txn = new Txn(start, ids, quotas);
    List<Step<?>> steps = spec.steps();
    SpecBindings bindings = new SpecBindings(steps.size());
    Object[] results = new Object[steps.size()];
    run(txn, steps, bindings, results, new ResourceId[steps.size()]);
    Snapshot previewed = txn.changed() ? txn.state().nextVersion() : start;
    ReachabilityEngine base = lastEngine.get();
    ReachabilityEngine engine = base == null ? ReachabilityEngine.of(previewed) : base.next(previewed);
    return new Preview(new ApplyResult(steps, Arrays.asList(results), bindings, previewed), previewed, engine);
  }

  /**
   * Runs the steps in order, keeping each one's result and created id at its index; the operations that changed the
   * state are recorded in the history together at the end (they commit together: one snapshot for all of them).
   */
  private void run(Txn txn, List<Step<?>> steps, SpecBindings bindings, Object[] results, ResourceId[] created) {
    List<Operation<?>> accepted = new java.util.ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      runStep(txn, steps.get(i), i, steps.size(), bindings, results, created, accepted);
    }
    if (!accepted.isEmpty()) {
      txn.update(s -> s.withAcceptedAll(accepted, txn.caller()));
    }
  }

  private <R> void runStep(
      Txn txn, Step<R> step, int index, int total, SpecBindings bindings, Object[] results, ResourceId[] created,
      List<Operation<?>> accepted) {
    Operation<R> operation = null;
    try {
      operation = step.operation(bindings);
      Snapshot before = txn.state();
      R result = handlers.handle(txn, operation);
      if (txn.state() != before) {
        accepted.add(operation);
      }
      results[index] = result;
      Optional<Ref<?>> produces = step.produces();
      if (produces.isPresent()) {
        ResourceId id = step.createdId(result).orElseThrow();
        bindings.bind(produces.get(), id);
        created[index] = id;
      }
    } catch (CenkitException e) {
      // Described only when it failed: describing every step of a large spec costs more than applying it.
      throw e.atStep(new FailedStep(index + 1, total, describe(step, operation)));
    } catch (RuntimeException e) {
      String described = describe(step, operation);
      CenkitException typed = ErrorCode.SPEC_STEP_FAILED.exception(null, "the step failed with " + e, described);
      typed.initCause(e);
      throw typed.atStep(new FailedStep(index + 1, total, described));
    }
  }

  private static String describe(Step<?> step, @Nullable Operation<?> operation) {
    if (operation == null) {
      return step.label();
    }
    try {
      return operation.describe();
    } catch (RuntimeException e) {
      return step.label();
    }
  }

  /** Runs the operation's handler and, when it changed the state, records it in the snapshot's history. */
  private <R> R handleAndRecord(Txn txn, Operation<R> operation) {
    Snapshot before = txn.state();
    R result = handlers.handle(txn, operation);
    if (txn.state() != before) {
      txn.update(s -> s.withAccepted(operation, txn.caller()));
    }
    return result;
  }

  /**
   * The request types this cloud accepts for a real action name, e.g. {@code CreateVpcRequest} for
   * {@code "CreateVpc"} (an action of both CEN editions has one per edition); empty for an action it does not
   * model.
   */
  public List<Class<?>> requestTypes(String action) {
    Checks.required(action, "action");
    return handlers.requestTypes(action);
  }

  private Snapshot commit(Txn txn) {
    if (!txn.changed()) {
      return current.get();
    }
    Snapshot next = txn.state().nextVersion();
    current.set(next);
    return next;
  }

  /** The ids bound to a spec's pending references while it is applied. */
  private static final class SpecBindings implements Bindings {
    private final Map<Ref<?>, ResourceId> bound;

    SpecBindings(int steps) {
      this.bound = new IdentityHashMap<>(steps);
    }

    void bind(Ref<?> ref, ResourceId id) {
      if (id == null) {
        Checks.required(id, "id created for " + ref.label());
      }
      if (!id.kind().equals(ref.kind())) {
        throw ErrorCode.SPEC_REFERENCE_UNRESOLVED.exception(
            null, ref.label() + " stands for a " + ref.kind().description() + " but its step created " + id, id);
      }
      ResourceId before = bound.put(ref, id); // one search, where putIfAbsent of an IdentityHashMap takes two
      if (before != null) {
        bound.put(ref, before);
        throw ErrorCode.SPEC_REFERENCE_UNRESOLVED.exception(
            null, ref.label() + " is created twice in this spec", id);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <I extends ResourceId> I resolve(Ref<I> ref) {
      Checks.required(ref, "reference");
      if (ref.existingId().isPresent()) {
        return ref.existingId().get();
      }
      ResourceId id = bound.get(ref);
      if (id == null) {
        throw ErrorCode.SPEC_REFERENCE_UNRESOLVED.exception(
            null, ref.label() + " neither exists nor is created by an earlier step of this spec", ref.label());
      }
      return (I) id;
    }
  }

  /** The provider of {@link #asAccount}: this cloud's state, another caller. */
  private final class AccountView implements CloudProvider {
    private final AccountId account;

    AccountView(AccountId account) {
      this.account = account;
    }

    @Override
    public <R> R execute(Operation<R> operation) {
      return InMemoryCloud.this.execute(operation, account);
    }

    @Override
    public CloudSnapshot snapshot() {
      return InMemoryCloud.this.snapshot();
    }

    @Override
    public ApplyResult apply(SpecSource spec) {
      return InMemoryCloud.this.apply(spec, account);
    }

    @Override
    public List<CenRouteEntry> describeCenRouteEntries(CenId cenId) {
      return InMemoryCloud.this.describeCenRouteEntries(cenId);
    }

    @Override
    public List<dev.cenkit.model.tr.TransitRouter> listTransitRouters(CenId cenId) {
      return InMemoryCloud.this.listTransitRouters(cenId);
    }

    @Override
    public List<TransitRouterRouteEntry> listTransitRouterRouteEntries(TransitRouterRouteTableId routeTableId) {
      return InMemoryCloud.this.listTransitRouterRouteEntries(routeTableId);
    }

    @Override
    public String toString() {
      return "InMemoryCloud{account=" + account + ", " + snapshot() + "}";
    }
  }

  @Override
  public String toString() {
    return "InMemoryCloud{" + snapshot() + "}";
  }
}
