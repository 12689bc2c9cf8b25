package dev.aphorist.pick;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus prepared for picking: the positions of the quotes of each tag and author, and a hash of
 * each id. Filtering a million quotes by tag then touches only that tag's quotes, and names are
 * normalized once per corpus rather than once per quote per pick.
 */
final class QuoteCatalog {

  private static final int[] NONE = new int[0];

  private final Corpus corpus;
  private final List<Quote> quotes;
  private final long[] idHashes;
  private final Map<String, int[]> byTag;
  private final Map<String, int[]> byAuthor;

  private QuoteCatalog(
      Corpus corpus, long[] idHashes, Map<String, int[]> byTag, Map<String, int[]> byAuthor) {
    this.corpus = corpus;
    // In id order, so that a position means the same quote whatever the corpus file's order.
    this.quotes = sortedById(corpus);
    this.idHashes = idHashes;
    this.byTag = byTag;
    this.byAuthor = byAuthor;
  }

  private static List<Quote> sortedById(Corpus corpus) {
    return corpus.quotes().stream().sorted(java.util.Comparator.comparing(Quote::id)).toList();
  }

  static QuoteCatalog of(Corpus corpus) {
    List<Quote> quotes = sortedById(corpus);
    long[] hashes = new long[quotes.size()];
    Map<String, String> keys = new HashMap<>();
    Map<String, List<Integer>> tags = new HashMap<>();
    Map<String, List<Integer>> authors = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      hashes[i] = StableChoice.hash(quote.id());
      for (String tag : quote.tags()) {
        add(tags, keys.computeIfAbsent(tag, QuoteId::normalize), i);
      }
      if (quote.author() != null) {
        add(authors, keys.computeIfAbsent(quote.author().name(), QuoteId::normalize), i);
        if (quote.author().handle() != null) {
          add(authors, keys.computeIfAbsent(quote.author().handle(), QuoteId::normalize), i);
        }
      }
    }
    return new QuoteCatalog(corpus, hashes, positions(tags), positions(authors));
  }

  Corpus corpus() {
    return corpus;
  }

  List<Quote> quotes() {
    return quotes;
  }

  long idHash(int position) {
    return idHashes[position];
  }

  /**
   * Positions of the quotes the filter accepts, ascending; null when it accepts every quote. The
   * array may be shared: callers must not change it.
   */
  int[] eligible(PickFilter filter) {
    if (filter.isAny()) {
      return null;
    }
    int[] byTags = filter.tags().isEmpty() ? null : union(filter.tags(), byTag);
    int[] byAuthors = filter.authors().isEmpty() ? null : union(filter.authors(), byAuthor);
    if (byTags == null) {
      return byAuthors;
    }
    return byAuthors == null ? byTags : intersection(byTags, byAuthors);
  }

  /** The positions of the quotes under any of the keys, ascending and unique. */
  private static int[] union(java.util.Set<String> keys, Map<String, int[]> positions) {
    List<int[]> lists = new ArrayList<>();
    keys.forEach(key -> lists.add(positions.getOrDefault(key, NONE)));
    if (lists.size() == 1) {
      return lists.get(0); // one topic or author: its list is already sorted and unique
    }
    int total = 0;
    for (int[] list : lists) {
      total += list.length;
    }
    int[] union = new int[total];
    int at = 0;
    for (int[] list : lists) {
      System.arraycopy(list, 0, union, at, list.length);
      at += list.length;
    }
    Arrays.sort(union);
    int unique = 0;
    for (int i = 0; i < union.length; i++) {
      if (i == 0 || union[i] != union[i - 1]) {
        union[unique++] = union[i];
      }
    }
    return Arrays.copyOf(union, unique);
  }

  /** The positions in both ascending lists. */
  private static int[] intersection(int[] a, int[] b) {
    int[] both = new int[Math.min(a.length, b.length)];
    int count = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        both[count++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(both, count);
  }

  private static void add(Map<String, List<Integer>> index, String key, int position) {
    List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    // A quote may carry two spellings of one key (name and handle alike): record it once.
    if (list.isEmpty() || list.get(list.size() - 1) != position) {
      list.add(position);
    }
  }

  private static Map<String, int[]> positions(Map<String, List<Integer>> index) {
    Map<String, int[]> out = new HashMap<>();
    index.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(out);
  }
}
