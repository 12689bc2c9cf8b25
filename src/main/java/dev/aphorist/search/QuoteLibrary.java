package dev.aphorist.search;

import dev.aphorist.corpus.Corpus;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The corpus the bot serves right now, with its index. A reload builds the new index completely
 * before swapping it in with one reference write: a request reads {@link #current()} once and works
 * on that snapshot to the end, so searches in flight finish on the old index.
 */
public final class QuoteLibrary {

  /**
   * One consistent view: a corpus and the index built from it.
   *
   * @param corpus the quotes
   * @param index their index
   * @param loadedAt when this snapshot was built
   */
  public record Snapshot(Corpus corpus, QuoteIndex index, Instant loadedAt) {}

  private final AtomicReference<Snapshot> current;

  public QuoteLibrary(Corpus corpus, Instant now) {
    current = new AtomicReference<>(snapshot(corpus, now));
  }

  public Snapshot current() {
    return current.get();
  }

  /** Builds the index of {@code corpus} and makes it current; returns the previous snapshot. */
  public Snapshot replace(Corpus corpus, Instant now) {
    return current.getAndSet(snapshot(corpus, now));
  }

  private static Snapshot snapshot(Corpus corpus, Instant now) {
    Objects.requireNonNull(corpus, "corpus");
    return new Snapshot(corpus, QuoteIndex.build(corpus), now);
  }
}
