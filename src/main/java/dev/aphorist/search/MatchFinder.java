package dev.aphorist.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Finds where a query matched inside a hit's text. The hit's text is analyzed again exactly as it
 * was indexed (words and neighbour pairs, with their character offsets), and compared with the
 * terms and phrases of the query's text part: a phrase comes out as one span, a stem or typo match
 * as the word actually written, a pair as both its words. Re-analyzing a few short quotes is
 * cheaper than asking the index for every term's positions in every hit.
 */
final class MatchFinder {

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Set<String> words = new HashSet<>();
  private final List<Phrase> phrases = new ArrayList<>();
  private final boolean pairs;

  /** A phrase: at each relative position, the terms that may stand there. */
  private record Phrase(int[] positions, List<Set<String>> terms) {}

  /** A token of the analyzed hit text. */
  private record Token(String term, int position, int start, int end) {}

  /**
   * @param indexAnalyzer the analyzer that indexed the text, pairs included
   * @param queryAnalyzer the same without pairs: enough, and cheaper, when the query has none
   * @param textQuery the text-field part of the query
   */
  MatchFinder(Analyzer indexAnalyzer, Analyzer queryAnalyzer, Query textQuery) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    textQuery.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            if (query instanceof PhraseQuery phrase) {
              addPhrase(phrase.getPositions(), toSets(phrase.getTerms()));
            } else {
              words.addAll(texts(terms));
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // Every part of the highlight query is wanted, whatever its occurrence.
            return this;
          }
        });
    this.pairs = hasPairs();
  }

  /** The sorted, non-overlapping spans of the query's matches in {@code text}. */
  List<MatchSpan> spans(String text) {
    List<Token> tokens = tokens(text);
    List<int[]> found = new ArrayList<>();
    for (Token token : tokens) {
      if (words.contains(token.term())) {
        found.add(new int[] {token.start(), token.end()});
      }
    }
    for (Phrase phrase : phrases) {
      for (Token first : tokens) {
        if (!phrase.terms().get(0).contains(first.term())) {
          continue;
        }
        int end = matchRest(phrase, first, tokens);
        if (end >= 0) {
          found.add(new int[] {first.start(), end});
        }
      }
    }
    return merge(found, text.length());
  }

  /** The end offset of the phrase starting at {@code first}, or -1 when it does not match. */
  private static int matchRest(Phrase phrase, Token first, List<Token> tokens) {
    int end = first.end();
    for (int i = 1; i < phrase.positions().length; i++) {
      int wanted = first.position() + phrase.positions()[i] - phrase.positions()[0];
      Token match = null;
      for (Token token : tokens) {
        if (token.position() == wanted && phrase.terms().get(i).contains(token.term())) {
          match = token;
          break;
        }
      }
      if (match == null) {
        return -1;
      }
      end = Math.max(end, match.end());
    }
    return end;
  }

  /** True when a term or phrase of the query is made of pairs: only the index analyzer has them. */
  private boolean hasPairs() {
    return words.stream().anyMatch(MatchFinder::isPair)
        || phrases.stream()
            .flatMap(phrase -> phrase.terms().stream())
            .flatMap(Set::stream)
            .anyMatch(MatchFinder::isPair);
  }

  private static boolean isPair(String term) {
    return term.indexOf(Vocabulary.PAIR_SEPARATOR) >= 0;
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    // Both analyzers give words the same positions; only the index one adds pairs.
    Analyzer analyzer = pairs ? indexAnalyzer : queryAnalyzer;
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new Token(term.toString(), position, offsets.startOffset(), offsets.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private void addPhrase(int[] positions, List<Set<String>> terms) {
    if (positions.length > 0) {
      phrases.add(new Phrase(positions, terms));
    }
  }

  private static List<Set<String>> toSets(Term[] terms) {
    List<Set<String>> sets = new ArrayList<>();
    for (Term term : terms) {
      sets.add(Set.of(term.text()));
    }
    return sets;
  }

  private static Set<String> texts(Term[] terms) {
    Set<String> texts = new HashSet<>();
    for (Term term : terms) {
      if (IndexFields.TEXT.equals(term.field())) {
        texts.add(term.text());
      }
    }
    return texts;
  }

  /** Overlapping spans (a word inside a matched phrase) become one; offsets stay in the text. */
  static List<MatchSpan> merge(List<int[]> spans, int length) {
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
    List<MatchSpan> merged = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : spans) {
      int from = Math.max(0, span[0]);
      int to = Math.min(length, span[1]);
      if (to <= from) {
        continue;
      }
      if (start >= 0 && from < end) {
        end = Math.max(end, to);
      } else {
        if (start >= 0) {
          merged.add(new MatchSpan(start, end));
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      merged.add(new MatchSpan(start, end));
    }
    return merged;
  }
}
