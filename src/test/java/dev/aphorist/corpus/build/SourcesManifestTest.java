package dev.aphorist.corpus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesManifestTest {

  @TempDir Path dir;

  private Path write(String yaml) throws Exception {
    return Files.writeString(dir.resolve("sources.yaml"), yaml);
  }

  @Test
  void readsTheCommittedManifest() throws Exception {
    SourcesManifest manifest = SourcesManifest.read(Seeds.SOURCES);
    assertThat(manifest.entries()).hasSize(5);
    SourceEntry thread = manifest.entry("003_9b2c9972a43c8276.txt").orElseThrow();
    assertThat(thread.kind()).isEqualTo(DocumentKind.THREAD_UNROLL);
    assertThat(thread.author()).isEqualTo(new Author("Yan Cui", "theburningmonk"));
    assertThat(thread.speaker()).isEqualTo(new Author("Marc Brooker", "MarcJBrooker"));
    assertThat(thread.date()).isEqualTo(LocalDate.of(2020, 12, 3));
    assertThat(manifest.entry("001_d6631107384fa0a4.txt").orElseThrow().author()).isNull();
  }

  @Test
  void problemsNameTheFileAndTheLineOfTheEntry() throws Exception {
    Path file =
        write(
            "documents:\n"
                + "  - file: a.txt\n"
                + "    kind: blog-post\n"
                + "  - file: b.txt\n"
                + "    kind: podcast\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessageStartingWith(file + ":4: unknown document kind 'podcast'");

    write("documents:\n  - file: a.txt\n    writer: me\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessageStartingWith(file + ":2: unknown field 'writer'");

    write("documents:\n  - file: a.txt\n  - file: a.txt\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessage(file + ":3: second entry for a.txt (the first is at line 2)");

    write("documents:\n  - file: a.txt\n    author: {handle: x}\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessage(file + ":2: 'author.name' is required");

    write("documents:\n  - file: a.txt\n    date: June 13\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessage(file + ":2: date 'June 13' is not YYYY-MM-DD");
  }

  @Test
  void malformedYamlIsOneLineWithItsLine() throws Exception {
    Path file = write("documents:\n  - file: a.txt\n    title: [unclosed\n  - file: b.txt\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anEmptyManifestIsAnErrorButAnEmptyListIsNot() throws Exception {
    Path file = write("# nothing yet\n");
    assertThatThrownBy(() -> SourcesManifest.read(file))
        .hasMessage(file + ": the file is empty: expected a 'documents' list");
    write("documents: []\n");
    assertThat(SourcesManifest.read(file).entries()).isEmpty();
  }

  @Test
  void aMissingManifestIsNamed() {
    Path missing = dir.resolve("none.yaml");
    assertThatThrownBy(() -> SourcesManifest.read(missing))
        .hasMessage(missing + ": file not found");
  }
}
