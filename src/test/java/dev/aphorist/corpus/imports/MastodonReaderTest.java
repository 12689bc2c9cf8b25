package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MastodonReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheArchiveZipWithItsActor() throws Exception {
    Path zip = dir.resolve("mastodon-archive.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("actor.json"));
      out.write(
          ("{\"id\": \"https://hachyderm.io/users/alice\", \"type\": \"Person\","
                  + " \"preferredUsername\": \"alice\", \"name\": \"Alice Example\"}")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("outbox.json"));
      out.write(Files.readAllBytes(Fixtures.file("outbox.json")));
      out.closeEntry();
    }

    Collected read = Collected.read(new MastodonReader(), zip);

    assertThat(read.owner).isEqualTo(new Author("Alice Example", "alice@hachyderm.io"));
    assertThat(read.items).hasSize(2);
    assertThat(FormatDetector.detect(zip)).isEqualTo(ImportFormat.MASTODON);
  }

  @Test
  void readsPublicNotesAsTextAndSkipsBoostsAndPrivateMessages() throws Exception {
    Collected read = Collected.read(new MastodonReader(), Fixtures.file("outbox.json"));

    assertThat(read.owner).isEqualTo(new Author("alice@hachyderm.io", "alice@hachyderm.io"));
    assertThat(read.texts())
        .containsExactly(
            "Every abstraction costs more to remove than to add.\n\n"
                + "Choose them like you'll live with them & you will.",
            "@bob Code review is where teams learn,\nnot where they gatekeep.");
    assertThat(read.items.get(0).url()).isEqualTo("https://hachyderm.io/@alice/1");
    assertThat(read.items.get(0).date()).isEqualTo("2023-02-01T10:00:00Z");
    assertThat(read.items.get(0).reply()).isFalse();
    assertThat(read.items.get(1).reply()).isTrue();
    assertThat(read.skipped).containsEntry("boost", 1).containsEntry("not public", 1);
  }
}
