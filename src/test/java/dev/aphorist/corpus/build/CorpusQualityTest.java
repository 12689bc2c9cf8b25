package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuotesFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality bar of the extractor alone (no curation), measured against the labelled set in
 * src/test/resources/corpus/labels.yaml.
 */
class CorpusQualityTest {

  static final double MIN_PRECISION = 0.90;
  static final double MIN_RECALL = 0.85;

  private static Corpus extracted;
  private static LabelledSet labels;

  @BeforeAll
  static void extract() throws Exception {
    extracted = CorpusBuilder.standard().build(Seeds.RAW, Seeds.SOURCES, null).corpus();
    labels = LabelledSet.load();
  }

  @Test
  void theLabelledSetCoversEveryDocument() {
    assertThat(labels.labels())
        .extracting(LabelledSet.Label::document)
        .containsAll(RawFolderFiles.names(Seeds.RAW));
    assertThat(labels.distinctKeeps()).hasSizeGreaterThan(30);
  }

  @Test
  void precisionAndRecallMeetTheBar() {
    LabelledSet.Evaluation e = labels.evaluate(extracted);
    System.out.printf(
        "corpus extraction: precision %.3f (%d of %d kept), recall %.3f (%d of %d labelled)%n",
        e.precision(),
        e.truePositives(),
        e.kept(),
        e.recall(),
        e.truePositives(),
        e.labelledKeeps());
    assertThat(e.precision())
        .as("precision; kept but labelled drop: %s", e.falsePositives())
        .isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(e.recall())
        .as("recall; labelled keep but dropped: %s", e.falseNegatives())
        .isGreaterThanOrEqualTo(MIN_RECALL);
  }

  @Test
  void everyQuoteFoundIsAttributedAsLabelled() {
    assertThat(labels.evaluate(extracted).wrongAuthors()).isEmpty();
  }

  @Test
  void keptQuotesAreCleanShortAndDistinct() throws Exception {
    assertThat(CorpusCheck.problems(extracted)).isEmpty();
    assertThat(CorpusCheck.problems(QuotesFile.read(Seeds.QUOTES))).isEmpty();
    for (Quote quote : extracted.quotes()) {
      assertThat(quote.text()).hasSizeLessThanOrEqualTo(Quote.MAX_LENGTH);
      assertThat(quote.text()).doesNotContain("http", "t.co/", "Replying to", "…", "1/");
      assertThat(quote.text()).doesNotMatch("(?s).*\\n\\d[\\d,.]*[KM]?(\\n.*)?");
    }
  }
}
