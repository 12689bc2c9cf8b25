package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.extract.ImportedItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text, Markdown, fortune, CSV and JSON quote lists. */
class TextReadersTest {

  @Test
  void plainTextHasAPassagePerParagraph() throws Exception {
    Collected read = Collected.read(new TextReader(false), Fixtures.file("notes.txt"));

    assertThat(read.texts())
        .containsExactly(
            "Every retry policy needs a budget before it needs a dashboard.",
            "The hardest part of a migration is the last ten percent, which takes the other"
                + " ninety.");
  }

  @Test
  void markdownLosesItsMarkupAndCode() throws Exception {
    Collected read = Collected.read(new TextReader(true), Fixtures.file("essay.md"));

    assertThat(read.texts())
        .containsExactly(
            "Choose boring technology",
            "Boring technology is technology whose failure modes are well understood. Every new"
                + " tool spends some of your limited capacity for surprises. Pick the new thing"
                + " only where it pays for itself.",
            "A list item is its own passage.",
            "Another one, with code.");
  }

  @Test
  void fortuneEntriesKeepTheirStatedAuthor() throws Exception {
    Collected read = Collected.read(new FortuneReader(), Fixtures.file("quotes.fortune"));

    assertThat(read.items)
        .containsExactly(
            new ImportedItem(
                "Simplicity is prerequisite for reliability.",
                new Author("Edsger W. Dijkstra", null),
                null,
                null,
                false,
                null,
                "How do we tell truths that might hurt?",
                List.of()),
            new ImportedItem(
                "Make it work, make it right, make it fast.",
                new Author("Kent Beck", null),
                null,
                null,
                false,
                null,
                null,
                List.of()),
            ImportedItem.of(
                "There is no attribution on this one, and it is about nothing in particular."));
  }

  @Test
  void csvRowsCarryAuthorSourceAndTags() throws Exception {
    Collected read = Collected.read(new CsvQuotesReader(), Fixtures.file("quotes.csv"));

    assertThat(read.items).hasSize(3);
    assertThat(read.items.get(0))
        .isEqualTo(
            new ImportedItem(
                "Simplicity is prerequisite for reliability.",
                new Author("Edsger W. Dijkstra", null),
                null,
                null,
                false,
                null,
                "EWD 498",
                List.of("reliability", "simplicity")));
    assertThat(read.items.get(2).author()).as("no author column: left to --author").isNull();
  }

  @Test
  void jsonListsTakeNamesOrAuthorObjects() throws Exception {
    Collected read = Collected.read(new JsonQuotesReader(), Fixtures.file("quotes.json"));

    assertThat(read.texts())
        .containsExactly(
            "Simplicity is prerequisite for reliability.",
            "Weeks of coding can save you hours of planning.",
            "Make it work, make it right, make it fast.");
    assertThat(read.items.get(0).author()).isEqualTo(new Author("Edsger W. Dijkstra", null));
    assertThat(read.items.get(1).author()).isEqualTo(new Author("Unknown Engineer", "unknown_eng"));
    assertThat(read.items.get(1).tags()).containsExactly("planning", "humour");
    assertThat(read.items.get(2).author()).isNull();
  }
}
