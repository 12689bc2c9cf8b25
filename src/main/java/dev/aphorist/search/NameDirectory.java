package dev.aphorist.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Prefix lookup of a small set of names (authors, tags): typing the start of any word of a name
 * finds it, most used names first. A sorted key array and binary search: authors and tags number in
 * the thousands at most, so this stays far under a millisecond.
 */
final class NameDirectory {

  private final String[] keys;
  private final int[] nameOfKey;
  private final String[] names;
  private final long[] weights;
  private final List<String> byWeight;

  private NameDirectory(String[] keys, int[] nameOfKey, String[] names, long[] weights) {
    this.keys = keys;
    this.nameOfKey = nameOfKey;
    this.names = names;
    this.weights = weights;
    Integer[] order = new Integer[names.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, this::compareNames);
    List<String> sorted = new ArrayList<>(names.length);
    for (int i : order) {
      sorted.add(names[i]);
    }
    this.byWeight = List.copyOf(sorted);
  }

  /**
   * @param weightByName each name and how many quotes carry it
   * @param aliases extra spellings of a name that should find it (e.g. an author's handle)
   */
  static NameDirectory of(Map<String, Long> weightByName, Function<String, List<String>> aliases) {
    String[] names = weightByName.keySet().stream().sorted().toArray(String[]::new);
    long[] weights = new long[names.length];
    List<String> keyList = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      weights[i] = weightByName.get(names[i]);
      Set<String> keys = new LinkedHashSet<>();
      List<String> spellings = new ArrayList<>(aliases.apply(names[i]));
      spellings.add(0, names[i]);
      for (String spelling : spellings) {
        String key = normalize(spelling);
        // Every word start: "mag" finds "Joe Magerramov", "sys" finds "distributed-systems".
        for (int at = 0; at < key.length(); at++) {
          if (at == 0 || key.charAt(at - 1) == ' ') {
            keys.add(key.substring(at));
          }
        }
      }
      for (String key : keys) {
        keyList.add(key);
        owners.add(i);
      }
    }
    Integer[] order = new Integer[keyList.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(keyList::get));
    String[] keys = new String[order.length];
    int[] nameOfKey = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      keys[i] = keyList.get(order[i]);
      nameOfKey[i] = owners.get(order[i]);
    }
    return new NameDirectory(keys, nameOfKey, names, weights);
  }

  /** Names with a word starting with {@code partial}, most used first, then alphabetically. */
  List<String> lookup(String partial, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String prefix = normalize(UserInput.cut(partial, UserInput.MAX_AUTOCOMPLETE_LENGTH));
    if (prefix.isEmpty()) {
      return byWeight.subList(0, Math.min(limit, byWeight.size()));
    }
    int from = Arrays.binarySearch(keys, prefix);
    if (from < 0) {
      from = -from - 1;
    }
    Set<Integer> matched = new LinkedHashSet<>();
    for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
      matched.add(nameOfKey[i]);
    }
    return matched.stream()
        .sorted(this::compareNames)
        .limit(limit)
        .map(i -> names[i])
        .filter(name -> name.length() <= UserInput.MAX_AUTOCOMPLETE_LENGTH)
        .toList();
  }

  private int compareNames(int a, int b) {
    int byWeight = Long.compare(weights[b], weights[a]);
    return byWeight != 0 ? byWeight : names[a].compareTo(names[b]);
  }

  private static String normalize(String name) {
    return Keys.of(name);
  }
}
