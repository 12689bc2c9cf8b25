package dev.aphorist.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A user's search string split into bare words and quoted phrases. Parsing never fails: Lucene's
 * query syntax means nothing here (its characters separate words), an unclosed quote runs to the
 * end of the input, and typographic quotes count as quotes.
 *
 * @param units the words and phrases in input order
 */
record ParsedQuery(List<Unit> units) {

  /** At most this many words and phrases are searched; the rest of a long input is ignored. */
  static final int MAX_UNITS = 32;

  /** A phrase keeps at most this many words. */
  static final int MAX_PHRASE_WORDS = 16;

  /**
   * At most this many words in all, bare or quoted: with the typo and field alternatives of each
   * word, the query stays well under Lucene's limit of 1,024 clauses.
   */
  static final int MAX_WORDS = 48;

  /** Characters of Lucene's query syntax and other punctuation that only separate words. */
  private static final String SEPARATORS = ":()[]{}*?\\^~!+|<>=;,&";

  /**
   * One word, or a phrase of words separated by single spaces.
   *
   * @param text the word or phrase as typed, whitespace collapsed
   * @param phrase true for a quoted phrase
   */
  record Unit(String text, boolean phrase) {

    List<String> words() {
      return List.of(text.split(" "));
    }
  }

  ParsedQuery {
    units = List.copyOf(units);
  }

  static ParsedQuery parse(String input) {
    List<Unit> units = new ArrayList<>();
    Set<String> seenWords = new HashSet<>();
    StringBuilder current = new StringBuilder();
    boolean inPhrase = false;
    for (int i = 0; i <= input.length() && !isFull(units); i++) {
      char c = i < input.length() ? input.charAt(i) : '"';
      boolean end = i == input.length();
      if (isQuote(c)) {
        if (inPhrase) {
          addPhrase(units, current.toString());
        } else {
          addWords(units, seenWords, current.toString());
        }
        current.setLength(0);
        inPhrase = !inPhrase && !end;
      } else {
        current.append(c);
      }
    }
    return new ParsedQuery(units);
  }

  boolean isEmpty() {
    return units.isEmpty();
  }

  boolean hasPhrases() {
    return units.stream().anyMatch(Unit::phrase);
  }

  /** The same query with its phrases taken apart into bare words. */
  ParsedQuery withoutPhrases() {
    List<Unit> words = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Unit unit : units) {
      for (String word : unit.words()) {
        if (!isFull(words) && seen.add(word.toLowerCase(Locale.ROOT))) {
          words.add(new Unit(word, false));
        }
      }
    }
    return new ParsedQuery(words);
  }

  /** The query written back as a user would type it, each word passed through {@code change}. */
  String render(UnaryOperator<String> change) {
    StringBuilder out = new StringBuilder();
    for (Unit unit : units) {
      if (out.length() > 0) {
        out.append(' ');
      }
      List<String> words = new ArrayList<>();
      for (String word : unit.words()) {
        words.add(change.apply(word));
      }
      String text = String.join(" ", words);
      out.append(unit.phrase() ? '"' + text + '"' : text);
    }
    return out.toString();
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
  }

  private static boolean isFull(List<Unit> units) {
    return units.size() >= MAX_UNITS || wordCount(units) >= MAX_WORDS;
  }

  private static int wordCount(List<Unit> units) {
    int count = 0;
    for (Unit unit : units) {
      count += unit.phrase() ? unit.words().size() : 1;
    }
    return count;
  }

  private static void addWords(List<Unit> units, Set<String> seen, String text) {
    for (String word : split(text)) {
      if (isFull(units)) {
        return;
      }
      if (seen.add(word.toLowerCase(Locale.ROOT))) {
        units.add(new Unit(word, false));
      }
    }
  }

  private static void addPhrase(List<Unit> units, String text) {
    List<String> words = split(text);
    int room = Math.min(MAX_PHRASE_WORDS, MAX_WORDS - wordCount(units));
    if (words.isEmpty() || room <= 0) {
      return;
    }
    if (words.size() > room) {
      words = words.subList(0, room);
    }
    units.add(new Unit(String.join(" ", words), words.size() > 1));
  }

  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || SEPARATORS.indexOf(c) >= 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
