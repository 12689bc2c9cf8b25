package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typo corrections, seen through "did you mean" and typo-tolerant hits. */
class TypoCorrectorTest {

  private final QuoteIndex index = SearchFixtures.index();

  @Test
  void allowedEditsGrowWithWordLength() {
    assertThat(Lexicon.allowedEdits("ab")).isZero();
    assertThat(Lexicon.allowedEdits("cache")).isEqualTo(1);
    assertThat(Lexicon.allowedEdits("caches")).isEqualTo(2);
  }

  @Test
  void aStemCloseToATypoGivesItsMostUsedSurfaceWord() {
    // "cahce" is two edits from "caches" but its stem is one edit from "cach".
    assertThat(index.search("cahce").didYouMean()).contains("caches");
  }

  @Test
  void authorNamesAreCorrectedToo() {
    assertThat(index.search("magerramof").didYouMean()).contains("magerramov");
  }

  @Test
  void aTypoInTheFirstLetterIsNotGuessed() {
    assertThat(index.search("xaches").didYouMean()).isEmpty();
  }

  @Test
  void shortWordsAreNotCorrected() {
    assertThat(index.search("dn").didYouMean()).isEmpty();
  }

  @Test
  void anEmptyIndexHasNoCorrections() {
    QuoteIndex empty = QuoteIndex.build(new Corpus(List.of()));

    assertThat(empty.search("cahce").didYouMean()).isEmpty();
  }
}
