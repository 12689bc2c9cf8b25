package dev.aphorist.corpus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private final Extractor extractor = Extractor.standard();

  @Test
  void proseKeepsTheBestRunOfSentencesAndDropsTheRest() {
    List<Candidate> candidates =
        extractor.extract(
            "A Title\n\nLast year my team moved our billing service to a new database. "
                + "Every migration fails at the last five percent, when everyone has moved on.",
            DocumentKind.BLOG_POST);
    assertThat(candidates)
        .filteredOn(Candidate::kept)
        .extracting(Candidate::text)
        .containsExactly(
            "Every migration fails at the last five percent, when everyone has moved on.");
    assertThat(candidates)
        .filteredOn(c -> !c.kept())
        .extracting(Candidate::text)
        .contains("Last year my team moved our billing service to a new database.");
  }

  @Test
  void aWholeQuotationInProseIsSomeoneElsesWords() {
    List<Candidate> candidates =
        extractor.extract(
            "A Title\n\n\"Every system you build will be operated by someone tired at 3am.\"",
            DocumentKind.BLOG_POST);
    assertThat(candidates)
        .filteredOn(c -> c.rejection() == null)
        .singleElement()
        .extracting(Candidate::voice)
        .isEqualTo(Voice.QUOTATION);
  }

  @Test
  void postsKeepTheirLinesAndMetrics() {
    List<Candidate> candidates =
        extractor.extract(
            "Bio\n\nEvery retry needs a budget, or a blip becomes an outage.\n3\n40\n900",
            DocumentKind.PROFILE_SCRAPE);
    Candidate post = candidates.get(candidates.size() - 1);
    assertThat(post.line()).isEqualTo(3);
    assertThat(post.metrics().likes()).isEqualTo(900);
    assertThat(post.kept()).isTrue();
  }
}
