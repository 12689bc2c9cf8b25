package dev.aphorist.corpus.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

  private final AtomicLong now = new AtomicLong();
  private final StringWriter text = new StringWriter();

  private ImportProgress progress(boolean terminal) {
    return new ImportProgress(new PrintWriter(text), terminal, now::get, Duration.ofSeconds(5));
  }

  @Test
  void aTerminalGetsOneLineRedrawnWithBarRateAndEta() {
    ImportProgress progress = progress(true);
    progress.total(1000);
    for (int i = 0; i < 100; i++) {
      now.addAndGet(Duration.ofMillis(10).toNanos());
      progress.bytes((i + 1) * 2L);
      progress.item();
    }
    // one second: 100 items, 200 of 1000 bytes read, so 4 s left

    assertThat(text.toString()).startsWith("\r[").doesNotContain("\n");
    assertThat(text.toString())
        .endsWith("\r[#####...................]  20% 100 items read, 100 items/s, ETA 0:04   ");
    progress.finish();
    assertThat(text.toString()).endsWith("\n");
  }

  @Test
  void extractionCountsItemsOutOfTheTotal() {
    ImportProgress progress = progress(false);
    progress.extracting(40_000);
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    progress.extracted(10_000);

    assertThat(text.toString().lines())
        .containsExactly(
            "import: [######..................]  25% 10,000 items extracted, 1,667 items/s, ETA"
                + " 0:18");
  }

  @Test
  void elsewherePlainLinesEveryInterval() {
    ImportProgress progress = progress(false);
    for (int i = 0; i < 12; i++) {
      now.addAndGet(Duration.ofSeconds(1).toNanos());
      progress.item();
    }

    assertThat(text.toString().lines())
        .containsExactly("import: 5 items read, 1 items/s", "import: 10 items read, 1 items/s");
  }
}
