package dev.aphorist.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesFileTest {

  @TempDir Path dir;

  private static Quote quote(String text, Author author, Metrics metrics) {
    return new Quote(
        QuoteId.of(text),
        text,
        author,
        new Source("002.txt", "Profile", DocumentKind.PROFILE_SCRAPE, "https://x.com/joe"),
        List.of("architecture"),
        0.75,
        metrics);
  }

  @Test
  void writesTheDocumentedShapeAndReadsItBack() throws Exception {
    Corpus corpus =
        new Corpus(
            List.of(
                quote(
                    "Both things are true.",
                    new Author("Joe", "@joe"),
                    new Metrics(1L, 2L, 3L, null)),
                quote("Nobody knows who said this.", null, null)));
    Path file = dir.resolve("quotes.json");

    QuotesFile.write(file, corpus);
    String json = Files.readString(file);

    assertThat(json).startsWith("{\n  \"version\" : 1,\n  \"quotes\" : [");
    assertThat(json).contains("\"author\" : null").contains("\"handle\" : \"joe\"");
    assertThat(json).contains("\"kind\" : \"profile-scrape\"").doesNotContain("\"views\"");
    assertThat(QuotesFile.read(file).quotes()).isEqualTo(corpus.quotes());
  }

  @Test
  void namesTheFileAndLineOfMalformedJson() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"version\": 1,\n \"quotes\": [\n {\"id\": }\n]}");

    assertThatThrownBy(() -> QuotesFile.read(file))
        .isInstanceOf(BadFileException.class)
        .hasMessageStartingWith(file + ":3: not a valid quotes file");
  }

  @Test
  void rejectsUnknownVersionsDuplicateIdsAndOutOfRangeScores() throws Exception {
    Path file = dir.resolve("q.json");
    Files.writeString(file, "{\"version\": 2, \"quotes\": []}");
    assertThatThrownBy(() -> QuotesFile.read(file)).hasMessageContaining("unsupported version 2");

    Quote one = quote("Same.", null, null);
    String twice =
        new String(QuotesFile.toBytes(new Corpus(List.of(one))), StandardCharsets.UTF_8)
            .replace("\"quotes\" : [ ", "\"quotes\" : [ " + jsonOf(one) + ", ");
    Files.writeString(file, twice);
    assertThatThrownBy(() -> QuotesFile.read(file)).hasMessageContaining("duplicate quote id");

    Files.writeString(
        file,
        "{\"version\":1,\"quotes\":[{\"id\":\"a\",\"text\":\"t\",\"author\":null,"
            + "\"source\":{\"document\":\"d\",\"title\":null,\"kind\":\"blog-post\",\"url\":null},"
            + "\"tags\":[],\"score\":1.5}]}");
    assertThatThrownBy(() -> QuotesFile.read(file))
        .hasMessageContaining("score 1.5 is not in 0..1");
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> QuotesFile.read(missing)).hasMessage(missing + ": file not found");
  }

  private static String jsonOf(Quote quote) throws Exception {
    String doc = new String(QuotesFile.toBytes(new Corpus(List.of(quote))), StandardCharsets.UTF_8);
    return doc.substring(doc.indexOf('[') + 1, doc.lastIndexOf(']')).strip();
  }

  @Test
  void quotesReadFromAFileShareTheirRepeatedValues() throws Exception {
    Path file = dir.resolve("quotes.json");
    Author joe = new Author("Joe", "@joe");
    QuotesFile.write(
        file,
        new Corpus(
            List.of(quote("One.", joe, null), quote("Two.", new Author("Joe", "@joe"), null))));

    List<Quote> read = QuotesFile.read(file).quotes();

    assertThat(read.get(1).author()).isEqualTo(joe).isSameAs(read.get(0).author());
    assertThat(read.get(1).source()).isSameAs(read.get(0).source());
    assertThat(read.get(1).tags()).isSameAs(read.get(0).tags());
  }

  @Test
  void namesWhatIsWrongWithTheDocumentsShape() throws Exception {
    Path file = dir.resolve("q.json");
    String[][] cases = {
      {"[]", ":1: not a valid quotes file: expected an object with \"version\" and \"quotes\""},
      {
        "{\"version\": 1, \"quotes\": [], \"extra\": 2}",
        ":1: not a valid quotes file: unknown field \"extra\""
      },
      {
        "{\"version\": \"1\", \"quotes\": []}",
        ":1: not a valid quotes file: \"version\" must be a whole number"
      },
      {"{\"quotes\": []}", ": missing \"version\""},
      {"{\"version\": 1}", ": missing \"quotes\" array"},
      {
        "{\"version\": 1, \"quotes\": {}}",
        ":1: not a valid quotes file: \"quotes\" must be an array"
      },
      {"{\"version\": 1,\n\"quotes\": [\nnull]}", ":3: not a valid quotes file: quote 1 is null"},
      {"", ": the file is empty"},
    };
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      assertThatThrownBy(() -> QuotesFile.read(file))
          .as(c[0])
          .isInstanceOf(BadFileException.class)
          .hasMessage(file + c[1]);
    }
  }
}
