package dev.aphorist.corpus.extract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for cue matching: lower case, straight apostrophes, plural and third-person
 * "s" folded ("systems" matches "system"), with the case of each word's first letter and where it
 * stands (first in its sentence, right after a comma) kept for the cues that need them. Built in
 * one pass over the text into arrays rather than one object per word: the scorer reads the words of
 * every candidate, and a large scrape has millions of them.
 */
final class Words {

  /**
   * One word, as a value (for tests and readable code off the hot path).
   *
   * @param folded lower case, plural folded: what lexicons match
   * @param plain lower case as written (apostrophes straightened)
   * @param capitalized the first letter is a capital
   * @param allCaps every letter is a capital (an acronym such as DNS, or a shout)
   * @param sentenceStart the word opens a sentence (or a clause after a colon, bullet or quote)
   * @param afterComma a comma comes right before the word
   */
  record Word(
      String folded,
      String plain,
      boolean capitalized,
      boolean allCaps,
      boolean sentenceStart,
      boolean afterComma) {}

  private static final byte CAPITALIZED = 1;
  private static final byte ALL_CAPS = 2;
  private static final byte SENTENCE_START = 4;
  private static final byte AFTER_COMMA = 8;

  private String[] folded;
  private String[] plain;
  private byte[] flags;
  private int size;

  private Words(int capacity) {
    folded = new String[capacity];
    plain = new String[capacity];
    flags = new byte[capacity];
  }

  int size() {
    return size;
  }

  String folded(int i) {
    return folded[i];
  }

  String plain(int i) {
    return plain[i];
  }

  boolean capitalized(int i) {
    return (flags[i] & CAPITALIZED) != 0;
  }

  boolean allCaps(int i) {
    return (flags[i] & ALL_CAPS) != 0;
  }

  boolean sentenceStart(int i) {
    return (flags[i] & SENTENCE_START) != 0;
  }

  boolean afterComma(int i) {
    return (flags[i] & AFTER_COMMA) != 0;
  }

  /** The words as values. */
  List<Word> list() {
    return new AbstractList<>() {
      @Override
      public Word get(int i) {
        return new Word(
            folded(i), plain(i), capitalized(i), allCaps(i), sentenceStart(i), afterComma(i));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private void add(String foldedWord, String plainWord, int wordFlags) {
    if (size == folded.length) {
      int capacity = Math.max(8, size * 2);
      folded = Arrays.copyOf(folded, capacity);
      plain = Arrays.copyOf(plain, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    folded[size] = foldedWord;
    plain[size] = plainWord;
    flags[size] = (byte) wordFlags;
    size++;
  }

  static Words of(String text) {
    return of(text, null);
  }

  /** The words of a text, their strings shared through {@code pool} when there is one. */
  static Words of(String text, WordPool pool) {
    Words out = new Words(Math.max(8, text.length() / 5));
    int length = text.length();
    boolean sentenceStart = true;
    boolean afterComma = false;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '•' || c == '"' || c == '“') {
          sentenceStart = true;
        }
        if (c != ' ' && !Character.isWhitespace(c)) {
          afterComma = c == ',';
        }
        i++;
        continue;
      }
      int start = i;
      boolean capitalized = isUpper(c);
      boolean hasLower = false;
      boolean hasLetter = false;
      boolean curlyApostrophe = false;
      int hash = 0; // the pool's hash of the lower-case word, computed on the way
      while (i < length) {
        char d = text.charAt(i);
        if (isWordChar(d) || d == '+' || d == '%') {
          if (isLetter(d)) {
            hasLetter = true;
            hasLower |= !isUpper(d);
          }
          hash = 31 * hash + WordPool.normal(d);
          i++;
        } else if ((d == '\'' || d == '’' || d == '-' || d == '/')
            && i + 1 < length
            && isWordChar(text.charAt(i + 1))) {
          curlyApostrophe |= d == '’';
          hash = 31 * hash + WordPool.normal(d);
          i++;
        } else {
          break;
        }
      }
      String lower;
      String foldedWord;
      if (pool != null) {
        int index = pool.intern(text, start, i, hash);
        lower = pool.plain(index);
        foldedWord = pool.folded(index);
      } else {
        lower = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (curlyApostrophe) {
          lower = lower.replace('’', '\'');
        }
        foldedWord = fold(lower);
      }
      int wordFlags =
          (capitalized ? CAPITALIZED : 0)
              | (hasLetter && !hasLower ? ALL_CAPS : 0)
              | (sentenceStart ? SENTENCE_START : 0)
              | (afterComma ? AFTER_COMMA : 0);
      out.add(foldedWord, lower, wordFlags);
      sentenceStart = false;
      afterComma = false;
    }
    return out;
  }

  private static boolean isUpper(char c) {
    return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isLetter(char c) {
    return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** Folds plurals so that vocabularies can list the singular only. */
  static String fold(String lower) {
    int n = lower.length();
    if (n <= 3 || lower.charAt(n - 1) != 's') {
      return lower;
    }
    char before = lower.charAt(n - 2);
    if (n > 4 && before == 'e' && lower.charAt(n - 3) == 'i') {
      return lower.substring(0, n - 3) + "y";
    }
    if (before != 's' && before != 'u' && before != 'i' && before != '\'') {
      return lower.substring(0, n - 1);
    }
    return lower;
  }
}
