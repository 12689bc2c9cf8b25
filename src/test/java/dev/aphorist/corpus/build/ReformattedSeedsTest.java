package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.extract.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The held-out evaluation reformats the seed documents (counts as 1.2K, CRLF, HTML entities,
 * non-breaking spaces, another post order); the same quotes, by the same people, must come out.
 */
class ReformattedSeedsTest {

  private static List<RawDocument> seeds;
  private static SourcesManifest manifest;
  private static TreeSet<String> expected;

  @BeforeAll
  static void buildTheSeeds() throws Exception {
    seeds = RawFolder.load(Seeds.RAW);
    manifest = SourcesManifest.read(Seeds.SOURCES);
    expected = fingerprint(seeds);
    assertThat(expected).hasSizeGreaterThan(30);
  }

  static Stream<Arguments> reformattings() {
    return Stream.of(
        Arguments.of("counts as 1.2K", (UnaryOperator<String>) Reformat::abbreviatedCounts),
        Arguments.of("CRLF line endings", (UnaryOperator<String>) Reformat::crlf),
        Arguments.of("HTML entities", (UnaryOperator<String>) Reformat::htmlEntities),
        Arguments.of("non-breaking spaces", (UnaryOperator<String>) Reformat::nonBreakingSpaces),
        Arguments.of(
            "all of them at once",
            (UnaryOperator<String>)
                t ->
                    Reformat.crlf(
                        Reformat.htmlEntities(
                            Reformat.nonBreakingSpaces(Reformat.abbreviatedCounts(t))))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reformattings")
  void reformattedSeedsGiveTheSameQuotes(String name, UnaryOperator<String> reformat)
      throws Exception {
    List<RawDocument> changed = new ArrayList<>();
    for (RawDocument seed : seeds) {
      changed.add(new RawDocument(seed.name(), reformat.apply(seed.text())));
    }
    assertThat(fingerprint(changed)).as(name).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anotherPostOrderGivesTheSameQuotes(long seed) throws Exception {
    List<RawDocument> changed = new ArrayList<>();
    for (RawDocument doc : seeds) {
      DocumentKind kind = manifest.entry(doc.name()).orElseThrow().kind();
      String text =
          switch (kind) {
            case PROFILE_SCRAPE -> Reformat.shuffledPosts(doc.text(), seed);
            case THREAD_UNROLL -> Reformat.shuffledThread(doc.text(), seed);
            default -> doc.text();
          };
      changed.add(new RawDocument(doc.name(), text));
    }
    assertThat(fingerprint(changed)).isEqualTo(expected);
  }

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L);
  }

  /** Each quote as its normalized text and its author: what must not change. */
  private static TreeSet<String> fingerprint(List<RawDocument> documents) throws Exception {
    TreeSet<String> out = new TreeSet<>();
    for (Quote quote :
        CorpusBuilder.standard().build(documents, manifest, Curation.NONE).corpus().quotes()) {
      out.add(QuoteId.normalize(quote.text()) + " | " + quote.authorName());
    }
    return out;
  }
}
