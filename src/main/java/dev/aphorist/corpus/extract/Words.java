package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for cue matching: lower case, straight apostrophes, plural and third-person
 * "s" folded ("systems" matches "system"), with the case of each word's first letter and where it
 * stands (first in its sentence, right after a comma) kept for the cues that need them. Built in
 * one pass over the text: the scorer reads every candidate's words once.
 */
final class Words {

  /**
   * One word.
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

  private final List<Word> words;

  private Words(List<Word> words) {
    this.words = words;
  }

  List<Word> list() {
    return words;
  }

  int size() {
    return words.size();
  }

  static Words of(String text) {
    return of(text, null);
  }

  /** The words of a text, their strings shared through {@code pool} when there is one. */
  static Words of(String text, WordPool pool) {
    List<Word> out = new ArrayList<>(Math.max(4, text.length() / 5));
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
      boolean capitalized = Character.isUpperCase(c);
      boolean hasLower = false;
      boolean hasLetter = false;
      boolean curlyApostrophe = false;
      while (i < length) {
        char d = text.charAt(i);
        if (isWordChar(d) || d == '+' || d == '%') {
          if (Character.isLetter(d)) {
            hasLetter = true;
            hasLower |= !Character.isUpperCase(d);
          }
          i++;
        } else if ((d == '\'' || d == '’' || d == '-' || d == '/')
            && i + 1 < length
            && isWordChar(text.charAt(i + 1))) {
          curlyApostrophe |= d == '’';
          i++;
        } else {
          break;
        }
      }
      String lower = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (curlyApostrophe) {
        lower = lower.replace('’', '\'');
      }
      out.add(
          new Word(
              fold(lower), lower, capitalized, hasLetter && !hasLower, sentenceStart, afterComma));
      sentenceStart = false;
      afterComma = false;
    }
    return new Words(out);
  }

  private static boolean isWordChar(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

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
