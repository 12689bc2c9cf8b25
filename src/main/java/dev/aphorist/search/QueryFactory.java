package dev.aphorist.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed user query into a Lucene query. Each bare word may match the quote text (stemmed,
 * or written together with a neighbour), the author or the tags, whichever fits best; quoted
 * phrases must match. A word the corpus does not know at all also matches the corpus words a typo
 * or two away.
 */
final class QueryFactory {

  private static final float JOINED_BOOST = 0.9f;
  private static final float AUTHOR_BOOST = 1.2f;
  private static final float TAGS_BOOST = 0.8f;
  private static final float FUZZY_BOOST = 0.5f;

  /** Lets a word that matches in several fields rank a little above one matching in one. */
  private static final float TIE_BREAKER = 0.1f;

  /** Typo matching is costly and only useful for a few words: the rest are ignored. */
  private static final int MAX_FUZZY_WORDS = 8;

  private static final int MAX_FUZZY_EXPANSIONS = 16;

  /** Longer "words" are pasted junk, not typos. */
  private static final int MAX_FUZZY_LENGTH = 32;

  private final Analyzer analyzer;
  private final IndexReader reader;
  private final QueryBuilder builder;
  private final TypoCorrector typos;

  /**
   * A query and what was learnt while building it.
   *
   * @param query the Lucene query, or null when the input holds no searchable word
   * @param unknownWords lower-case words found nowhere in the index, in input order
   */
  record Built(Query query, Set<String> unknownWords) {}

  QueryFactory(Analyzer analyzer, IndexReader reader, TypoCorrector typos) {
    this.analyzer = analyzer;
    this.reader = reader;
    this.builder = new QueryBuilder(analyzer);
    this.typos = typos;
  }

  Built build(ParsedQuery parsed) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Set<String> unknown = new LinkedHashSet<>();
    int clauses = 0;
    String previousWord = null;
    for (ParsedQuery.Unit unit : parsed.units()) {
      for (String word : unit.words()) {
        if (isUnknown(word)) {
          unknown.add(word.toLowerCase(Locale.ROOT));
        }
      }
      Query clause;
      if (unit.phrase()) {
        clause = phrase(unit.words());
        if (clause != null) {
          query.add(clause, Occur.MUST);
          clauses++;
        }
        previousWord = null;
      } else {
        String word = unit.text();
        boolean fuzzy =
            unknown.contains(word.toLowerCase(Locale.ROOT)) && unknown.size() <= MAX_FUZZY_WORDS;
        clause = word(word, fuzzy);
        if (clause != null) {
          query.add(clause, Occur.SHOULD);
          clauses++;
          if (previousWord != null) {
            Query pair = writtenTogether(previousWord, word);
            if (pair != null) {
              query.add(pair, Occur.SHOULD);
            }
          }
          previousWord = word;
        }
      }
    }
    return new Built(clauses == 0 ? null : query.build(), unknown);
  }

  /** True when the word, in any of its forms, occurs nowhere in the index. */
  boolean isUnknown(String word) {
    List<String> surface = analyze(IndexFields.WORDS, word);
    if (surface.size() != 1 || !hasLetter(surface.get(0))) {
      return false;
    }
    String form = surface.get(0);
    if (docFreq(IndexFields.WORDS, form) > 0 || docFreq(IndexFields.AUTHOR, form) > 0) {
      return false;
    }
    List<String> stems = analyze(IndexFields.TEXT, word);
    if (stems.size() != 1) {
      return false; // a stop word: known to be worthless, not unknown
    }
    String stem = stems.get(0);
    return docFreq(IndexFields.TEXT, stem) == 0
        && docFreq(IndexFields.JOINED, stem) == 0
        && docFreq(IndexFields.TAGS, stem) == 0;
  }

  private Query word(String word, boolean fuzzy) {
    List<Query> alternatives = new ArrayList<>();
    add(alternatives, builder.createPhraseQuery(IndexFields.TEXT, word), 1f);
    List<String> stems = analyze(IndexFields.TEXT, word);
    if (stems.size() == 1) {
      add(alternatives, new TermQuery(new Term(IndexFields.JOINED, stems.get(0))), JOINED_BOOST);
    }
    add(alternatives, builder.createPhraseQuery(IndexFields.AUTHOR, word), AUTHOR_BOOST);
    add(alternatives, builder.createPhraseQuery(IndexFields.TAGS, word), TAGS_BOOST);
    List<String> forms = analyze(IndexFields.WORDS, word);
    if (fuzzy && forms.size() == 1) {
      String stem = stems.size() == 1 ? stems.get(0) : null;
      for (TypoCorrector.Correction typo : typos.corrections(forms.get(0), stem)) {
        float fieldBoost = typo.field().equals(IndexFields.AUTHOR) ? AUTHOR_BOOST : 1f;
        add(
            alternatives,
            new TermQuery(new Term(typo.field(), typo.term())),
            FUZZY_BOOST * fieldBoost / typo.distance());
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  private Query phrase(List<String> words) {
    String text = String.join(" ", words);
    List<Query> alternatives = new ArrayList<>();
    add(alternatives, builder.createPhraseQuery(IndexFields.TEXT, text), 1f);
    add(alternatives, builder.createPhraseQuery(IndexFields.AUTHOR, text), AUTHOR_BOOST);
    add(alternatives, builder.createPhraseQuery(IndexFields.TAGS, text), TAGS_BOOST);
    if (words.size() == 2) {
      add(alternatives, writtenTogether(words.get(0), words.get(1)), 1f);
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /** "micro" + "services" also finds "microservices". */
  private Query writtenTogether(String first, String second) {
    List<String> stems = analyze(IndexFields.TEXT, first + second);
    if (stems.size() != 1) {
      return null;
    }
    // The joined form stands for both words, so it weighs about as much as matching both.
    return new BoostQuery(
        new TermQuery(new Term(IndexFields.TEXT, stems.get(0))), 2 * JOINED_BOOST);
  }

  private static void add(List<Query> alternatives, Query query, float boost) {
    if (query != null) {
      alternatives.add(boost == 1f ? query : new BoostQuery(query, boost));
    }
  }

  private int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasLetter(String term) {
    return term.codePoints().anyMatch(Character::isLetter);
  }

  /** The terms the field's analysis makes of a text. */
  List<String> analyze(String field, String text) {
    return analyze(analyzer, field, text);
  }

  static List<String> analyze(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysis of an in-memory string cannot fail on I/O.
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
