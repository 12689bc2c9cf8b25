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
    private final int[] distinct;
    private final int[] all;

    private Hits(LexiconIndex index, int[] distinct, int[] all) {
      this.index = index;
      this.distinct = distinct;
      this.all = all;
    }

    /**
     * How many distinct entries of the lexicon the text uses: "team, teams and team" is one; at a
     * position where one of its phrases matches, its single words there do not count.
     */
    int distinct(Lexicon lexicon) {
      return distinct[index.slot(lexicon)];
    }

    /** Distinct entries of the lexicon in a slot of this index. */
    int distinct(Slot slot) {
      return distinct[slot.index];
    }

    /** How many positions an entry of the lexicon starts at, repeats included. */
    int all(Slot slot) {
      return all[slot.index];
    }
  }

  private final Map<Lexicon, Integer> slots = new IdentityHashMap<>();
  private final Map<String, Ref[]> byFirstWord = new HashMap<>();
  private final int entries;

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
    this.entries = entry;
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
    int[] distinct = new int[lexicons];
    int[] all = new int[lexicons];
    long[] seen = new long[(entries + 63) / 64];
    int[] countedAt = new int[lexicons]; // 1 + the position a lexicon last matched at

    Words list = words;
    for (int i = 0; i < list.size(); i++) {
      Ref[] candidates = byFirstWord.get(list.folded(i));
      if (candidates == null) {
        continue;
      }
      for (Ref ref : candidates) {
        if (countedAt[ref.slot] == i + 1) {
          continue; // this lexicon already matched at this position
        }
        if (ref.phrase != null && !Lexicon.matches(list, i, ref.phrase)) {
          continue;
        }
        countedAt[ref.slot] = i + 1;
        all[ref.slot]++;
        long bit = 1L << (ref.entry & 63);
        if ((seen[ref.entry >>> 6] & bit) == 0) {
          seen[ref.entry >>> 6] |= bit;
          distinct[ref.slot]++;
        }
      }
    }
    return new Hits(this, distinct, all);
  }
}
