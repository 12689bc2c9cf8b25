package dev.aphorist.pick;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Random quotes on demand, optionally by topic or author, that avoid the last few quotes shown in
 * the channel. "Shown" covers this picker's own picks and whatever the caller reports through
 * {@link #noteShown} (the quote of the day, a search result the user opened). The memory of recent
 * quotes is per process and bounded per channel.
 */
public final class RandomPicker {

  /** How many recent quotes a channel avoids unless told otherwise. */
  public static final int DEFAULT_AVOID_LAST = 10;

  /** Rejection sampling tries before a full scan, when the whole corpus is eligible. */
  private static final int QUICK_TRIES = 16;

  private final RandomGenerator random;
  private final int avoidLast;
  private final Map<Long, Deque<String>> recent = new ConcurrentHashMap<>();
  private final CatalogCache catalogs = new CatalogCache();

  /** A picker seeded from system entropy, avoiding the last {@value #DEFAULT_AVOID_LAST} quotes. */
  public RandomPicker() {
    this(new SplittableRandom(), DEFAULT_AVOID_LAST);
  }

  /**
   * @param random the source of randomness (tests pass a seeded one); used under a lock
   * @param avoidLast how many of a channel's recent quotes to avoid
   */
  public RandomPicker(RandomGenerator random, int avoidLast) {
    if (avoidLast < 0) {
      throw new IllegalArgumentException("avoidLast must not be negative, got " + avoidLast);
    }
    this.random = random;
    this.avoidLast = avoidLast;
  }

  /**
   * A random eligible quote not among the channel's recent ones; if the filter leaves no other
   * choice, a recent one (but not the very last, when possible). Empty when nothing is eligible.
   */
  public Optional<Quote> pick(Corpus corpus, long channelId, PickFilter filter) {
    QuoteCatalog catalog = catalogs.of(corpus);
    List<Quote> quotes = catalog.quotes();
    int[] eligible = catalog.eligible(filter);
    Set<String> avoid = recentOf(channelId);
    Optional<Quote> choice = quickPick(quotes, eligible, avoid);
    if (choice.isEmpty()) {
      choice = scanPick(quotes, eligible, avoid);
    }
    if (choice.isEmpty()) {
      String last = lastOf(channelId);
      choice = scanPick(quotes, eligible, last == null ? Set.of() : Set.of(last));
    }
    if (choice.isEmpty()) {
      choice = scanPick(quotes, eligible, Set.of());
    }
    choice.ifPresent(quote -> noteShown(channelId, quote.id()));
    return choice;
  }

  /** Remembers that a quote was shown in the channel, so random picks avoid it for a while. */
  public void noteShown(long channelId, String quoteId) {
    if (avoidLast == 0 || quoteId == null) {
      return;
    }
    Deque<String> shown = recent.computeIfAbsent(channelId, id -> new ArrayDeque<>());
    synchronized (shown) {
      shown.remove(quoteId);
      shown.addLast(quoteId);
      while (shown.size() > avoidLast) {
        shown.removeFirst();
      }
    }
  }

  /** The quotes the channel currently avoids, oldest first. */
  public List<String> recentlyShown(long channelId) {
    Deque<String> shown = recent.get(channelId);
    if (shown == null) {
      return List.of();
    }
    synchronized (shown) {
      return List.copyOf(shown);
    }
  }

  private Set<String> recentOf(long channelId) {
    return Set.copyOf(recentlyShown(channelId));
  }

  private String lastOf(long channelId) {
    List<String> shown = recentlyShown(channelId);
    return shown.isEmpty() ? null : shown.get(shown.size() - 1);
  }

  /**
   * Draws eligible positions until one is not recent: with many eligible quotes and few recent
   * ones, the first draw almost always does.
   */
  private Optional<Quote> quickPick(List<Quote> quotes, int[] eligible, Set<String> avoid) {
    int count = eligible == null ? quotes.size() : eligible.length;
    if (count == 0) {
      return Optional.empty();
    }
    for (int i = 0; i < QUICK_TRIES; i++) {
      int drawn = nextInt(count);
      Quote quote = quotes.get(eligible == null ? drawn : eligible[drawn]);
      if (!avoid.contains(quote.id())) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  /** Uniform over the eligible quotes not avoided: count them, draw one, find it. */
  private Optional<Quote> scanPick(List<Quote> quotes, int[] eligible, Set<String> avoid) {
    int count = eligible == null ? quotes.size() : eligible.length;
    int allowed = 0;
    for (int i = 0; i < count; i++) {
      if (!avoid.contains(quotes.get(eligible == null ? i : eligible[i]).id())) {
        allowed++;
      }
    }
    if (allowed == 0) {
      return Optional.empty();
    }
    int wanted = nextInt(allowed);
    for (int i = 0; i < count; i++) {
      Quote quote = quotes.get(eligible == null ? i : eligible[i]);
      if (!avoid.contains(quote.id()) && wanted-- == 0) {
        return Optional.of(quote);
      }
    }
    throw new IllegalStateException("the eligible quotes changed during a pick");
  }

  private int nextInt(int bound) {
    synchronized (random) {
      return random.nextInt(bound);
    }
  }
}
