package dev.aphorist.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a parsed user query into a Lucene query. Each bare word matches any form of its stem in the
 * quote text (or the pair of words it spells when written apart), the author or the tags; a word
 * the corpus does not know at all also matches the corpus words a typo or two away. Quoted phrases
 * must match, word for word. All alternatives are plain term disjunctions whose scores add up: the
 * shape Lucene scores fastest, skipping documents that cannot make the top hits.
 */
final class QueryFactory {

  private static final float JOINED_BOOST = 0.9f;
  private static final float AUTHOR_BOOST = 1.2f;
  private static final float TAGS_BOOST = 0.8f;
  private static final float TYPO_BOOST = 0.5f;

  /** Typo matching is only useful for a few words: the rest are ignored. */
  private static final int MAX_TYPO_WORDS = 8;

  private final Analyzer analyzer;
  private final IndexReader reader;
  private final QueryBuilder builder;
  private final Vocabulary vocabulary;
  private final TypoCorrector typos;

  /**
   * A query and what was learnt while building it.
   *
   * @param query the Lucene query, or null when the input holds no searchable word
   * @param highlight the query's text-field parts only, for finding match spans cheaply; null when
   *     nothing in the text can match
   * @param unknownWords lower-case words found nowhere in the index, in input order
   */
  record Built(Query query, Query highlight, Set<String> unknownWords) {}

  QueryFactory(Analyzer analyzer, IndexReader reader, Vocabulary vocabulary, TypoCorrector typos) {
    this.analyzer = analyzer;
    this.reader = reader;
    this.builder = new QueryBuilder(analyzer);
    this.vocabulary = vocabulary;
    this.typos = typos;
  }

  Built build(ParsedQuery parsed) {
    return new Assembly().build(parsed);
  }

  /**
   * The state of building one query: the terms already looked up for each word (a word is looked up
   * for several purposes) and the text-field parts collected for highlighting.
   */
  private final class Assembly {

    private final Map<String, List<String>> termsByWord = new HashMap<>();
    private final Map<String, List<String>> analyzed = new HashMap<>();
    private final Map<String, Query> fieldQueries = new HashMap<>();
    private final List<Query> textParts = new ArrayList<>();

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
        if (unit.phrase()) {
          Query clause = phrase(unit.words());
          if (clause != null) {
            query.add(clause, Occur.MUST);
            clauses++;
          }
          previousWord = null;
        } else {
          String word = unit.text();
          boolean typo =
              unknown.contains(word.toLowerCase(Locale.ROOT)) && unknown.size() <= MAX_TYPO_WORDS;
          Query clause = word(word, typo);
          if (clause != null) {
            query.add(clause, Occur.SHOULD);
            clauses++;
            Query pair = previousWord == null ? null : writtenTogether(previousWord, word);
            if (pair != null) {
              query.add(pair, Occur.SHOULD);
            }
            previousWord = word;
          }
        }
      }
      return new Built(clauses == 0 ? null : query.build(), highlight(), unknown);
    }

    private Query highlight() {
      if (textParts.isEmpty()) {
        return null;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      textParts.forEach(part -> any.add(part, Occur.SHOULD));
      return any.build();
    }

    private List<String> termsFor(String word) {
      return termsByWord.computeIfAbsent(word, vocabulary::termsFor);
    }

    /** The terms a field's analysis makes of a text, computed once per query. */
    private List<String> analyzed(String field, String text) {
      return analyzed.computeIfAbsent(field + '\u0000' + text, key -> analyze(field, text));
    }

    /** The query for a text in the author or tags field: one term, or a phrase; null for none. */
    private Query fieldQuery(String field, String text) {
      String key = field + '\u0000' + text;
      if (!fieldQueries.containsKey(key)) {
        List<String> terms = analyzed(field, text);
        fieldQueries.put(
            key,
            terms.size() == 1
                ? new TermQuery(new Term(field, terms.get(0)))
                : builder.createPhraseQuery(field, text));
      }
      return fieldQueries.get(key);
    }

    /** True when the word, in any of its forms, occurs nowhere in the index. */
    boolean isUnknown(String word) {
      List<String> folded = analyzed(IndexFields.WORDS, word);
      if (folded.size() != 1 || !hasLetter(folded.get(0))) {
        return false;
      }
      List<String> words = analyzed(IndexFields.TEXT, word);
      if (words.size() != 1) {
        return false; // a stop word: known to be worthless, not unknown
      }
      if (!termsFor(words.get(0)).isEmpty() || docFreq(IndexFields.AUTHOR, folded.get(0)) > 0) {
        return false;
      }
      Query tags = fieldQuery(IndexFields.TAGS, word);
      return tags instanceof TermQuery tag
          ? docFreq(IndexFields.TAGS, tag.getTerm().text()) == 0
          : tags == null;
    }

    private Query word(String word, boolean typo) {
      List<Query> alternatives = new ArrayList<>();
      List<String> words = analyzed(IndexFields.TEXT, word);
      if (words.size() == 1) {
        add(alternatives, anyForm(words.get(0)), 1f); // the stems hold the tags' words too
      } else {
        add(alternatives, inText(text(word)), 1f); // "multi-tenant": its words side by side
        add(alternatives, fieldQuery(IndexFields.TAGS, word), TAGS_BOOST);
      }
      add(alternatives, fieldQuery(IndexFields.AUTHOR, word), AUTHOR_BOOST);
      List<String> folded = analyzed(IndexFields.WORDS, word);
      if (typo && folded.size() == 1) {
        for (TypoCorrector.Correction correction : typos.corrections(folded.get(0))) {
          // A misspelt word matches its corrections, in the text or the author names.
          Query corrected =
              correction.field().equals(IndexFields.AUTHOR)
                  ? new BoostQuery(
                      new TermQuery(new Term(IndexFields.AUTHOR, correction.term())), AUTHOR_BOOST)
                  : stem(correction.term(), vocabulary.formsOfStem(correction.term()));
          add(alternatives, corrected, TYPO_BOOST / correction.distance());
        }
      }
      return anyOfQueries(alternatives);
    }

    /**
     * A word in any of its forms, in the text or the tags, or written as two words ("micro
     * services" for "microservices"); null when the corpus has none of them.
     */
    private Query anyForm(String word) {
      List<String> terms = termsFor(word);
      List<Query> alternatives = new ArrayList<>();
      add(alternatives, stem(Stems.of(word), terms), 1f);
      for (String term : terms) {
        if (term.indexOf(Vocabulary.PAIR_SEPARATOR) >= 0) {
          add(alternatives, new TermQuery(new Term(IndexFields.TEXT, term)), 1f);
        }
      }
      return anyOfQueries(alternatives);
    }

    /**
     * One stem in the stems field, or null when no quote has it. Its forms in the text are noted
     * for highlighting: the stems field has no positions to find them by.
     */
    private Query stem(String stem, List<String> formsInText) {
      if (docFreq(IndexFields.STEMS, stem) == 0) {
        return null;
      }
      inText(anyOf(formsInText));
      return new TermQuery(new Term(IndexFields.STEMS, stem));
    }

    private Query phrase(List<String> words) {
      String text = String.join(" ", words);
      if (analyzed(IndexFields.TEXT, text).size() <= 1) {
        return word(text, false); // a quoted word (stop words aside) is just that word
      }
      List<Query> alternatives = new ArrayList<>();
      add(alternatives, inText(text(text)), 1f);
      add(alternatives, fieldQuery(IndexFields.AUTHOR, text), AUTHOR_BOOST);
      add(alternatives, fieldQuery(IndexFields.TAGS, text), TAGS_BOOST);
      if (words.size() == 2) {
        add(alternatives, writtenTogether(words.get(0), words.get(1)), 1f);
      }
      return anyOfQueries(alternatives);
    }

    /**
     * The text query for a word or phrase: each word position matches any form of its stem (a
     * single word also the pair it spells), positions in order when there are several.
     */
    private Query text(String words) {
      List<String> terms = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, words)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment =
            stream.addAttribute(PositionIncrementAttribute.class);
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
          position += increment.getPositionIncrement();
          terms.add(term.toString());
          at.add(position);
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (terms.isEmpty()) {
        return null;
      }
      if (terms.size() == 1) {
        return anyForm(terms.get(0));
      }
      // A phrase matches its words as written (case and accents aside): quoting asks for
      // exactly these words, and an exact phrase is much cheaper to match than every form.
      for (String word : terms) {
        if (!vocabulary.isWord(word)) {
          return null; // a word the text never uses: the phrase cannot match
        }
      }
      if (isRun(at)) {
        return pairPhrase(terms);
      }
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      for (int i = 0; i < terms.size(); i++) {
        phrase.add(new Term(IndexFields.TEXT, terms.get(i)), at.get(i));
      }
      return phrase.build();
    }

    /**
     * Words with nothing between them, matched through the pair terms the index holds for every two
     * neighbouring words (see {@link JoinedPairsFilter}): "a b" is the one term a+b, "a b c" the
     * pairs a+b and b+c one after the other. Pairs are far rarer than their words, and a two-word
     * phrase then needs no positions at all; the documents matched are the same.
     */
    private Query pairPhrase(List<String> words) {
      PhraseQuery.Builder pairs = new PhraseQuery.Builder();
      Term pair = null;
      for (int i = 1; i < words.size(); i++) {
        pair =
            new Term(IndexFields.TEXT, words.get(i - 1) + Vocabulary.PAIR_SEPARATOR + words.get(i));
        if (docFreq(IndexFields.TEXT, pair.text()) == 0) {
          return null; // the words never stand side by side
        }
        pairs.add(pair, i - 1);
      }
      return words.size() == 2 ? new TermQuery(pair) : pairs.build();
    }

    /** "micro" + "services" also finds "microservices" and "microservice". */
    private Query writtenTogether(String first, String second) {
      List<String> words = analyzed(IndexFields.TEXT, first + second);
      if (words.size() != 1) {
        return null;
      }
      Query joined = anyForm(words.get(0));
      // The joined form stands for both words, so it weighs about as much as matching both.
      return joined == null ? null : boosted(joined, 2 * JOINED_BOOST);
    }

    /** Notes a text-field query for highlighting, and returns it. */
    private Query inText(Query query) {
      if (query != null) {
        textParts.add(query);
      }
      return query;
    }
  }

  /** Any of the forms in the text field: one term, a disjunction of terms, or null for none. */
  private static Query anyOf(List<String> forms) {
    if (forms.isEmpty()) {
      return null;
    }
    if (forms.size() == 1) {
      return new TermQuery(new Term(IndexFields.TEXT, forms.get(0)));
    }
    List<Query> terms = new ArrayList<>();
    for (String form : forms) {
      terms.add(new TermQuery(new Term(IndexFields.TEXT, form)));
    }
    return anyOfQueries(terms);
  }

  /** Any of several queries, their scores added: the disjunction Lucene scores fastest. */
  private static Query anyOfQueries(List<Query> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    alternatives.forEach(alternative -> any.add(alternative, Occur.SHOULD));
    return any.build();
  }

  private static void add(List<Query> alternatives, Query query, float boost) {
    if (query != null) {
      alternatives.add(boosted(query, boost));
    }
  }

  /**
   * The query with its scores multiplied. A disjunction gets the boost on each of its clauses
   * instead of around it, so that Lucene can merge it into the enclosing disjunction and skip
   * documents across all of its terms at once.
   */
  private static Query boosted(Query query, float boost) {
    if (boost == 1f) {
      return query;
    }
    if (query instanceof BooleanQuery any && isPureDisjunction(any)) {
      BooleanQuery.Builder spread = new BooleanQuery.Builder();
      for (BooleanClause clause : any.clauses()) {
        spread.add(boosted(clause.getQuery(), boost), Occur.SHOULD);
      }
      return spread.build();
    }
    if (query instanceof BoostQuery inner) {
      return new BoostQuery(inner.getQuery(), inner.getBoost() * boost);
    }
    return new BoostQuery(query, boost);
  }

  private static boolean isPureDisjunction(BooleanQuery query) {
    return query.getMinimumNumberShouldMatch() == 0
        && query.clauses().stream().allMatch(clause -> clause.getOccur() == Occur.SHOULD);
  }

  private int docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the positions follow each other with no gap (no stop word was left out). */
  private static boolean isRun(List<Integer> positions) {
    for (int i = 1; i < positions.size(); i++) {
      if (positions.get(i) != positions.get(i - 1) + 1) {
        return false;
      }
    }
    return true;
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
