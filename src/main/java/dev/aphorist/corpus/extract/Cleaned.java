package dev.aphorist.corpus.extract;

/**
 * A passage after {@link TextCleaner}: the text a quote would carry, and what cleaning found.
 *
 * @param text the cleaned text, possibly empty
 * @param link a link remains part of what the text says (it was not only introduced by a trailing
 *     lead-in that cleaning removed)
 * @param quotation the whole text was one quotation; the marks are removed
 * @param truncated the text was cut off by the site ("…" mid-sentence)
 * @param hashtags hashtags found
 * @param mentions @handles left inside the text
 * @param emoji emoji and pictographs left inside the text
 * @param leadInRemoved a last sentence ending in a colon (introducing a missing link, image or
 *     thread) was removed
 * @param threadStart a counter marked the post as the first of a thread ("1/", "1/n")
 */
public record Cleaned(
    String text,
    boolean link,
    boolean quotation,
    boolean truncated,
    int hashtags,
    int mentions,
    int emoji,
    boolean leadInRemoved,
    boolean threadStart) {

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
