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

  static Set<String> of(List<Words> texts) {
    Set<String> capitalised = new HashSet<>();
    for (Words words : texts) {
      for (Words.Word word : words.list()) {
        if (word.capitalized() && !word.sentenceStart()) {
          capitalised.add(word.folded());
        }
      }
    }
    capitalised.remove("i");
    if (capitalised.isEmpty()) {
      return Set.of();
    }
    // Few words are capitalised mid-sentence: look their lower-case uses up, do not collect all.
    for (Words words : texts) {
      for (Words.Word word : words.list()) {
        if (!word.capitalized()) {
          capitalised.remove(word.folded());
        }
      }
    }
    return Set.copyOf(capitalised);
  }
}
