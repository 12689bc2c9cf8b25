package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import dev.aphorist.corpus.extract.ImportedDocument;
import dev.aphorist.corpus.extract.ImportedItem;
import dev.aphorist.corpus.extract.Shape;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw form of imports: written and read back item for item, line for line. */
class ImportedDocumentTest {

  @TempDir Path dir;

  @Test
  void itemsComeBackAsWrittenWithTheirLines() throws Exception {
    List<ImportedItem> items =
        List.of(
            new ImportedItem(
                "Most outages are config changes.",
                null,
                "2023-01-10T09:00:00Z",
                "https://x.com/jdoe/status/1",
                false,
                new Metrics(null, 3L, 12L, null),
                null,
                List.of()),
            new ImportedItem(
                "Line one\nline \"two\"",
                new Author("Kent Beck", null),
                null,
                null,
                true,
                null,
                "a book",
                List.of("teams")));
    Path file = dir.resolve("005_x.jsonl");
    try (OutputStream out = Files.newOutputStream(file);
        ImportedDocument.Writer writer =
            new ImportedDocument.Writer(out, ImportedDocument.Header.of("csv", Shape.POST))) {
      for (ImportedItem item : items) {
        writer.write(item);
      }
    }

    assertThat(Files.readAllLines(file)).hasSize(3);
    assertThat(Files.readAllLines(file).get(0))
        .isEqualTo("{\"version\":1,\"format\":\"csv\",\"shape\":\"post\"}");
    try (ImportedDocument.Reader reader = ImportedDocument.Reader.open(file)) {
      assertThat(reader.header().passageShape()).isEqualTo(Shape.POST);
      assertThat(reader.next(10))
          .containsExactly(
              new ImportedDocument.Line(2, items.get(0)),
              new ImportedDocument.Line(3, items.get(1)));
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void aDamagedDocumentIsNamedWithItsLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.jsonl"),
            "{\"version\":1,\"format\":\"text\",\"shape\":\"prose\"}\n{\"text\":\"ok\"}\n[1]\n");
    try (ImportedDocument.Reader reader = ImportedDocument.Reader.open(file)) {
      reader.next();
      assertThatThrownBy(reader::next).hasMessage(file + ":3: each line must be one JSON object");
    }
    Path noHeader = Files.writeString(dir.resolve("plain.jsonl"), "[]\n");
    assertThatThrownBy(() -> ImportedDocument.Reader.open(noHeader))
        .hasMessage(noHeader + ":1: not an imported document: no header line");
  }
}
