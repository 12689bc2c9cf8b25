package dev.aphorist.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only phrases worth suggesting: no stop word at either end ("of the" and "the cloud" are
 * dropped, "bad day" stays) and letters in both end words.
 */
final class PhraseEdgeFilter extends FilteringTokenFilter {

  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  PhraseEdgeFilter(TokenStream in, CharArraySet stopWords) {
    super(in);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    char[] buffer = term.buffer();
    int length = term.length();
    int firstSpace = -1;
    int lastSpace = -1;
    for (int i = 0; i < length; i++) {
      if (buffer[i] == ' ') {
        if (firstSpace < 0) {
          firstSpace = i;
        }
        lastSpace = i;
      }
    }
    if (firstSpace < 0) {
      return false;
    }
    return wordWorthSuggesting(buffer, 0, firstSpace)
        && wordWorthSuggesting(buffer, lastSpace + 1, length - lastSpace - 1);
  }

  private boolean wordWorthSuggesting(char[] buffer, int offset, int length) {
    if (length < 2 || stopWords.contains(buffer, offset, length)) {
      return false;
    }
    for (int i = offset; i < offset + length; i++) {
      if (Character.isLetter(buffer[i])) {
        return true;
      }
    }
    return false;
  }
}
