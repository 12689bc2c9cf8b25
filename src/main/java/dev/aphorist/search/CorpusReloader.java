package dev.aphorist.search;

import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a running bot's corpus fresh: reloads the quotes file into the {@link QuoteLibrary} when
 * asked ({@code /quote reload}) or when the file changes on disk. A file that cannot be read, or
 * does not validate, is reported and changes nothing: the bot keeps serving the previous corpus.
 */
public final class CorpusReloader implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CorpusReloader.class);

  /** Editors and `corpus build` write in several steps; wait for the writes to settle. */
  static final Duration SETTLE = Duration.ofMillis(300);

  /**
   * What a reload did.
   *
   * @param changed whether a new corpus was swapped in
   * @param before quotes served before
   * @param after quotes served after
   * @param problem why nothing changed, when it failed; else null
   */
  public record Outcome(boolean changed, int before, int after, String problem) {
    public boolean failed() {
      return problem != null;
    }
  }

  private final Path file;
  private final QuoteLibrary library;
  private final Clock clock;
  private final ReentrantLock reloading = new ReentrantLock();
  private WatchService watcher;
  private Thread watchThread;

  public CorpusReloader(Path file, QuoteLibrary library, Clock clock) {
    this.file = file.toAbsolutePath();
    this.library = library;
    this.clock = clock;
  }

  /** Reads the file and swaps it in if it differs from what is served. One reload at a time. */
  public Outcome reload() {
    reloading.lock();
    try {
      Corpus served = library.current().corpus();
      Corpus fresh;
      try {
        fresh = QuotesFile.read(file);
      } catch (BadFileException e) {
        log.error("corpus not reloaded, keeping {} quotes: {}", served.size(), e.getMessage());
        return new Outcome(false, served.size(), served.size(), e.getMessage());
      }
      if (fresh.quotes().equals(served.quotes())) {
        return new Outcome(false, served.size(), served.size(), null);
      }
      library.replace(fresh, clock.instant());
      log.info("corpus reloaded: {} quotes (was {})", fresh.size(), served.size());
      return new Outcome(true, served.size(), fresh.size(), null);
    } finally {
      reloading.unlock();
    }
  }

  /** Watches the file's folder and reloads after each change has settled. */
  public synchronized void startWatching() throws IOException {
    if (watcher != null) {
      return;
    }
    watcher = FileSystems.getDefault().newWatchService();
    // Watch the folder, not the file: atomic writes replace the file with a new one.
    file.getParent()
        .register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
    WatchService service = watcher;
    watchThread = new Thread(() -> watch(service), "aphorist-corpus-watch");
    watchThread.setDaemon(true);
    watchThread.start();
  }

  private void watch(WatchService service) {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean ours =
            key.pollEvents().stream().anyMatch(event -> file.getFileName().equals(event.context()));
        key.reset();
        if (ours) {
          // Let a burst of writes finish, and drain the events it caused.
          Thread.sleep(SETTLE.toMillis());
          WatchKey more;
          while ((more = service.poll()) != null) {
            more.pollEvents();
            more.reset();
          }
          reload();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closing: nothing left to do.
    } catch (RuntimeException e) {
      log.error("corpus watch stopped", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (watcher != null) {
      watcher.close();
      watchThread.interrupt();
      watcher = null;
    }
  }
}
