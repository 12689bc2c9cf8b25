package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: a sentence ends at {@code . ! ? …} (with any closing quotes or
 * brackets after it) followed by a space and something that can start a sentence. Common
 * abbreviations ("e.g.", "vs.") and initials do not end one. Tuned for tweets and blog prose, where
 * {@link java.text.BreakIterator} splits too eagerly on "e.g. Deny" and "ie. try".
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "e.g", "eg", "i.e", "ie", "etc", "vs", "cf", "al", "approx", "mr", "mrs", "ms", "dr",
          "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "fig", "u.s", "a.m", "p.m", "incl",
          "resp", "dept", "est", "min", "max");

  private Sentences() {}

  public static List<String> split(String text) {
    int[] spans = spans(text);
    List<String> out = new ArrayList<>(spans.length / 2);
    for (int i = 0; i < spans.length; i += 2) {
      out.add(text.substring(spans[i], spans[i + 1]));
    }
    return out;
  }

  /**
   * Where the sentences are, without copying them: start and end offsets in pairs, each sentence
   * stripped of surrounding whitespace and never empty.
   */
  static int[] spans(String text) {
    SpanList out = new SpanList();
    int length = text.length();
    int start = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < length && isTerminalOrClosing(text.charAt(end))) {
          end++;
        }
        if (end < length
            && Character.isWhitespace(text.charAt(end))
            && !(c == '.' && isAbbreviation(text, start, i))) {
          int next = end;
          while (next < length && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          if (next < length && canStartSentence(text.charAt(next))) {
            out.add(text, start, end);
            start = next;
            i = next;
            continue;
          }
        }
        i = end;
        continue;
      }
      i++;
    }
    out.add(text, start, length);
    return out.toArray();
  }

  /** Start and end offsets in pairs, growing as sentences are found. */
  private static final class SpanList {
    private int[] spans = new int[8];
    private int n;

    /** Adds [from, to) stripped of whitespace, unless nothing is left. */
    void add(String text, int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        return;
      }
      if (n + 2 > spans.length) {
        spans = java.util.Arrays.copyOf(spans, spans.length * 2);
      }
      spans[n++] = from;
      spans[n++] = to;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(spans, n);
    }
  }

  private static boolean isTerminalOrClosing(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '\'' || c == '”'
        || c == '’' || c == ')' || c == ']' || c == '»';
  }

  /** Upper case, digits, quotes, brackets, bullets and symbols (emoji) may start a sentence. */
  private static boolean canStartSentence(char c) {
    return !Character.isLowerCase(c) && c != ',' && c != ';' && c != ':' && c != ')';
  }

  /** The word before the period at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    if (wordStart == dot) {
      return false;
    }
    String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
    if (word.length() == 1) {
      return Character.isUpperCase(text.charAt(wordStart)); // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word);
  }
}
