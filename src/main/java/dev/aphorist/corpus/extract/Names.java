package dev.aphorist.corpus.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a document uses: words it capitalises in the middle of a sentence and never writes in
 * lower case ("Amazon", "Rust", "CloudFlare"). Knowing them, the scorer also recognises a name at
 * the start of a sentence, where capitals say nothing.
 */
final class Names {

  static Set<String> of(List<Words> texts) {
    Names names = new Names();
    texts.forEach(names::add);
    return names.result();
  }

  private final Set<String> capitalised = new HashSet<>();
  private final Set<String> lower = new HashSet<>();

  /** Takes the words of one text into account; the words need not be kept. */
  void add(Words words) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.capitalized(i)) {
        lower.add(words.folded(i));
      } else if (!words.sentenceStart(i)) {
        capitalised.add(words.folded(i));
      }
    }
  }

  /** The names among the texts added. */
  Set<String> result() {
    Set<String> names = new HashSet<>(capitalised);
    names.removeAll(lower);
    names.remove("i");
    return Set.copyOf(names);
  }
}
