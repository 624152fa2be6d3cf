package dev.cenkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.InMemoryCloud;
import dev.cenkit.inmemory.internal.Internals;
import dev.cenkit.inmemory.state.OperationHistory;
import dev.cenkit.inmemory.state.Snapshot;
import dev.cenkit.spi.operation.Operation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Linearizable writes: several writer threads hammer one cloud with generated operations while a reader checks
 * every snapshot it sees. Each accepted operation is recorded with the versions seen just before and just after
 * the call; its commit must lie inside that interval, every accepted operation is committed exactly once and no
 * rejected one at all, and replaying the accepted operations sequentially in commit order on a fresh cloud gives
 * an equal snapshot. Bounded: a fixed number of operations per writer.
 */
class LinearizabilityTest {
  private static final int WRITERS = 4;
  private static final int OPERATIONS_PER_WRITER = 150;
  private static final long SEED = 15;

  // An accepted call that changes nothing commits nothing, so it has no version; every other accepted call has one.

  /** One accepted call: the operation and the snapshot versions seen right before and right after it. */
  private record Accepted(Operation<?> operation, long versionBefore, long versionAfter) {}

  @Test
  void concurrentWritersAreLinearizableAndReplayingTheirCommitsGivesAnEqualSnapshot() throws Exception {
    InMemoryCloud cloud = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).seed(SEED).recordHistory(true).build();
    TopologyGenerator.generate(SEED, TopologySize.everything().withRegions(3).withCens(2)).applyTo(cloud);
    int setupEntries = Internals.state(cloud).history().entries().size();

    ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Operation<?>> rejected = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      SplittableRandom random = new SplittableRandom(SEED * 31 + w);
      writers.add(pool.submit(() -> {
        OperationGenerator operations = new OperationGenerator();
        start.await();
        for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
          Operation<?> op = operations.next(random, cloud.snapshot());
          long before = cloud.snapshot().version();
          try {
            cloud.execute(op);
            accepted.add(new Accepted(op, before, cloud.snapshot().version()));
          } catch (CenkitException e) {
            rejected.add(op);
          }
        }
        return null;
      }));
    }
    Future<Integer> reader = pool.submit(() -> {
      start.await();
      long last = -1;
      int checked = 0;
      while (writing.get() || checked == 0) {
        Snapshot s = Internals.state(cloud);
        if (s.version() < last) {
          problems.add("the version went back from " + last + " to " + s.version());
        }
        if (s.version() != last) {
          Invariants.violations(s).forEach(v -> problems.add("version " + s.version() + ": " + v));
          checked++;
        }
        last = s.version();
      }
      return checked;
    });
    start.countDown();
    for (Future<?> w : writers) {
      w.get(60, TimeUnit.SECONDS);
    }
    writing.set(false);
    int snapshotsChecked = reader.get(60, TimeUnit.SECONDS);
    pool.shutdown();

    Snapshot end = Internals.state(cloud);
    assertThat(problems).as("what the reader saw").isEmpty();
    assertThat(Invariants.violations(end)).isEmpty();
    assertThat(accepted.size() + rejected.size()).isEqualTo(WRITERS * OPERATIONS_PER_WRITER);
    assertThat(accepted).as("some writes are accepted").hasSizeGreaterThan(WRITERS * 10);

    List<OperationHistory.Entry> commits = end.history().entries().subList(setupEntries, end.history().entries().size());
    Map<Operation<?>, Long> committedAt = new IdentityHashMap<>();
    long previous = setupEntries == 0 ? 0 : end.history().entries().get(setupEntries - 1).commitVersion();
    for (OperationHistory.Entry e : commits) {
      assertThat(e.commitVersion()).as("one commit per accepted operation, in order").isEqualTo(previous + 1);
      previous = e.commitVersion();
      assertThat(committedAt.put(e.operation(), e.commitVersion())).as("committed once: %s", e.operation().describe()).isNull();
    }
    assertThat(end.version()).isEqualTo(previous);
    Map<Operation<?>, Boolean> acceptedOps = new IdentityHashMap<>();
    int unchanged = 0;
    for (Accepted a : accepted) {
      acceptedOps.put(a.operation(), true);
      Long at = committedAt.get(a.operation());
      if (at == null) {
        unchanged++; // accepted but changed nothing (e.g. abolishing an API not deployed): no commit
        continue;
      }
      assertThat(at).as("the commit of %s lies within its call", a.operation().describe())
          .isGreaterThan(a.versionBefore()).isLessThanOrEqualTo(a.versionAfter());
    }
    assertThat(acceptedOps.keySet()).as("every commit is an accepted call").containsAll(committedAt.keySet());
    Map<Operation<?>, Boolean> refused = new IdentityHashMap<>();
    rejected.forEach(op -> refused.put(op, true));
    assertThat(Collections.disjoint(refused.keySet(), committedAt.keySet())).as("no rejected operation is committed").isTrue();
    assertThat(committedAt.size() + unchanged).isEqualTo(accepted.size());

    InMemoryCloud replay = InMemoryCloud.builder().quotas(GeneratedTopology.quotas()).seed(SEED).build();
    TopologyGenerator.generate(SEED, TopologySize.everything().withRegions(3).withCens(2)).applyTo(replay);
    for (OperationHistory.Entry e : commits) {
      replay.execute(e.operation());
    }
    assertThat(Internals.state(replay.snapshot()).sameContentAs(end)).as("sequential replay in commit order").isTrue();
    assertThat(replay.snapshot().version()).isEqualTo(end.version());
    assertThat(Internals.state(replay.snapshot()).idSequence()).isEqualTo(end.idSequence());
    System.out.println("linearizability: " + WRITERS + " writers, " + accepted.size() + " accepted, " + rejected.size()
        + " rejected (" + unchanged + " accepted without change), " + snapshotsChecked + " snapshots checked by the reader");
  }
}
