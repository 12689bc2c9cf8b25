package dev.aphorist.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Query completions: the corpus's words and two-word phrases, weighted by how many quotes use them,
 * in a weighted FST (Lucene's {@link WFSTCompletionLookup}) whose top-N walk costs microseconds
 * whatever the corpus size.
 */
final class Completions {

  private final Analyzer analyzer;
  private final WFSTCompletionLookup lookup;

  private Completions(Analyzer analyzer, WFSTCompletionLookup lookup) {
    this.analyzer = analyzer;
    this.lookup = lookup;
  }

  static Completions build(Analyzer analyzer, Vocabulary vocabulary) throws IOException {
    List<Entry> entries = new ArrayList<>();
    // A word outranks a phrase used by as many quotes: "cache" before "cache misses".
    vocabulary
        .words()
        .forEach(
            (word, docFreq) -> {
              if (isSuggestible(word)) {
                entries.add(new Entry(word, docFreq * 2L + 1));
              }
            });
    vocabulary
        .phrases()
        .forEach(
            (phrase, docFreq) -> {
              if (isSuggestible(phrase)) {
                entries.add(new Entry(phrase, docFreq * 2L));
              }
            });
    WFSTCompletionLookup lookup =
        new WFSTCompletionLookup(new ByteBuffersDirectory(), "completions", true);
    lookup.build(new EntryIterator(entries));
    return new Completions(analyzer, lookup);
  }

  /**
   * Completions of what the user has typed so far: whole-input completions first, then, for several
   * words, completions of the last word after the others.
   */
  List<String> complete(String partial, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String key = normalize(UserInput.cut(partial, UserInput.MAX_AUTOCOMPLETE_LENGTH));
    Set<String> found = new LinkedHashSet<>();
    addAll(found, key, "", limit);
    int lastSpace = key.lastIndexOf(' ');
    if (lastSpace >= 0 && lastSpace < key.length() - 1 && found.size() < limit) {
      addAll(found, key.substring(lastSpace + 1), key.substring(0, lastSpace + 1), limit);
    }
    return List.copyOf(found);
  }

  long ramBytesUsed() {
    return lookup.ramBytesUsed();
  }

  private void addAll(Set<String> found, String prefix, String head, int limit) {
    for (Lookup.LookupResult result : lookup.lookup(prefix, null, false, limit)) {
      String completion = head + result.key;
      if (completion.length() <= UserInput.MAX_AUTOCOMPLETE_LENGTH && found.size() < limit) {
        found.add(completion);
      }
    }
  }

  /** Lower case and ASCII-folded like the indexed words; whitespace runs become one space. */
  private String normalize(String partial) {
    String folded = analyzer.normalize(IndexFields.WORDS, partial).utf8ToString();
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /** Stop words never reach the index; one-letter words and numbers make poor completions. */
  private static boolean isSuggestible(String text) {
    return text.length() >= 2
        && text.length() <= UserInput.MAX_AUTOCOMPLETE_LENGTH
        && text.codePoints().anyMatch(Character::isLetter);
  }

  private record Entry(String text, long weight) {}

  private static final class EntryIterator implements InputIterator {
    private final List<Entry> entries;
    private int next;
    private long weight;

    EntryIterator(List<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public BytesRef next() {
      if (next >= entries.size()) {
        return null;
      }
      Entry entry = entries.get(next++);
      weight = Math.min(entry.weight(), Integer.MAX_VALUE);
      return new BytesRef(entry.text());
    }

    @Override
    public long weight() {
      return weight;
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
