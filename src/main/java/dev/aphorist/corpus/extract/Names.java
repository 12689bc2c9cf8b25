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

  private Names() {}

  static Set<String> of(List<Passage> passages) {
    Set<String> capitalised = new HashSet<>();
    Set<String> lower = new HashSet<>();
    for (Passage passage : passages) {
      if (!passage.isCandidate()) {
        continue;
      }
      for (Words.Word word : Words.of(passage.text()).list()) {
        if (!word.capitalized()) {
          lower.add(word.folded());
        } else if (!word.sentenceStart()) {
          capitalised.add(word.folded());
        }
      }
    }
    capitalised.removeAll(lower);
    capitalised.remove("i");
    return Set.copyOf(capitalised);
  }
}
