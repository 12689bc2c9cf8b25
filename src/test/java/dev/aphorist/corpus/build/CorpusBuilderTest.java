package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.corpus.extract.Passage;
import dev.aphorist.corpus.extract.ProfileScrapeReader;
import dev.aphorist.corpus.extract.RawDocument;
import dev.aphorist.corpus.extract.TextCleaner;
import dev.aphorist.corpus.extract.TextNormalizer;
import dev.aphorist.corpus.extract.Voice;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusBuilderTest {

  private static final String PROFILE = "002_01f95c6e53039920.txt";
  private static final String THREAD = "003_9b2c9972a43c8276.txt";
  private static final String SECOND_SCRAPE = "004_a325787b72ec55a8.txt";

  private static List<RawDocument> seeds;
  private static SourcesManifest manifest;
  private static BuildResult extracted;

  @BeforeAll
  static void extractTheSeeds() throws Exception {
    seeds = RawFolder.load(Seeds.RAW);
    manifest = SourcesManifest.read(Seeds.SOURCES);
    extracted = CorpusBuilder.standard().build(seeds, manifest, Curation.NONE);
  }

  private static String text(String name) {
    return seeds.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().text();
  }

  @Test
  void wordsInQuotationMarksInTheTalkThreadAreTheSpeakers() {
    List<Quote> fromThread =
        extracted.corpus().quotes().stream()
            .filter(q -> q.source().document().equals(THREAD))
            .toList();
    assertThat(fromThread)
        .filteredOn(q -> q.text().startsWith("We use standards very sparingly"))
        .singleElement()
        .extracting(Quote::author)
        .isEqualTo(new Author("Marc Brooker", "MarcJBrooker"));
    assertThat(fromThread).extracting(Quote::authorName).containsOnly("Marc Brooker", "Yan Cui");
    for (Quote quote : fromThread) {
      boolean quotedInTheThread =
          text(THREAD).contains("\"" + quote.text() + "\"")
              || text(THREAD).contains("“" + quote.text() + "”");
      assertThat(quote.authorName())
          .as(quote.text())
          .isEqualTo(quotedInTheThread ? "Marc Brooker" : "Yan Cui");
    }
  }

  @Test
  void noQuotedPostIsGivenToTheProfileOwner() {
    Set<String> quotedPosts = new HashSet<>();
    for (Passage p : new ProfileScrapeReader().read(TextNormalizer.normalize(text(PROFILE)))) {
      if (p.voice() == Voice.OTHER) {
        quotedPosts.add(QuoteId.normalize(TextCleaner.clean(p.text()).text()));
      }
    }
    assertThat(quotedPosts).hasSizeGreaterThan(5);
    assertThat(extracted.corpus().quotes())
        .filteredOn(q -> quotedPosts.contains(QuoteId.normalize(q.text())))
        .isEmpty();
    assertThat(extracted.dropped())
        .anyMatch(d -> d.reason().equals("someone else's words, author not named"));
  }

  @Test
  void anotherAuthorsThreadOnTheUnrollPageIsNeverTheThreadAuthors() {
    String page = text(SECOND_SCRAPE);
    String others = page.substring(page.indexOf("You May Also Like"));
    assertThat(extracted.corpus().quotes()).filteredOn(q -> others.contains(q.text())).isEmpty();
  }

  @Test
  void theOverlappingUnrollsGiveEachPassageOnce() {
    Set<String> seen = new HashSet<>();
    for (Quote quote : extracted.corpus().quotes()) {
      assertThat(seen.add(QuoteId.normalize(quote.text()))).as(quote.text()).isTrue();
    }
    assertThat(extracted.dropped())
        .filteredOn(
            d -> d.document().equals(SECOND_SCRAPE) && d.reason().startsWith("duplicate of"))
        .isNotEmpty();
  }

  @Test
  void idsComeFromTheTextAndSourcesAndMetricsAreKept() {
    for (Quote quote : extracted.corpus().quotes()) {
      assertThat(quote.id()).isEqualTo(QuoteId.of(quote.text()));
      assertThat(quote.source().title()).isNotBlank();
      assertThat(quote.source().kind()).isNotNull();
      assertThat(quote.tags()).isNotEmpty();
    }
    assertThat(extracted.corpus().quotes())
        .filteredOn(q -> q.source().document().equals(PROFILE))
        .allSatisfy(q -> assertThat(q.metrics()).isNotNull());
  }

  @Test
  void rebuildingAnUnchangedCorpusGivesTheSameBytes() throws Exception {
    BuildResult again = CorpusBuilder.standard().build(Seeds.RAW, Seeds.SOURCES, Seeds.CURATION);
    BuildResult once = CorpusBuilder.standard().build(Seeds.RAW, Seeds.SOURCES, Seeds.CURATION);
    assertThat(QuotesFile.toBytes(again.corpus())).isEqualTo(QuotesFile.toBytes(once.corpus()));
  }

  @Test
  void theCommittedQuotesFileIsWhatTheBuildProduces() throws Exception {
    Corpus built =
        CorpusBuilder.standard().build(Seeds.RAW, Seeds.SOURCES, Seeds.CURATION).corpus();
    assertThat(new String(QuotesFile.toBytes(built), java.nio.charset.StandardCharsets.UTF_8))
        .as("corpus/quotes.json is stale: run `aphorist corpus build`")
        .isEqualTo(Files.readString(Seeds.QUOTES));
  }

  @Test
  void aDocumentWithoutManifestEntryIsReadWithUnknownAuthorAndAWarning() throws Exception {
    List<RawDocument> documents = new ArrayList<>(seeds);
    documents.add(
        new RawDocument(
            "zz_new.txt",
            "Someone\n\nYou should always make the failure mode of a system boring.\n4\n100\n"
                + "Another post about my kids.\n1\n3"));
    BuildResult result = CorpusBuilder.standard().build(documents, manifest, Curation.NONE);
    assertThat(result.warnings()).anyMatch(w -> w.startsWith("zz_new.txt: no entry"));
    assertThat(result.corpus().quotes())
        .filteredOn(q -> q.source().document().equals("zz_new.txt"))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.author()).isNull();
              assertThat(q.source().kind()).isEqualTo(DocumentKind.PROFILE_SCRAPE);
            });
  }

  @Test
  void aQuotationWithNoSpeakerInTheManifestIsNobodysWords() throws Exception {
    SourceEntry thread = manifest.entry(THREAD).orElseThrow();
    SourcesManifest noSpeaker =
        new SourcesManifest(
            Map.of(
                THREAD,
                new SourceEntry(
                    THREAD,
                    thread.title(),
                    thread.kind(),
                    thread.url(),
                    thread.date(),
                    thread.author(),
                    null,
                    thread.line())));
    BuildResult result =
        CorpusBuilder.standard()
            .build(
                seeds.stream().filter(d -> d.name().equals(THREAD)).toList(),
                noSpeaker,
                Curation.NONE);
    assertThat(result.corpus().quotes()).extracting(Quote::authorName).containsOnly("Yan Cui");
    assertThat(result.dropped())
        .anyMatch(d -> d.text().startsWith("We use standards very sparingly"));
  }
}
