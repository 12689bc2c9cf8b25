package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A list of words and phrases matched against {@link Words}, plurals folded. */
final class Lexicon {

  private final Set<String> singles = new HashSet<>();
  private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();

  private Lexicon(String... entries) {
    for (String entry : entries) {
      String[] parts = entry.toLowerCase(Locale.ROOT).replace('’', '\'').split(" ");
      for (int i = 0; i < parts.length; i++) {
        parts[i] = Words.fold(parts[i]);
      }
      if (parts.length == 1) {
        singles.add(parts[0]);
      } else {
        phrasesByFirstWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
      }
    }
  }

  static Lexicon of(String... entries) {
    return new Lexicon(entries);
  }

  /** True when a single folded word is an entry. */
  boolean contains(String folded) {
    return singles.contains(folded);
  }

  /** True when the words start with an entry of this lexicon. */
  boolean startsWith(Words words) {
    return startsWithAt(words, 0);
  }

  /** True when an entry of this lexicon starts at word {@code at}. */
  boolean startsWithAt(Words list, int at) {
    if (at >= list.size()) {
      return false;
    }
    String w = list.folded(at);
    List<String[]> phrases = phrasesByFirstWord.get(w);
    if (phrases != null) {
      for (String[] phrase : phrases) {
        if (matches(list, at, phrase)) {
          return true;
        }
      }
    }
    return singles.contains(w);
  }

  /** The single-word entries, folded. */
  Set<String> singles() {
    return singles;
  }

  /** The phrase entries, each as its folded words. */
  List<String[]> phrases() {
    List<String[]> out = new ArrayList<>();
    phrasesByFirstWord.values().forEach(out::addAll);
    out.sort(java.util.Comparator.comparing((String[] p) -> String.join(" ", p)));
    return out;
  }

  static boolean matches(Words list, int at, String[] phrase) {
    if (at + phrase.length > list.size()) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!list.folded(at + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
