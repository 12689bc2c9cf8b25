package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.search.ParsedQuery.Unit;
import org.junit.jupiter.api.Test;

class ParsedQueryTest {

  @Test
  void splitsWordsAndQuotedPhrases() {
    ParsedQuery parsed = ParsedQuery.parse("caches \"bad  day\" cloud");

    assertThat(parsed.units())
        .containsExactly(
            new Unit("caches", false), new Unit("bad day", true), new Unit("cloud", false));
  }

  @Test
  void typographicQuotesAreQuotes() {
    assertThat(ParsedQuery.parse("\u201cbad day\u201d").units())
        .containsExactly(new Unit("bad day", true));
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertThat(ParsedQuery.parse("cloud \"bad day").units())
        .containsExactly(new Unit("cloud", false), new Unit("bad day", true));
  }

  @Test
  void aOneWordPhraseIsAWord() {
    assertThat(ParsedQuery.parse("\"caches\"").units()).containsExactly(new Unit("caches", false));
  }

  @Test
  void querySyntaxSeparatesWords() {
    assertThat(ParsedQuery.parse("text:caches (outage) *:* a\\b").units())
        .extracting(Unit::text)
        .containsExactly("text", "caches", "outage", "a", "b");
  }

  @Test
  void repeatedWordsCountOnce() {
    assertThat(ParsedQuery.parse("Caches caches CACHES").units()).hasSize(1);
  }

  @Test
  void wordsAndPhrasesAreCapped() {
    ParsedQuery words = ParsedQuery.parse("w".repeat(1) + " x".repeat(0) + manyWords(500));
    ParsedQuery phrase = ParsedQuery.parse("\"" + manyWords(100) + "\"");

    assertThat(words.units()).hasSize(ParsedQuery.MAX_UNITS);
    assertThat(phrase.units().get(0).words()).hasSize(ParsedQuery.MAX_PHRASE_WORDS);
  }

  @Test
  void totalWordsAreCappedAcrossPhrases() {
    String input = ("\"" + manyWords(16) + "\" ").repeat(10);

    int total =
        ParsedQuery.parse(input).units().stream().mapToInt(unit -> unit.words().size()).sum();

    assertThat(total).isEqualTo(ParsedQuery.MAX_WORDS);
  }

  @Test
  void rendersBackWithChangedWords() {
    ParsedQuery parsed = ParsedQuery.parse("cahce \u201cbad dya\u201d");

    assertThat(parsed.render(w -> w.equals("cahce") ? "caches" : w.equals("dya") ? "day" : w))
        .isEqualTo("caches \"bad day\"");
    assertThat(parsed.withoutPhrases().render(w -> w)).isEqualTo("cahce bad dya");
  }

  @Test
  void nothingSearchableIsEmpty() {
    assertThat(ParsedQuery.parse("  \"\" *:* () ").isEmpty()).isTrue();
  }

  private static String manyWords(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(" word").append(i);
    }
    return out.toString();
  }
}
