package dev.aphorist.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by its {@link Stems stem}, remembering the stems already made: a corpus uses a
 * few thousand distinct words hundreds of times each, and looking a word up costs a fraction of
 * stemming it again. The memory is bounded; it starts over when full.
 */
final class CachedStemFilter extends TokenFilter {

  /** Distinct words remembered at most, about 10 MB. */
  private static final int MAX_WORDS = 100_000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

  CachedStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] stem = stems.get(term.buffer(), 0, term.length());
    if (stem == null) {
      String word = term.toString();
      stem = Stems.of(word).toCharArray();
      if (stems.size() >= MAX_WORDS) {
        stems.clear();
      }
      stems.put(word, stem);
    }
    term.copyBuffer(stem, 0, stem.length);
    return true;
  }
}
