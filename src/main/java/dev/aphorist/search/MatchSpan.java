package dev.aphorist.search;

/**
 * Where a matched word or phrase sits in a quote's original text: {@code text.substring(start,
 * end)}. Offsets count UTF-16 units, as {@link String} does, so an adapter can cut the original
 * text and escape or style each piece in its own way.
 *
 * @param start first character of the match
 * @param end one past the last character
 */
public record MatchSpan(int start, int end) {

  public MatchSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
