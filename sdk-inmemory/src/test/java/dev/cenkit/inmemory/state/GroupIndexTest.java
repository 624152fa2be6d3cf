package dev.cenkit.inmemory.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The group index behind every secondary index of a snapshot. */
class GroupIndexTest {
  // "Aa" and "BB" (and "AaAa", "AaBB", "BBAa", "BBBB") have the same String hash code.
  private static final String[] SAME_HASH = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};

  @Test
  void parentsWithTheSameHashCodeKeepTheirOwnChildren() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    GroupIndex<String, Integer, String> index = GroupIndex.natural();
    index = index.plus("Aa", 1, "a1").plus("BB", 2, "b2").plus("Aa", 3, "a3");
    assertThat(index.get("Aa")).containsExactly(Map.entry(1, "a1"), Map.entry(3, "a3"));
    assertThat(index.get("BB")).containsExactly(Map.entry(2, "b2"));
    assertThat(index.parents()).isEqualTo(2);

    GroupIndex<String, Integer, String> withoutA = index.minus("Aa", 1).minus("Aa", 3);
    assertThat(withoutA.get("Aa")).isEmpty();
    assertThat(withoutA.get("BB")).containsExactly(Map.entry(2, "b2"));
    assertThat(withoutA.parents()).isEqualTo(1);
    // the earlier index is untouched
    assertThat(index.get("Aa")).hasSize(2);
  }

  @Test
  void removingAChildThatIsNotThereGivesTheSameIndex() {
    GroupIndex<String, Integer, String> index = GroupIndex.<String, Integer, String>natural().plus("Aa", 1, "a1");
    assertThat(index.minus("Aa", 2)).isSameAs(index);
    assertThat(index.minus("BB", 1)).isSameAs(index);
  }

  @Test
  void equalContentMakesEqualIndexesWhateverTheOrderOfChanges() {
    GroupIndex<String, Integer, String> one = GroupIndex.natural();
    GroupIndex<String, Integer, String> other = GroupIndex.natural();
    for (int i = 0; i < SAME_HASH.length; i++) {
      one = one.plus(SAME_HASH[i], i, "v" + i);
    }
    for (int i = SAME_HASH.length - 1; i >= 0; i--) {
      other = other.plus(SAME_HASH[i], i, "v" + i);
    }
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.minus("AaBB", 3)).isNotEqualTo(other);
  }

  @Test
  void randomChangesAgreeWithAPlainMapOfSortedMaps() {
    randomChangesAgreeWithAPlainMap(GroupIndex.natural());
  }

  @Test
  void randomChangesOfAnIndexOfMostlyNewParentsAgreeWithAPlainMapOfSortedMaps() {
    randomChangesAgreeWithAPlainMap(GroupIndex.mostlyNew(java.util.Comparator.<Integer>naturalOrder()));
  }

  private static void randomChangesAgreeWithAPlainMap(GroupIndex<String, Integer, Integer> empty) {
    Random random = new Random(11);
    GroupIndex<String, Integer, Integer> index = empty;
    Map<String, TreeMap<Integer, Integer>> model = new HashMap<>();
    List<GroupIndex<String, Integer, Integer>> earlier = new ArrayList<>();
    List<Map<String, Map<Integer, Integer>>> earlierModels = new ArrayList<>();
    for (int step = 0; step < 5_000; step++) {
      // few parents, several sharing a hash code, so chains and the remembered parent are both exercised
      String parent = random.nextInt(4) == 0 ? SAME_HASH[random.nextInt(SAME_HASH.length)] : "p" + random.nextInt(40);
      int key = random.nextInt(8);
      if (random.nextInt(3) == 0) {
        if (random.nextBoolean()) {
          index.get(parent); // a read before the change, as a rule reads before its handler changes
        }
        index = index.minus(parent, key);
        TreeMap<Integer, Integer> children = model.get(parent);
        if (children != null) {
          children.remove(key);
          if (children.isEmpty()) {
            model.remove(parent);
          }
        }
      } else {
        index = index.plus(parent, key, step);
        model.computeIfAbsent(parent, p -> new TreeMap<>()).put(key, step);
      }
      if (step % 500 == 0) {
        earlier.add(index);
        earlierModels.add(copy(model));
      }
    }
    assertThat(index.parents()).isEqualTo(model.size());
    for (String parent : model.keySet()) {
      assertThat(index.get(parent)).isEqualTo(model.get(parent));
    }
    for (String parent : SAME_HASH) {
      assertThat(index.get(parent)).isEqualTo(model.getOrDefault(parent, new TreeMap<>()));
    }
    for (int i = 0; i < earlier.size(); i++) {
      Map<String, Map<Integer, Integer>> then = earlierModels.get(i);
      assertThat(earlier.get(i).parents()).isEqualTo(then.size());
      for (Map.Entry<String, Map<Integer, Integer>> e : then.entrySet()) {
        assertThat(earlier.get(i).get(e.getKey())).isEqualTo(e.getValue());
      }
    }
  }

  private static Map<String, Map<Integer, Integer>> copy(Map<String, TreeMap<Integer, Integer>> model) {
    Map<String, Map<Integer, Integer>> copy = new HashMap<>();
    model.forEach((k, v) -> copy.put(k, new TreeMap<>(v)));
    return copy;
  }
}
