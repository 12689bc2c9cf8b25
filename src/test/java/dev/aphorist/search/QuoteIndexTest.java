package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteIndexTest {

  private final QuoteIndex index = SearchFixtures.index();

  private static String matchedText(SearchHit hit) {
    return hit.segments().stream()
        .filter(TextSegment::matched)
        .map(TextSegment::text)
        .collect(Collectors.joining("|"));
  }

  private static SearchHit hitContaining(SearchResult result, String excerpt) {
    return result.hits().stream()
        .filter(hit -> hit.quote().text().contains(excerpt))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no hit contains " + excerpt));
  }

  @Nested
  class Spans {

    @Test
    void stemMatchesMarkTheWordsAsWrittenInTheQuote() {
      SearchHit hit = index.search("caching").hits().get(0);

      assertThat(matchedText(hit)).isEqualTo("Caches|Caches");
    }

    @Test
    void aPhraseIsOneSpan() {
      SearchHit hit = index.search("\"bad day\" cloud").hits().get(0);

      assertThat(matchedText(hit)).isEqualTo("bad day|cloud|bad day");
    }

    @Test
    void aTypoMarksTheCorrectlySpeltWord() {
      SearchHit hit = index.search("bloom fliter").hits().get(0);

      assertThat(matchedText(hit)).isEqualTo("Bloom|Filter");
    }

    @Test
    void joinedWordsMarkBothWords() {
      SearchHit hit =
          hitContaining(index.search("microservice"), "go ahead and build micro services");

      assertThat(matchedText(hit)).isEqualTo("micro services");
    }

    @Test
    void aQuoteFoundByItsAuthorOnlyHasNoSpans() {
      SearchResult result = index.search("magerramov");

      assertThat(result.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.spans()).isEmpty());
    }

    @Test
    void segmentsRebuildTheOriginalTextAndSpansPointIntoIt() {
      for (String query : List.of("caches computing", "\"two-pizza team\"", "fight temptation")) {
        for (SearchHit hit : index.search(query).hits()) {
          String text = hit.quote().text();
          assertThat(hit.segments().stream().map(TextSegment::text).collect(Collectors.joining()))
              .isEqualTo(text);
          int previousEnd = 0;
          for (MatchSpan span : hit.spans()) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            previousEnd = span.end();
          }
        }
      }
    }

    @Test
    void spansAfterAnEmojiCountUtf16Units() {
      SearchHit hit = index.search("temptation prove").hits().get(0);

      assertThat(hit.quote().text()).contains("\uD83E\uDDD8");
      assertThat(matchedText(hit)).isEqualTo("temptation|prove");
    }
  }

  @Nested
  class Filters {

    @Test
    void authorFilterKeepsOnlyThatAuthorWhateverTheCaseOrHandle() {
      for (String author : List.of("Yan Cui", "yan cui", "@theburningmonk")) {
        SearchResult result = index.search(SearchRequest.of("decisions").byAuthor(author));

        assertThat(result.hits())
            .as(author)
            .isNotEmpty()
            .allSatisfy(hit -> assertThat(hit.quote().authorName()).isEqualTo("Yan Cui"));
      }
    }

    @Test
    void tagFilterKeepsOnlyThatTag() {
      SearchResult result =
          index.search(SearchRequest.of("systems").withTag("#Distributed Systems"));

      assertThat(result.hits())
          .isNotEmpty()
          .allSatisfy(hit -> assertThat(hit.quote().tags()).contains("distributed-systems"));
    }

    @Test
    void anEmptyQueryWithAFilterListsTheFilteredQuotesBestScoredFirst() {
      SearchRequest request = new SearchRequest("", "Marc Brooker", null, 0, 100);

      List<Quote> found = index.search(request).hits().stream().map(SearchHit::quote).toList();

      assertThat(found).hasSize(5).allMatch(q -> q.authorName().equals("Marc Brooker"));
      assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void anUnknownAuthorFindsNothing() {
      SearchResult result = index.search(SearchRequest.of("caches").byAuthor("Nobody Atall"));

      assertThat(result.nothingFound()).isTrue();
      assertThat(result.nothingFoundMessage()).isEqualTo("No quotes match \"caches\".");
    }
  }

  @Nested
  class NothingFound {

    @Test
    void aMisspeltWordGetsTheClosestCorpusWord() {
      SearchResult result = index.search("pitchfroks");

      assertThat(result.didYouMean()).contains("pitchforks");
      assertThat(result.hits()).isNotEmpty();
    }

    @Test
    void nothingFoundSaysSoAndOffersTheClosestQuery() {
      SearchResult result = index.search("\"blast radios\"");

      assertThat(result.nothingFound()).isTrue();
      assertThat(result.didYouMean()).contains("\"blast radius\"");
      assertThat(result.nothingFoundMessage())
          .isEqualTo("No quotes match \"blast radios\". Did you mean \"blast radius\"?");
    }

    @Test
    void aPhraseThatNeverOccursSuggestsItsWords() {
      SearchResult result = index.search("\"caches ivory\"");

      assertThat(result.nothingFound()).isTrue();
      assertThat(result.didYouMean()).contains("caches ivory");
    }

    @Test
    void gibberishFindsNothingAndSuggestsNothing() {
      SearchResult result = index.search("zzqxv");

      assertThat(result.nothingFound()).isTrue();
      assertThat(result.didYouMean()).isEmpty();
      assertThat(result.nothingFoundMessage()).isEqualTo("No quotes match \"zzqxv\".");
    }

    @Test
    void onlyStopWordsAreNotSearchable() {
      SearchResult result = index.search("the and of");

      assertThat(result.nothingFound()).isTrue();
      assertThat(result.hits()).isEmpty();
    }
  }

  @Nested
  class Paging {

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
      SearchRequest first = new SearchRequest("decisions", null, null, 0, 3);
      SearchRequest second = first.page(3, 3);
      SearchRequest all = first.page(0, 6);

      List<String> paged = new ArrayList<>();
      index.search(first).hits().forEach(h -> paged.add(h.quote().id()));
      index.search(second).hits().forEach(h -> paged.add(h.quote().id()));

      assertThat(paged)
          .isEqualTo(index.search(all).hits().stream().map(h -> h.quote().id()).toList());
      assertThat(index.search(first).totalHits()).isGreaterThan(6);
      assertThat(index.search(first).totalHitsExact()).isTrue();
    }
  }

  @Nested
  class Determinism {

    @Test
    void corpusFileOrderDoesNotChangeResults() {
      List<Quote> shuffled = new ArrayList<>(SearchFixtures.corpus().quotes());
      Collections.shuffle(shuffled, new Random(42));
      QuoteIndex other = QuoteIndex.build(new Corpus(shuffled));

      for (String query : List.of("decisions", "magerramov", "the cloud", "caches teams", "")) {
        SearchRequest request = new SearchRequest(query, null, null, 0, 100).withTag(null);
        assertThat(ids(other.search(request))).as(query).isEqualTo(ids(index.search(request)));
      }
      assertThat(other.complete("d", 25)).isEqualTo(index.complete("d", 25));
      assertThat(other.moreLikeThis(SearchFixtures.corpus().quotes().get(5).id(), 10))
          .isEqualTo(index.moreLikeThis(SearchFixtures.corpus().quotes().get(5).id(), 10));
    }

    @Test
    void equalRelevanceTiesBreakByQuoteId() {
      Source source = new Source("test.txt", null, DocumentKind.BLOG_POST, null);
      List<Quote> twins = new ArrayList<>();
      for (String text :
          List.of("Ship it on a Friday.", "Ship it on a Monday.", "Ship it on a Sunday.")) {
        twins.add(
            new Quote(QuoteId.of(text), text, new Author("A", null), source, List.of(), 0.5, null));
      }
      QuoteIndex small = QuoteIndex.build(new Corpus(twins));

      assertThat(ids(small.search("ship"))).isSorted().hasSize(3);
    }

    private List<String> ids(SearchResult result) {
      return result.hits().stream().map(h -> h.quote().id()).toList();
    }
  }

  @Nested
  class WordsAndPhrases {

    private final QuoteIndex small =
        smallIndex(
            Map.of(
                "Ship small changes every day.", List.of(),
                "Small ship, big changes.", List.of(),
                "Changes ship small.", List.of(),
                "Ship the changes now.", List.of(),
                "Ship changes, then sleep.", List.of(),
                "We deployed it twice.", List.of(),
                "Keep it boring.", List.of("deployment")));

    @Test
    void aPhraseOfNeighbouringWordsFindsExactlyTheQuotesWithThemSideBySide() {
      assertThat(texts(small.search("\"ship small\"")))
          .containsExactlyInAnyOrder("Ship small changes every day.", "Changes ship small.");
      assertThat(texts(small.search("\"small changes every day\"")))
          .containsExactly("Ship small changes every day.");
      assertThat(texts(small.search("\"changes every small\""))).isEmpty();
    }

    @Test
    void aPhraseWithAStopWordInsideKeepsTheGap() {
      // The stop word is not indexed: its place matches any one word, but it is not skipped.
      assertThat(texts(small.search("\"ship the changes\"")))
          .contains("Ship the changes now.", "Ship small changes every day.")
          .doesNotContain("Ship changes, then sleep.");
    }

    @Test
    void aWordFindsItsOtherFormsAndTheTagsWords() {
      assertThat(texts(small.search("deploying")))
          .containsExactlyInAnyOrder("We deployed it twice.", "Keep it boring.");
      assertThat(matchedText(hitContaining(small.search("deploying"), "deployed")))
          .isEqualTo("deployed");
    }

    private static QuoteIndex smallIndex(Map<String, List<String>> tagsByText) {
      Source source = new Source("test.txt", null, DocumentKind.BLOG_POST, null);
      List<Quote> quotes = new ArrayList<>();
      tagsByText.forEach(
          (text, tags) ->
              quotes.add(
                  new Quote(
                      QuoteId.of(text), text, new Author("A", null), source, tags, 0.5, null)));
      return QuoteIndex.build(new Corpus(quotes));
    }

    private static List<String> texts(SearchResult result) {
      return result.hits().stream().map(hit -> hit.quote().text()).toList();
    }
  }

  @Nested
  class Completions {

    @Test
    void completesWordsAndPhrases() {
      assertThat(index.complete("micro", 10)).contains("micro services", "microservice");
      assertThat(index.complete("golden h", 10)).startsWith("golden handcuffs");
    }

    @Test
    void completesTheLastWordAfterTheOthers() {
      assertThat(index.complete("outage cach", 10)).contains("outage caches");
    }

    @Test
    void caseAndSpacingDoNotMatter() {
      assertThat(index.complete("  GOLDEN   Hand", 10)).startsWith("golden handcuffs");
    }

    @Test
    void emptyInputOffersTheMostUsedWordsAndNoStopWords() {
      List<String> top = index.complete("", 25);

      assertThat(top).hasSize(25).doesNotContain("the", "of", "a", "have", "how");
    }

    @Test
    void suggestionsFitADiscordChoice() {
      String longInput = "caches ".repeat(30);

      assertThat(index.complete(longInput, 25))
          .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(100));
      assertThat(index.complete("a", 25)).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void authorsAreFoundByAnyWordOrHandle() {
      assertThat(index.completeAuthor("mag", 5)).containsExactly("Joe Magerramov");
      assertThat(index.completeAuthor("@theburn", 5)).containsExactly("Yan Cui");
      assertThat(index.completeAuthor("BROOK", 5)).containsExactly("Marc Brooker");
      assertThat(index.completeAuthor("", 5))
          .containsExactly("Joe Magerramov", "John McBride", "Yan Cui", "Marc Brooker");
      assertThat(index.completeAuthor("zz", 5)).isEmpty();
    }

    @Test
    void tagsAreFoundByAnyWord() {
      assertThat(index.completeTag("sys", 5)).containsExactly("distributed-systems", "systems");
      assertThat(index.completeTag("#dec", 5)).containsExactly("decisions");
      assertThat(index.completeTag("", 3)).hasSize(3);
    }
  }

  @Nested
  class MoreLikeThis {

    @Test
    void findsQuotesSharingWordsAndNeverTheQuoteItself() {
      Quote caches = find("Caches are responsible");

      List<Quote> related = index.moreLikeThis(caches.id(), 5);

      assertThat(related).isNotEmpty().doesNotContain(caches).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void aQuoteAboutMultiTenancyFindsTheOtherOne() {
      Quote impractical = find("most impractical things in tech");

      assertThat(index.moreLikeThis(impractical.id(), 3))
          .extracting(Quote::text)
          .anySatisfy(text -> assertThat(text).contains("economic benefits of multi-tenant"));
    }

    @Test
    void unknownIdsFindNothing() {
      assertThat(index.moreLikeThis("0000000000", 5)).isEmpty();
      assertThat(index.moreLikeThis(null, 5)).isEmpty();
      assertThat(index.moreLikeThis("*:*", 5)).isEmpty();
    }

    private Quote find(String excerpt) {
      return SearchFixtures.corpus().quotes().stream()
          .filter(q -> q.text().contains(excerpt))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void concurrentSearchesAnswerAsOneThreadDoes() throws Exception {
    List<String> queries =
        List.of("caches", "\"bad day\"", "cahce", "microservice", "magerramov", "decisions teams");
    Map<String, SearchResult> expected = new HashMap<>();
    queries.forEach(q -> expected.put(q, index.search(q)));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> workers = new ArrayList<>();
      for (int worker = 0; worker < 4; worker++) {
        int offset = worker;
        workers.add(
            () -> {
              int checked = 0;
              for (int i = 0; i < 300; i++) {
                String query = queries.get((i + offset) % queries.size());
                assertThat(index.search(query)).isEqualTo(expected.get(query));
                checked++;
              }
              return checked;
            });
      }
      for (Future<Integer> done : pool.invokeAll(workers)) {
        assertThat(done.get()).isEqualTo(300);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fixtureIdsAreTheIdsOfTheirTexts() {
    assertThat(SearchFixtures.corpus().quotes())
        .hasSizeBetween(40, 60)
        .allSatisfy(q -> assertThat(q.id()).isEqualTo(QuoteId.of(q.text())));
  }

  @Test
  void anEmptyCorpusIsSearchable() {
    QuoteIndex empty = QuoteIndex.build(new Corpus(List.of()));

    assertThat(empty.search("caches").nothingFound()).isTrue();
    assertThat(empty.complete("ca", 5)).isEmpty();
    assertThat(empty.completeAuthor("", 5)).isEmpty();
  }
}
