package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Metrics;
import dev.aphorist.corpus.extract.ImportedItem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XArchiveReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheTweetsOfAnArchiveZipAndItsOwner() throws Exception {
    Collected read = Collected.read(new XArchiveReader(null), Fixtures.xArchive(dir, true));

    assertThat(read.owner).isEqualTo(new Author("Jane Doe", "jdoe"));
    assertThat(read.skipped).containsExactly(java.util.Map.entry("retweet", 1));
    assertThat(read.texts())
        .containsExactly(
            "Most outages are caused by config changes, not code. Treat config like code: review"
                + " it, test it & roll it out slowly.",
            "Retries without backoff turn a small blip into a long outage.",
            "My new post on cell-based architecture https://example.com/posts/cells",
            "Simplicity is a feature you have to defend.",
            "Spent the weekend fixing the fence with my kids.");
    ImportedItem first = read.items.get(0);
    assertThat(first.metrics()).isEqualTo(new Metrics(null, 30L, 120L, null));
    assertThat(first.date()).isEqualTo("2023-01-10T09:00:00Z");
    assertThat(first.url()).isEqualTo("https://x.com/jdoe/status/1001");
    assertThat(first.reply()).isFalse();
    assertThat(read.items.get(1).reply()).as("a reply is flagged").isTrue();
  }

  @Test
  void readsTweetsJsAloneWithTheHandleGiven() throws Exception {
    Collected read = Collected.read(new XArchiveReader("jdoe"), Fixtures.file("tweets.js"));

    assertThat(read.owner).isNull();
    assertThat(read.items).hasSize(5);
    assertThat(read.items.get(0).url()).isEqualTo("https://x.com/jdoe/status/1001");
  }
}
