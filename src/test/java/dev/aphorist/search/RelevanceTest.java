package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuotesFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relevance table in src/test/resources/search/relevance.tsv: for each query, the quote that
 * must come first or within the top three. Covers stems, phrases, typos, authors and tags.
 */
class RelevanceTest {

  private static final String TABLE = "/search/relevance.tsv";

  /** The same kind of table for the corpus the bot ships: corpus/quotes.json. */
  private static final String SHIPPED_TABLE = "/search/relevance-shipped.tsv";

  private static final Path SHIPPED_CORPUS = Path.of("corpus", "quotes.json");

  private static QuoteIndex shipped;

  record Row(String kind, String query, int within, String id, String excerpt) {
    @Override
    public String toString() {
      return kind + ": " + query + " -> " + excerpt;
    }
  }

  static List<Row> rows() throws IOException {
    return rows(TABLE);
  }

  static List<Row> shippedRows() throws IOException {
    return rows(SHIPPED_TABLE);
  }

  private static synchronized QuoteIndex shippedIndex() throws Exception {
    if (shipped == null) {
      shipped = QuoteIndex.build(QuotesFile.read(SHIPPED_CORPUS));
    }
    return shipped;
  }

  private static List<Row> rows(String table) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                RelevanceTest.class.getResourceAsStream(table), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t");
        rows.add(new Row(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3], cells[4]));
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void expectedQuoteRanksHighEnough(Row row) {
    assertRanks(SearchFixtures.index(), row);
  }

  @ParameterizedTest(name = "shipped corpus, {0}")
  @MethodSource("shippedRows")
  void inTheShippedCorpusTheExpectedQuoteRanksHighEnough(Row row) throws Exception {
    Quote quote = shippedIndex().corpus().find(row.id()).orElseThrow();
    assertThat(quote.text()).as(row.toString()).contains(row.excerpt());
    assertRanks(shippedIndex(), row);
  }

  private static void assertRanks(QuoteIndex index, Row row) {
    SearchResult result = index.search(row.query());

    List<String> ranked = result.hits().stream().map(hit -> hit.quote().id()).toList();
    assertThat(ranked.indexOf(row.id()))
        .as(
            "rank of %s for %s; top hits:%n%s",
            row.id(), row.query(), describe(result.hits().stream().limit(5).toList()))
        .isBetween(0, row.within() - 1);
  }

  @Test
  void tableNamesRealQuotesAndCoversEveryKind() throws IOException {
    List<Row> rows = rows();

    for (Row row : rows) {
      Quote quote = SearchFixtures.corpus().find(row.id()).orElseThrow();
      assertThat(quote.text()).as(row.toString()).contains(row.excerpt());
    }
    assertThat(rows.stream().map(Row::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("stem", "phrase", "typo", "author", "tag");
  }

  private static String describe(List<SearchHit> hits) {
    return hits.stream()
        .map(h -> String.format("  %.3f %s %s", h.score(), h.quote().id(), h.quote().text()))
        .collect(Collectors.joining("\n"));
  }
}
