package dev.cenkit.inmemory.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A deferred group index reads, compares and settles as the index with its changes made one by one. */
class DeferredGroupIndexTest {
  // "Aa" and "BB" (and "AaAa", "AaBB", "BBAa", "BBBB") have the same String hash code.
  private static final String[] SAME_HASH = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};

  private static <V> DeferredGroupIndex<String, Integer, V> empty() {
    return DeferredGroupIndex.of(GroupIndex.<String, Integer, V>natural());
  }

  @Test
  void randomRunsOfChangesReadAsTheSameChangesMadeOneByOne() {
    Random random = new Random(5);
    GroupIndex<String, Integer, Integer> oneByOne = GroupIndex.natural();
    DeferredGroupIndex<String, Integer, Integer> deferred = empty();
    List<DeferredGroupIndex<String, Integer, Integer>> earlier = new ArrayList<>();
    List<GroupIndex<String, Integer, Integer>> earlierExpected = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      String parent = random.nextInt(4) == 0 ? SAME_HASH[random.nextInt(SAME_HASH.length)] : "p" + random.nextInt(300);
      int key = random.nextInt(6);
      if (random.nextInt(3) == 0) {
        oneByOne = oneByOne.minus(parent, key);
        deferred = deferred.minus(parent, key);
      } else {
        oneByOne = oneByOne.plus(parent, key, step);
        deferred = deferred.plus(parent, key, step);
      }
      // runs of every length between reads: one change, a few (made one by one), many (made parent by parent)
      if (random.nextInt(random.nextBoolean() ? 3 : 400) == 0) {
        assertThat(deferred.get(parent)).isEqualTo(oneByOne.get(parent));
      }
      if (step % 1_000 == 0) {
        earlier.add(deferred);
        earlierExpected.add(oneByOne);
      }
    }
    assertThat(deferred.settled()).isEqualTo(oneByOne);
    assertThat(deferred.parents()).isEqualTo(oneByOne.parents());
    for (String parent : SAME_HASH) {
      assertThat(deferred.get(parent)).isEqualTo(oneByOne.get(parent));
    }
    for (int i = 0; i < earlier.size(); i++) {
      assertThat(earlier.get(i).settled()).isEqualTo(earlierExpected.get(i));
    }
  }

  @Test
  void aParentEmptiedInARunLeavesTheIndexAndParentsSharingItsHashKeepTheirChildren() {
    DeferredGroupIndex<String, Integer, String> index = empty();
    for (int i = 0; i < 20; i++) {
      index = index.plus("Aa", i, "a" + i).plus("BB", i, "b" + i);
    }
    for (int i = 0; i < 20; i++) {
      index = index.minus("Aa", i);
    }

    assertThat(index.get("Aa")).isEmpty();
    assertThat(index.get("BB")).hasSize(20).containsEntry(7, "b7");
    assertThat(index.parents()).isEqualTo(1);
  }

  @Test
  void changesAfterAReadAndPastTheLimitAreKeptAndEarlierStatesAreUntouched() {
    DeferredGroupIndex<String, Integer, Integer> first = empty();
    for (int i = 0; i < 50; i++) {
      first = first.plus("p" + (i % 7), i, i);
    }
    Map<Integer, Integer> seven = Map.copyOf(first.get("p0"));
    DeferredGroupIndex<String, Integer, Integer> later = first;
    for (int i = 50; i < DeferredGroupIndex.LIMIT + 100; i++) {
      later = later.plus("p" + (i % 7), i, i);
    }

    assertThat(first.get("p0")).isEqualTo(seven).hasSize(8);
    assertThat(later.get("p0")).hasSize((DeferredGroupIndex.LIMIT + 100 + 6) / 7);
    assertThat(later.settledIndex().hasPending()).isFalse();
    assertThat(later.settledIndex()).isEqualTo(later).hasSameHashCodeAs(later);
  }
}
