package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches many lexicons against a text in one pass: each word is looked up once, whatever the
 * number of lexicons. The scorer asks a dozen lexicons about every candidate; asking each in turn
 * cost most of the extraction time.
 */
final class LexiconIndex {

  /** One entry of one lexicon, found under its first word. */
  private record Ref(int slot, int entry, String[] phrase) {}

  /** Hit counts of one text, per lexicon. */
  static final class Hits {
    private final LexiconIndex index;
    private final int[] counts;
    private final int lexicons;

    private Hits(LexiconIndex index, int[] counts, int lexicons) {
      this.index = index;
      this.counts = counts;
      this.lexicons = lexicons;
    }

    /**
     * How many distinct entries of the lexicon the text uses: "team, teams and team" is one; at a
     * position where one of its phrases matches, its single words there do not count.
     */
    int distinct(Lexicon lexicon) {
      return counts[index.slot(lexicon)];
    }

    /** Distinct entries of the lexicon in a slot of this index. */
    int distinct(Slot slot) {
      return counts[slot.index];
    }

    /** How many positions an entry of the lexicon starts at, repeats included. */
    int all(Slot slot) {
      return counts[lexicons + slot.index];
    }
  }

  private final Map<Lexicon, Integer> slots = new IdentityHashMap<>();
  private final Map<String, Ref[]> byFirstWord = new HashMap<>();

  LexiconIndex(List<Lexicon> lexicons) {
    Map<String, List<Ref>> refs = new HashMap<>();
    int entry = 0;
    for (Lexicon lexicon : lexicons) {
      if (slots.containsKey(lexicon)) {
        continue;
      }
      int slot = slots.size();
      slots.put(lexicon, slot);
      // Phrases first: at one position a lexicon's phrase wins over its single word.
      for (String[] phrase : lexicon.phrases()) {
        refs.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(new Ref(slot, entry++, phrase));
      }
      for (String single : lexicon.singles()) {
        refs.computeIfAbsent(single, k -> new ArrayList<>()).add(new Ref(slot, entry++, null));
      }
    }
    refs.forEach((word, list) -> byFirstWord.put(word, list.toArray(new Ref[0])));
  }

  /** Where a lexicon's counts are in {@link Hits}: look it up once, not for every text. */
  record Slot(int index) {}

  Slot slotOf(Lexicon lexicon) {
    return new Slot(slot(lexicon));
  }

  private int slot(Lexicon lexicon) {
    Integer slot = slots.get(lexicon);
    if (slot == null) {
      throw new IllegalArgumentException("lexicon not in this index");
    }
    return slot;
  }

  Hits hits(Words words) {
    int lexicons = slots.size();
    int[] counts = new int[2 * lexicons]; // distinct counts, then position counts
    int[] seen = new int[8]; // entries already counted: a text hits few
    int seenCount = 0;
    for (int i = 0; i < words.size(); i++) {
      Ref[] candidates = byFirstWord.get(words.folded(i));
      if (candidates == null) {
        continue;
      }
      int previousSlot = -1;
      for (Ref ref : candidates) {
        // Refs are grouped by lexicon, phrases first: one match per lexicon and position.
        if (ref.slot == previousSlot) {
          continue;
        }
        if (ref.phrase != null && !Lexicon.matches(words, i, ref.phrase)) {
          continue;
        }
        previousSlot = ref.slot;
        counts[lexicons + ref.slot]++;
        if (!contains(seen, seenCount, ref.entry)) {
          if (seenCount == seen.length) {
            seen = java.util.Arrays.copyOf(seen, seenCount * 2);
          }
          seen[seenCount++] = ref.entry;
          counts[ref.slot]++;
        }
      }
    }
    return new Hits(this, counts, lexicons);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
