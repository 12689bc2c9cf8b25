package dev.aphorist.bench;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * The baseline: what search costs without an index. Every query reads every quote, counting how
 * many of the query's words (or its quoted phrase) occur in the lower-cased text or author name,
 * and keeps the ten best. Texts are lower-cased once up front, which flatters the scan.
 */
public final class LinearScan {

  private final List<Quote> quotes;
  private final String[] texts;
  private final String[] authors;

  public LinearScan(Corpus corpus) {
    this.quotes = corpus.quotes();
    this.texts = new String[quotes.size()];
    this.authors = new String[quotes.size()];
    for (int i = 0; i < quotes.size(); i++) {
      texts[i] = quotes.get(i).text().toLowerCase(Locale.ROOT);
      String author = quotes.get(i).authorName();
      authors[i] = author == null ? "" : author.toLowerCase(Locale.ROOT);
    }
  }

  public List<Quote> search(String query, int limit) {
    String lower = query.toLowerCase(Locale.ROOT).strip();
    String[] terms =
        lower.startsWith("\"") ? new String[] {lower.replace("\"", "")} : lower.split("\\s+");
    record Scored(int position, int matches) {}
    PriorityQueue<Scored> best =
        new PriorityQueue<>(
            Comparator.comparingInt(Scored::matches).thenComparing(s -> -s.position()));
    for (int i = 0; i < texts.length; i++) {
      int matches = 0;
      for (String term : terms) {
        if (!term.isEmpty() && (texts[i].contains(term) || authors[i].contains(term))) {
          matches++;
        }
      }
      if (matches > 0) {
        best.add(new Scored(i, matches));
        if (best.size() > limit) {
          best.poll();
        }
      }
    }
    List<Quote> found = new ArrayList<>(best.size());
    while (!best.isEmpty()) {
      found.add(0, quotes.get(best.poll().position()));
    }
    return found;
  }
}
