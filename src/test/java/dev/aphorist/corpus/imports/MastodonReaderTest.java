package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import org.junit.jupiter.api.Test;

class MastodonReaderTest {

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
