package dev.aphorist.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteIdTest {

  @Test
  void sameWordsGiveSameIdWhateverTheSpacingPunctuationCaseOrQuotes() {
    String plain = "Caches are an integral part of modern computing.";
    assertThat(QuoteId.of("caches  are an integral part of modern computing"))
        .isEqualTo(QuoteId.of(plain));
    assertThat(QuoteId.of("CACHES are an\u00a0integral part\r\nof modern computing!!"))
        .isEqualTo(QuoteId.of(plain));
  }

  @Test
  void apostrophesJoinWordsSoStraightAndCurlyFormsAgree() {
    assertThat(QuoteId.of("don\u2019t do it")).isEqualTo(QuoteId.of("don't do it"));
    assertThat(QuoteId.normalize("Don\u2019t  do IT.")).isEqualTo("dont do it");
  }

  @Test
  void differentWordsGiveDifferentIds() {
    assertThat(QuoteId.of("make it boring")).isNotEqualTo(QuoteId.of("make it scale"));
  }

  @Test
  void idsAreTenCharactersOfCrockfordBase32() {
    String id = QuoteId.of("Incentives drive outcomes.");
    assertThat(id).hasSize(QuoteId.LENGTH).matches("[0-9a-hjkmnp-tv-z]{10}");
    assertThat(QuoteId.isWellFormed(id)).isTrue();
    assertThat(QuoteId.isWellFormed("ILOU000000")).isFalse();
    assertThat(QuoteId.isWellFormed("abc")).isFalse();
    assertThat(QuoteId.isWellFormed(null)).isFalse();
  }
}
