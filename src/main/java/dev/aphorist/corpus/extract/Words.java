package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for cue matching: lower case, straight apostrophes, plural and third-person
 * "s" folded ("systems" matches "system"), with the case of each word's first letter and whether it
 * starts a sentence kept for capitalisation cues.
 */
final class Words {

  /**
   * One word: its folded form, its lower-case form, its capitals, and where it stands.
   *
   * @param allCaps every letter is a capital (an acronym such as DNS, or a shout)
   */
  record Word(
      String folded, String plain, boolean capitalized, boolean allCaps, boolean sentenceStart) {}

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
    List<Word> out = new ArrayList<>(32);
    int length = text.length();
    boolean sentenceStart = true;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        StringBuilder plain = new StringBuilder();
        while (i < length) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || d == '+' || d == '%') {
            plain.append(d);
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '/')
              && i + 1 < length
              && Character.isLetterOrDigit(text.charAt(i + 1))) {
            plain.append(d == '’' ? '\'' : d);
            i++;
          } else {
            break;
          }
        }
        String word = plain.toString();
        String lower = word.toLowerCase(Locale.ROOT);
        out.add(
            new Word(
                fold(lower),
                lower,
                Character.isUpperCase(text.charAt(start)),
                !word.equals(lower) && word.equals(word.toUpperCase(Locale.ROOT)),
                sentenceStart));
        sentenceStart = false;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '•' || c == '"' || c == '“') {
          sentenceStart = true;
        }
        i++;
      }
    }
    return new Words(out);
  }

  /** Folds plurals so that vocabularies can list the singular only. */
  static String fold(String lower) {
    int n = lower.length();
    if (n > 4 && lower.endsWith("ies")) {
      return lower.substring(0, n - 3) + "y";
    }
    if (n > 3
        && lower.charAt(n - 1) == 's'
        && lower.charAt(n - 2) != 's'
        && lower.charAt(n - 2) != 'u'
        && lower.charAt(n - 2) != 'i'
        && lower.charAt(n - 2) != '\'') {
      return lower.substring(0, n - 1);
    }
    return lower;
  }
}
