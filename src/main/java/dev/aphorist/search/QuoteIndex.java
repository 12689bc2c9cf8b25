package dev.aphorist.search;

import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable, in-memory full-text index of one corpus: search, completions and related quotes.
 *
 * <p>Built once from a {@link Corpus} and never changed, so a newer corpus gets a new index that
 * can replace this one atomically (one reference swap) while searches already running finish on
 * this one. Every method is thread-safe, and none throws for any user input.
 */
public final class QuoteIndex {

  /** The quality boost: a quote of score 1 gains this much over one of score 0. */
  private static final float QUALITY_WEIGHT = 0.3f;

  /** Hits are counted exactly up to here; beyond, Lucene may skip uncompetitive documents. */
  private static final int COUNT_EXACTLY_UP_TO = 1000;

  private static final double RAM_BUFFER_MB = 128;

  private final Corpus corpus;
  private final Quote[] quotes;
  private final String[] ids;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory directory;
  private final IndexSearcher searcher;
  private final QueryFactory queries;
  private final TypoCorrector typos;
  private final RelatedQuotes related;
  private final Completions completions;
  private final NameDirectory authors;
  private final NameDirectory tags;

  private QuoteIndex(Corpus corpus, Quote[] quotes, Analyzer analyzer, ByteBuffersDirectory dir)
      throws IOException {
    this.corpus = corpus;
    this.quotes = quotes;
    this.ids = Arrays.stream(quotes).map(Quote::id).toArray(String[]::new);
    this.analyzer = analyzer;
    this.directory = dir;
    DirectoryReader reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
    this.typos = TypoCorrector.build(reader, analyzer);
    this.queries = new QueryFactory(analyzer, reader, typos);
    this.related = new RelatedQuotes(reader, analyzer);
    this.completions = Completions.build(analyzer, reader);
    this.authors = authorDirectory(quotes);
    this.tags = tagDirectory(quotes);
  }

  /** Indexes every quote of the corpus. */
  public static QuoteIndex build(Corpus corpus) {
    // Documents go in id order, so equal scores tie-break by id: never by corpus file order.
    Quote[] quotes = corpus.quotes().toArray(Quote[]::new);
    Arrays.sort(quotes, Comparator.comparing(Quote::id));
    Analyzer analyzer = Analyzers.perField();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            // Merges of adjacent segments only: documents keep their insertion (id) order.
            .setMergePolicy(new LogByteSizeMergePolicy())
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setUseCompoundFile(false);
    try {
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int ord = 0; ord < quotes.length; ord++) {
          writer.addDocument(document(ord, quotes[ord]));
        }
        writer.forceMerge(1);
        writer.commit();
      }
      return new QuoteIndex(corpus, quotes, analyzer, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  /** The corpus this index was built from. */
  public Corpus corpus() {
    return corpus;
  }

  public int size() {
    return quotes.length;
  }

  /** The first hits for a query typed by a user, unfiltered. */
  public SearchResult search(String query) {
    return search(SearchRequest.of(query));
  }

  /** Searches text, authors and tags; results or an explained "nothing found", never an error. */
  public SearchResult search(SearchRequest request) {
    String raw = request.query();
    boolean truncated = UserInput.isTooLong(raw, UserInput.MAX_QUERY_LENGTH);
    String query = UserInput.cut(raw, UserInput.MAX_QUERY_LENGTH);
    ParsedQuery parsed = ParsedQuery.parse(query);
    try {
      QueryFactory.Built built = queries.build(parsed);
      boolean filtered = request.author() != null || request.tag() != null;
      if (built.query() == null && !filtered) {
        return new SearchResult(
            query, truncated, List.of(), 0, true, didYouMean(parsed, built, request));
      }
      Query full = withFiltersAndQuality(built.query(), request);
      TopDocs top =
          searcher.search(
              full,
              new TopScoreDocCollectorManager(
                  request.offset() + request.limit(), COUNT_EXACTLY_UP_TO));
      List<SearchHit> hits = hits(top.scoreDocs, request.offset(), built.query());
      boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
      Optional<String> suggestion =
          hits.isEmpty() || !built.unknownWords().isEmpty()
              ? didYouMean(parsed, built, request)
              : Optional.empty();
      return new SearchResult(query, truncated, hits, top.totalHits.value, exact, suggestion);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
  }

  /**
   * Completions for a search box: corpus words and two-word phrases that start with what the user
   * typed (or whose last word does), most used first; each at most {@value
   * UserInput#MAX_AUTOCOMPLETE_LENGTH} characters.
   */
  public List<String> complete(String partial, int limit) {
    return completions.complete(partial, limit);
  }

  /** Author names with a word starting with {@code partial}, most quoted first. */
  public List<String> completeAuthor(String partial, int limit) {
    return authors.lookup(partial, limit);
  }

  /** Tags with a word starting with {@code partial}, most used first. */
  public List<String> completeTag(String partial, int limit) {
    return tags.lookup(partial, limit);
  }

  /** Quotes related to the quote with this id, best first; empty for an unknown id. */
  public List<Quote> moreLikeThis(String quoteId, int limit) {
    int ord = quoteId == null ? -1 : Arrays.binarySearch(ids, quoteId);
    if (ord < 0 || limit <= 0) {
      return List.of();
    }
    try {
      Query query =
          new BooleanQuery.Builder()
              .add(related.like(quotes[ord]), Occur.MUST)
              .add(quality(), Occur.SHOULD)
              .build();
      int wanted = Math.min(limit, SearchRequest.MAX_LIMIT);
      TopDocs top = searcher.search(query, wanted + 1);
      List<Quote> found = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        int hitOrd = ordOf(hit.doc);
        if (hitOrd != ord && found.size() < wanted) {
          found.add(quotes[hitOrd]);
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory search failed", e);
    }
  }

  /** Bytes of the index files and the completion FST, all on the heap (quotes not counted). */
  public long ramBytesUsed() {
    try {
      long bytes = completions.ramBytesUsed();
      for (String file : directory.listAll()) {
        bytes += directory.fileLength(file);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query withFiltersAndQuality(Query matching, SearchRequest request) {
    BooleanQuery.Builder full = new BooleanQuery.Builder();
    full.add(matching == null ? new MatchAllDocsQuery() : matching, Occur.MUST);
    full.add(quality(), Occur.SHOULD);
    if (request.author() != null) {
      full.add(
          new TermQuery(new Term(IndexFields.AUTHOR_KEY, Keys.of(request.author()))), Occur.FILTER);
    }
    if (request.tag() != null) {
      full.add(new TermQuery(new Term(IndexFields.TAG_KEY, Keys.of(request.tag()))), Occur.FILTER);
    }
    return full.build();
  }

  /**
   * Adds to the relevance of every matching quote in proportion to its score: an additive feature,
   * which lets Lucene still skip documents that cannot make the top hits.
   */
  private static Query quality() {
    return FeatureField.newLinearQuery(IndexFields.FEATURES, IndexFields.QUALITY, QUALITY_WEIGHT);
  }

  private List<SearchHit> hits(ScoreDoc[] top, int offset, Query matching) throws IOException {
    if (top.length <= offset) {
      return List.of();
    }
    MatchFinder matches = matching == null ? null : new MatchFinder(searcher, matching);
    List<SearchHit> hits = new ArrayList<>(top.length - offset);
    for (int i = offset; i < top.length; i++) {
      Quote quote = quotes[ordOf(top[i].doc)];
      List<MatchSpan> spans =
          matches == null ? List.of() : matches.spans(top[i].doc, quote.text().length());
      hits.add(new SearchHit(quote, top[i].score, spans));
    }
    return hits;
  }

  private int ordOf(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues ords = DocValues.getNumeric(leaf.reader(), IndexFields.ORD);
    if (!ords.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("document " + doc + " has no quote ordinal");
    }
    return (int) ords.longValue();
  }

  private Optional<String> didYouMean(
      ParsedQuery parsed, QueryFactory.Built built, SearchRequest request) throws IOException {
    Map<String, String> corrections = new HashMap<>();
    for (String word : built.unknownWords()) {
      List<String> forms = queries.analyze(IndexFields.WORDS, word);
      List<String> stems = queries.analyze(IndexFields.TEXT, word);
      if (forms.size() == 1) {
        typos
            .best(forms.get(0), stems.size() == 1 ? stems.get(0) : null)
            .ifPresent(fix -> corrections.put(word, fix));
      }
    }
    if (!corrections.isEmpty()) {
      return Optional.of(
          parsed.render(w -> corrections.getOrDefault(w.toLowerCase(Locale.ROOT), w)));
    }
    if (parsed.hasPhrases()) {
      ParsedQuery loose = parsed.withoutPhrases();
      Query looseQuery = queries.build(loose).query();
      if (looseQuery != null && searcher.count(withFiltersAndQuality(looseQuery, request)) > 0) {
        return Optional.of(loose.render(w -> w));
      }
    }
    return Optional.empty();
  }

  private static Document document(int ord, Quote quote) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(IndexFields.ORD, ord));
    String text = quote.text();
    doc.add(new Field(IndexFields.TEXT, text, IndexFields.TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.WORDS, text, IndexFields.TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.JOINED, text, IndexFields.TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.PHRASES, text, IndexFields.DOCS_ONLY));
    if (quote.author() != null) {
      String handle = quote.author().handle();
      doc.add(
          new TextField(
              IndexFields.AUTHOR,
              handle == null ? quote.author().name() : quote.author().name() + " " + handle,
              Field.Store.NO));
      doc.add(
          new StringField(IndexFields.AUTHOR_KEY, Keys.of(quote.author().name()), Field.Store.NO));
      if (handle != null) {
        doc.add(new StringField(IndexFields.AUTHOR_KEY, Keys.of(handle), Field.Store.NO));
      }
    }
    for (String tag : quote.tags()) {
      doc.add(new TextField(IndexFields.TAGS, tag, Field.Store.NO));
      doc.add(new StringField(IndexFields.TAG_KEY, Keys.of(tag), Field.Store.NO));
    }
    // Feature values must be positive: a score of 0 still gets a (negligible) value.
    doc.add(
        new FeatureField(IndexFields.FEATURES, IndexFields.QUALITY, 0.01f + (float) quote.score()));
    return doc;
  }

  private static NameDirectory authorDirectory(Quote[] quotes) {
    Map<String, Long> counts = new TreeMap<>();
    Map<String, List<String>> handles = new LinkedHashMap<>();
    for (Quote quote : quotes) {
      if (quote.author() != null) {
        String name = quote.author().name();
        counts.merge(name, 1L, Long::sum);
        List<String> known = handles.computeIfAbsent(name, n -> new ArrayList<>());
        String handle = quote.author().handle();
        if (handle != null && !known.contains(handle)) {
          known.add(handle);
        }
      }
    }
    return NameDirectory.of(counts, name -> handles.getOrDefault(name, List.of()));
  }

  private static NameDirectory tagDirectory(Quote[] quotes) {
    Map<String, Long> counts = new TreeMap<>();
    for (Quote quote : quotes) {
      for (String tag : quote.tags()) {
        counts.merge(tag, 1L, Long::sum);
      }
    }
    return NameDirectory.of(counts, tag -> List.of());
  }
}
