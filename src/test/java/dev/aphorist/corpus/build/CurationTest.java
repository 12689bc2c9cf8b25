package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.extract.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationTest {

  @TempDir Path dir;

  private static final String KEPT = "You should always design systems that can fail safely.";
  private static final String ALSO_KEPT =
      "The best way to keep an architecture simple is to delete the parts nobody uses.";
  private static final String DROPPED =
      "My daughter and I watched a movie about robots last night.";

  private static final SourcesManifest MANIFEST =
      new SourcesManifest(
          Map.of(
              "p.txt",
              new SourceEntry(
                  "p.txt",
                  "Profile",
                  DocumentKind.PROFILE_SCRAPE,
                  null,
                  null,
                  new Author("Ada", "ada"),
                  null,
                  1)));

  private static final List<RawDocument> DOCUMENTS =
      List.of(
          new RawDocument(
              "p.txt",
              "Bio line\n\n" + KEPT + "\n4\n90\n" + ALSO_KEPT + "\n3\n70\n" + DROPPED + "\n1\n5"));

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("curation.yaml"), yaml);
  }

  private Corpus build(Path curation) throws BadFileException {
    return CorpusBuilder.standard().build(DOCUMENTS, MANIFEST, Curation.read(curation)).corpus();
  }

  @Test
  void withoutCurationTheExtractorDecides() throws Exception {
    Corpus corpus = CorpusBuilder.standard().build(DOCUMENTS, MANIFEST, Curation.NONE).corpus();
    assertThat(corpus.quotes()).extracting(Quote::text).containsExactly(KEPT, ALSO_KEPT);
  }

  @Test
  void banRemovesAQuote() throws Exception {
    Corpus corpus =
        build(write("quotes:\n  - id: " + QuoteId.of(KEPT) + "\n    ban: too obvious\n"));
    assertThat(corpus.quotes()).extracting(Quote::text).containsExactly(ALSO_KEPT);
  }

  @Test
  void pinKeepsADroppedCandidate() throws Exception {
    Corpus corpus = build(write("quotes:\n  - id: " + QuoteId.of(DROPPED) + "\n    pin: true\n"));
    assertThat(corpus.find(QuoteId.of(DROPPED)))
        .hasValueSatisfying(
            q -> {
              assertThat(q.score()).isEqualTo(Curation.VOUCHED);
              assertThat(q.authorName()).isEqualTo("Ada");
            });
  }

  @Test
  void editKeepsTheIdAndReattributeAndRetagApply() throws Exception {
    String id = QuoteId.of(KEPT);
    Corpus corpus =
        build(
            write(
                "quotes:\n"
                    + "  - id: "
                    + id
                    + "\n"
                    + "    text: Design systems that fail safely.\n"
                    + "    author: {name: Grace Hopper}\n"
                    + "    tags: [reliability, architecture]\n"));
    Quote edited = corpus.find(id).orElseThrow();
    assertThat(edited.text()).isEqualTo("Design systems that fail safely.");
    assertThat(edited.author()).isEqualTo(new Author("Grace Hopper", null));
    assertThat(edited.tags()).containsExactly("reliability", "architecture");

    Corpus unknown = build(write("quotes:\n  - id: " + id + "\n    author: null\n"));
    assertThat(unknown.find(id).orElseThrow().author()).isNull();
  }

  @Test
  void addAddsAQuoteWithAnIdFromItsText() throws Exception {
    Corpus corpus =
        build(
            write(
                "add:\n"
                    + "  - text: Make it work, make it right, make it fast.\n"
                    + "    author: {name: Kent Beck}\n"
                    + "    source: {document: books.txt, title: Notes, kind: blog-post}\n"
                    + "    tags: [performance]\n"));
    Quote added =
        corpus.find(QuoteId.of("Make it work, make it right, make it fast.")).orElseThrow();
    assertThat(added.authorName()).isEqualTo("Kent Beck");
    assertThat(added.source().document()).isEqualTo("books.txt");
    assertThat(corpus.quotes().get(corpus.size() - 1)).isEqualTo(added);

    Corpus untagged =
        build(write("add:\n  - text: Every outage review should end with one owner per action.\n"));
    assertThat(untagged.quotes().get(untagged.size() - 1).tags()).isNotEmpty();
  }

  @Test
  void anUnknownIdIsAnErrorOnItsLine() throws Exception {
    Path file =
        write(
            "quotes:\n  - id: "
                + QuoteId.of(KEPT)
                + "\n    pin: true\n  - id: 0000000000\n    ban: x\n");
    assertThatThrownBy(() -> build(file)).hasMessage(file + ":4: unknown quote id 0000000000");
  }

  @Test
  void twoEntriesForOneIdAreAnError() throws Exception {
    String id = QuoteId.of(KEPT);
    Path file =
        write("quotes:\n  - id: " + id + "\n    pin: true\n  - id: " + id + "\n    ban: x\n");
    assertThatThrownBy(() -> Curation.read(file))
        .hasMessage(file + ":4: second entry for quote " + id + " (the first is at line 2)");
  }

  @Test
  void malformedEntriesAreNamed() throws Exception {
    Path file = write("quotes:\n  - id: not-an-id\n    ban: x\n");
    assertThatThrownBy(() -> Curation.read(file))
        .hasMessage(file + ":2: 'not-an-id' is not a quote id");
    write("quotes:\n  - id: " + QuoteId.of(KEPT) + "\n    tags: [Bad Tag]\n");
    assertThatThrownBy(() -> Curation.read(file))
        .hasMessage(file + ":2: tag 'Bad Tag' is not lower-case kebab-case");
    write("quotes:\n  - id: " + QuoteId.of(KEPT) + "\n");
    assertThatThrownBy(() -> Curation.read(file)).hasMessageContaining(":2: entry for");
    write("quotes: [\n");
    assertThatThrownBy(() -> Curation.read(file)).hasMessageContaining("not valid YAML");
    write("remove:\n  - id: x\n");
    assertThatThrownBy(() -> Curation.read(file))
        .hasMessageStartingWith(file + ":1: unknown key 'remove'");
  }

  @Test
  void anEmptyCurationChangesNothing() throws Exception {
    Corpus corpus = build(write("# no decisions yet\n"));
    assertThat(corpus.quotes()).extracting(Quote::text).containsExactly(KEPT, ALSO_KEPT);
  }

  @Test
  void theCommittedCurationIsValid() throws Exception {
    Curation curation = Curation.read(Seeds.CURATION);
    assertThat(curation.changes()).isNotEmpty();
  }
}
