package dev.cenkit.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cenkit.dsl.Cenkit;
import dev.cenkit.error.CenkitException;
import dev.cenkit.inmemory.quota.Quotas;
import dev.cenkit.model.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Several threads applying disjoint specs to one cloud: no accepted write is lost, no reader sees half a spec. */
class ConcurrencyTest {
  private static final int THREADS = 6;
  private static final int SPECS_PER_THREAD = 25;

  @Test
  void concurrentDisjointSpecsAreAllPresentAndEachIsOneVersion() throws Exception {
    InMemoryCloud cloud =
        InMemoryCloud.builder()
            .quotas(Quotas.builder().vpcsPerRegion(1000).censPerAccount(1000).build())
            .build();
    List<RegionId> regions = List.of(RegionId.CN_HANGZHOU, RegionId.CN_BEIJING, RegionId.CN_SHANGHAI);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger tornReads = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < SPECS_PER_THREAD; i++) {
            RegionId region = regions.get(i % regions.size());
            String name = "t" + thread + "-" + i;
            String block = "10." + (thread * SPECS_PER_THREAD + i) + ".0.0/16";
            String vsw = "10." + (thread * SPECS_PER_THREAD + i) + ".1.0/24";
            try {
              cloud.apply(Cenkit.cen().named(name).attachNew(Cenkit.vpc(region).named(name).cidr(block).vSwitch(region.id() + "-a", vsw)));
              accepted.incrementAndGet();
            } catch (CenkitException e) {
              throw new AssertionError("a disjoint spec was rejected: " + e.getMessage(), e);
            }
          }
          return null;
        }));
      }
      Future<?> reader = pool.submit(() -> {
        start.await();
        while (accepted.get() < THREADS * SPECS_PER_THREAD) {
          var s = cloud.snapshot();
          // Every spec creates one CEN, one VPC, one vSwitch and one attachment in a single commit.
          int cens = s.cen().cens().size();
          if (s.vpc().vpcs().size() != cens || s.vpc().vSwitches().size() != cens || s.cen().attachments().size() != cens
              || s.version() != cens) {
            tornReads.incrementAndGet();
          }
        }
        return null;
      });
      start.countDown();
      for (Future<?> w : writers) {
        w.get(60, TimeUnit.SECONDS);
      }
      reader.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    int expected = THREADS * SPECS_PER_THREAD;
    assertThat(accepted.get()).isEqualTo(expected);
    assertThat(tornReads.get()).isZero();
    assertThat(cloud.snapshot().version()).isEqualTo(expected);
    assertThat(cloud.describeCens()).hasSize(expected);
    assertThat(cloud.describeVpcs()).hasSize(expected).extracting(v -> v.name().orElseThrow()).doesNotHaveDuplicates();
    assertThat(cloud.snapshot().cen().attachments()).hasSize(expected);
  }
}
