package dev.aphorist.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuotesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReloaderTest {

  @TempDir Path dir;

  private final Corpus full = SearchFixtures.corpus();

  private Corpus without(String word) {
    List<Quote> kept =
        full.quotes().stream().filter(q -> !q.text().toLowerCase().contains(word)).toList();
    return new Corpus(kept);
  }

  @Test
  void aReloadSwapsInTheNewCorpusWhileOldSnapshotsKeepWorking() throws Exception {
    Path file = dir.resolve("quotes.json");
    QuotesFile.write(file, full);
    QuoteLibrary library = new QuoteLibrary(full, Clock.systemUTC().instant());
    CorpusReloader reloader = new CorpusReloader(file, library, Clock.systemUTC());
    QuoteLibrary.Snapshot inFlight = library.current();
    Corpus smaller = without("cache");
    QuotesFile.write(file, smaller);

    CorpusReloader.Outcome outcome = reloader.reload();

    assertThat(outcome.changed()).isTrue();
    assertThat(outcome.before()).isEqualTo(full.size());
    assertThat(outcome.after()).isEqualTo(smaller.size()).isLessThan(full.size());
    assertThat(library.current().index().search("caches").hits())
        .allSatisfy(hit -> assertThat(smaller.contains(hit.quote().id())).isTrue());
    assertThat(inFlight.index().search("caches").hits())
        .anySatisfy(hit -> assertThat(smaller.contains(hit.quote().id())).isFalse());
    assertThat(reloader.reload().changed()).isFalse();
  }

  @Test
  void aBrokenFileChangesNothingAndSaysWhy() throws Exception {
    Path file = dir.resolve("quotes.json");
    Files.writeString(file, "{\"version\": 1, \"quotes\": [ {\"id\": ");
    QuoteLibrary library = new QuoteLibrary(full, Clock.systemUTC().instant());
    QuoteLibrary.Snapshot before = library.current();

    CorpusReloader.Outcome outcome = new CorpusReloader(file, library, Clock.systemUTC()).reload();

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.problem()).startsWith(file.toAbsolutePath() + ":1: not a valid quotes file");
    assertThat(library.current()).isSameAs(before);
  }

  @Test
  void aChangedFileIsPickedUpWithoutBeingAsked() throws Exception {
    Path file = dir.resolve("quotes.json");
    QuotesFile.write(file, full);
    QuoteLibrary library = new QuoteLibrary(full, Clock.systemUTC().instant());
    try (CorpusReloader reloader = new CorpusReloader(file, library, Clock.systemUTC())) {
      reloader.startWatching();
      Corpus smaller = without("rust");
      QuotesFile.write(file, smaller);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> library.current().corpus().size() == smaller.size());
    }
  }
}
