package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.Metrics;
import java.util.List;

/**
 * Engagement counts as social sites print them: {@code 797}, {@code 12,682}, {@code 1.2K}, {@code
 * 12K}, {@code 1M}. Sites leave zero counts out, so a run of fewer than four counts is ambiguous;
 * {@link #toMetrics} explains how it is read.
 */
public final class EngagementCounts {

  /** A views count is usually far above every other count; reposts and likes are not. */
  private static final double VIEWS_RATIO = 15.0;

  /** Sites show views from the thousands up; a smaller last count is likes. */
  private static final long MIN_VIEWS = 1000;

  private EngagementCounts() {}

  /** The count a line holds, or -1 when the line is not a count. */
  public static long parse(String line) {
    String s = line.strip();
    return parse(s, 0, s.length());
  }

  /** The count {@code text[from, to)} holds (already stripped), or -1 when it is not a count. */
  static long parse(String s, int from, int to) {
    int n = to - from;
    if (n <= 0 || n > 16) {
      return -1;
    }
    char suffix = s.charAt(to - 1);
    long multiplier = 1;
    switch (suffix) {
      case 'K', 'k' -> multiplier = 1_000L;
      case 'M', 'm' -> multiplier = 1_000_000L;
      case 'B', 'b' -> multiplier = 1_000_000_000L;
      default -> {}
    }
    int end = multiplier == 1 ? to : to - 1;
    if (end == from) {
      return -1;
    }
    return multiplier == 1 ? parseGrouped(s, from, end) : parseScaled(s, from, end, multiplier);
  }

  /** True when the line is only a count. */
  public static boolean isCount(String line) {
    return parse(line) >= 0;
  }

  /** {@code 797}, {@code 12,682}, {@code 1 234} (groups of three after the first). */
  private static long parseGrouped(String s, int from, int end) {
    long value = 0;
    int digitsInGroup = 0;
    boolean grouped = false;
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digitsInGroup++;
        if (value > 1_000_000_000_000L) {
          return -1;
        }
      } else if ((c == ',' || c == ' ' || c == '\u202f') && digitsInGroup > 0) {
        if (grouped ? digitsInGroup != 3 : digitsInGroup > 3) {
          return -1;
        }
        grouped = true;
        digitsInGroup = 0;
      } else {
        return -1;
      }
    }
    if (digitsInGroup == 0 || (grouped && digitsInGroup != 3)) {
      return -1;
    }
    return value;
  }

  /** {@code 1.2K}, {@code 12K}, {@code 1,5M} (decimal comma). */
  private static long parseScaled(String s, int from, int end, long multiplier) {
    long whole = 0;
    long fraction = 0;
    long fractionScale = 1;
    boolean inFraction = false;
    int digits = 0;
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (inFraction) {
          fraction = fraction * 10 + (c - '0');
          fractionScale *= 10;
          if (fractionScale > 1000) {
            return -1;
          }
        } else {
          whole = whole * 10 + (c - '0');
          if (whole > 1_000_000) {
            return -1;
          }
        }
      } else if ((c == '.' || c == ',') && !inFraction && digits > 0) {
        inFraction = true;
      } else {
        return -1;
      }
    }
    if (digits == 0 || (inFraction && fractionScale == 1)) {
      return -1;
    }
    return whole * multiplier + fraction * multiplier / fractionScale;
  }

  /**
   * Reads a run of counts in the order sites print them: replies, reposts, likes, views. Four
   * counts map one to one. With fewer, a last count in the thousands and far above all the others
   * is taken as views; the rest are right-aligned on likes, since likes is the count least often
   * zero.
   */
  public static Metrics toMetrics(List<Long> counts) {
    int n = counts.size();
    if (n == 0) {
      return null;
    }
    if (n >= 4) {
      return new Metrics(
          counts.get(n - 4), counts.get(n - 3), counts.get(n - 2), counts.get(n - 1));
    }
    Long views = null;
    int engagement = n;
    long highestOther = 1;
    for (int i = 0; i < n - 1; i++) {
      highestOther = Math.max(highestOther, counts.get(i));
    }
    long last = counts.get(n - 1);
    if (n >= 2 && last >= MIN_VIEWS && last >= VIEWS_RATIO * highestOther) {
      views = counts.get(n - 1);
      engagement = n - 1;
    }
    Long[] slots = new Long[3];
    for (int i = 0; i < engagement; i++) {
      slots[3 - engagement + i] = counts.get(i);
    }
    return new Metrics(slots[0], slots[1], slots[2], views);
  }
}
