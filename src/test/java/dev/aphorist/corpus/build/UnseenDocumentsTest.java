package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.extract.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents written for this test in the shapes of the seeds but by other people, on other topics,
 * in other site layouts (src/test/resources/corpus/unseen): the extractor must not depend on
 * anything particular to the seed documents.
 */
class UnseenDocumentsTest {

  private static final Author DANA = new Author("Dana Whit", "danawhit");
  private static final Author SAM = new Author("Sam Okafor", "ops_sam");
  private static final Author LEE = new Author("Lee Park", null);

  private static Corpus corpus;

  @BeforeAll
  static void build() throws Exception {
    List<RawDocument> documents =
        List.of(
            new RawDocument("blog.txt", resource("blog.txt")),
            // Windows line endings and a different engagement-count style, as other scrapers write.
            new RawDocument("profile.txt", resource("profile.txt").replace("\n", "\r\n")),
            new RawDocument("unroll.txt", resource("unroll.txt")));
    SourcesManifest manifest =
        new SourcesManifest(
            Map.of(
                "blog.txt", entry("blog.txt", DocumentKind.BLOG_POST, LEE),
                "profile.txt", entry("profile.txt", DocumentKind.PROFILE_SCRAPE, DANA),
                "unroll.txt", entry("unroll.txt", DocumentKind.THREAD_UNROLL, SAM)));
    corpus = CorpusBuilder.standard().build(documents, manifest, Curation.NONE).corpus();
  }

  private static SourceEntry entry(String file, DocumentKind kind, Author author) {
    return new SourceEntry(file, file, kind, null, null, author, null, 1);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = UnseenDocumentsTest.class.getResourceAsStream("/corpus/unseen/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Optional<Quote> starting(String prefix) {
    return corpus.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst();
  }

  @Test
  void generalPostsAreKeptAndGivenToTheProfileOwner() {
    assertThat(starting("Every retry policy needs a budget.")).map(Quote::author).contains(DANA);
    assertThat(starting("The fastest way to make a system reliable"))
        .map(Quote::author)
        .contains(DANA);
    assertThat(starting("Migrations never fail at the start.")).map(Quote::author).contains(DANA);
    assertThat(starting("Every retry policy"))
        .get()
        .extracting(q -> q.metrics().views())
        .isEqualTo(212_000L);
  }

  @Test
  void aQuotedPostWithANamedAuthorIsTheirs() {
    assertThat(starting("Your on-call rotation is a product."))
        .map(Quote::author)
        .contains(new Author("Priya Raman", "priya_codes"));
  }

  @Test
  void anecdotesAnnouncementsRepliesThanksAndPoliticsAreDropped() {
    assertThat(corpus.quotes())
        .extracting(Quote::text)
        .noneMatch(t -> t.contains("treehouse"))
        .noneMatch(t -> t.contains("generally available"))
        .noneMatch(t -> t.contains("digging it up"))
        .noneMatch(t -> t.contains("So true"))
        .noneMatch(t -> t.contains("Lisbon"))
        .noneMatch(t -> t.contains("election"));
  }

  @Test
  void aThreadOnAnotherUnrollSiteKeepsItsPointsAndDropsItsFurniture() {
    assertThat(starting("Blameless does not mean nameless.")).map(Quote::author).contains(SAM);
    assertThat(starting("The first version of the timeline is always wrong."))
        .map(Quote::author)
        .contains(SAM);
    assertThat(corpus.quotes())
        .extracting(Quote::text)
        .as("a quotation whose speaker the manifest does not name is nobody's")
        .noneMatch(t -> t.contains("boundaries between teams"))
        .noneMatch(t -> t.contains("Threader"))
        .noneMatch(t -> t.contains("thanks for reading"))
        .noneMatch(t -> t.contains("few things I learned"));
  }

  @Test
  void aHardWrappedBlogPostYieldsItsGeneralSentences() {
    assertThat(starting("Review the design, not the diff.")).map(Quote::author).contains(LEE);
    assertThat(corpus.quotes())
        .extracting(Quote::text)
        .anyMatch(t -> t.contains("A review that takes three days to start"))
        .noneMatch(t -> t.contains("semicolons"))
        .noneMatch(t -> t.contains("four hundred lines"))
        .noneMatch(t -> t.contains("newsletter"))
        .noneMatch(t -> t.contains("Notes From Ten Years"));
  }
}
