package dev.aphorist.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds, before each word, that word written together with the word before it ("micro services" also
 * yields "microservices"), unless either is a stop word. The joined token sits at the second word's
 * position and its offsets cover both words, so a match on it marks both.
 */
final class JoinedPairsFilter extends TokenFilter {

  private final CharArraySet stopWords;
  private final char separator;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  private char[] previous = new char[32];
  private int previousLength;
  private int previousStart;
  private boolean previousJoinable;

  /** The word whose joined form was just emitted; it follows at the same position. */
  private char[] pending = new char[32];

  private int pendingLength = -1;
  private int pendingStart;
  private int pendingEnd;

  JoinedPairsFilter(TokenStream input, CharArraySet stopWords, char separator) {
    super(input);
    this.stopWords = stopWords;
    this.separator = separator;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingLength >= 0) {
      term.copyBuffer(pending, 0, pendingLength);
      offsets.setOffset(pendingStart, pendingEnd);
      position.setPositionIncrement(0);
      pendingLength = -1;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    int start = offsets.startOffset();
    boolean joinable = !stopWords.contains(buffer, 0, length);
    boolean join = joinable && previousJoinable && position.getPositionIncrement() == 1;
    if (join) {
      pending = fit(pending, length);
      System.arraycopy(buffer, 0, pending, 0, length);
      pendingLength = length;
      pendingStart = start;
      pendingEnd = offsets.endOffset();
    }
    char[] word = join ? pending : buffer;
    if (join) {
      char[] joined = term.resizeBuffer(previousLength + 1 + pendingLength);
      System.arraycopy(previous, 0, joined, 0, previousLength);
      joined[previousLength] = separator;
      System.arraycopy(pending, 0, joined, previousLength + 1, pendingLength);
      term.setLength(previousLength + 1 + pendingLength);
      offsets.setOffset(previousStart, pendingEnd);
    }
    previous = fit(previous, length);
    System.arraycopy(word, 0, previous, 0, length);
    previousLength = length;
    previousStart = start;
    previousJoinable = joinable;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previousLength = 0;
    previousJoinable = false;
    pendingLength = -1;
  }

  private static char[] fit(char[] array, int length) {
    return array.length >= length
        ? array
        : Arrays.copyOf(array, Math.max(length, array.length * 2));
  }
}
