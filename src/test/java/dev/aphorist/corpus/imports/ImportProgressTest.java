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
        .endsWith("\r[#####...................]  20% 100 items, 100 items/s, ETA 0:04   ");
    progress.finish();
    assertThat(text.toString()).endsWith("\n");
  }

  @Test
  void elsewherePlainLinesEveryInterval() {
    ImportProgress progress = progress(false);
    for (int i = 0; i < 12; i++) {
      now.addAndGet(Duration.ofSeconds(1).toNanos());
      progress.item();
    }

    assertThat(text.toString().lines())
        .containsExactly("import: 5 items, 1 items/s", "import: 10 items, 1 items/s");
  }
}
