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
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An immutable, in-memory full-text index of one corpus: search, completions and related quotes.
 *
 * <p>Built once from a {@link Corpus} and never changed, so a newer corpus gets a new index that
 * can replace this one atomically (one reference swap) while searches already running finish on
 * this one. Every method is thread-safe, and none throws for any user input.
 */
public final class QuoteIndex {

  /** The quality boost: a quote of score 1 gains this much relevance over one of score 0. */
  private static final float QUALITY_WEIGHT = 0.3f;

  /**
   * How many of the most relevant hits the quality boost re-ranks (more when a page reaches
   * deeper). A fixed window keeps pages consistent with each other: paging through the first 50
   * hits shows each once.
   */
  private static final int RESCORE_WINDOW = 50;

  /** Quote scores are kept in doc values as millionths. */
  private static final double QUALITY_SCALE = 1_000_000;

  /**
   * Hits are counted exactly up to here; beyond, Lucene may skip documents that cannot make the top
   * hits, and the count is a lower bound ("100+"). Counting to 1,000 made common-word searches
   * score over a thousand documents before any skipping could start.
   */
  private static final int COUNT_EXACTLY_UP_TO = 100;

  /**
   * Indexing memory before a flush: enough for about 200,000 quotes in one segment, so a typical
   * corpus needs no merge. Larger corpora flush several segments and are merged into one.
   */
  private static final double RAM_BUFFER_MB = 256;

  private final Corpus corpus;
  private final Quote[] quotes;
  private final String[] ids;
  private final Analyzer analyzer;
  private final Analyzer indexAnalyzer = Analyzers.forIndexing();
  private final ByteBuffersDirectory directory;
  private final IndexSearcher searcher;
  private final int[] ordOfDoc;

  /** Each document's quote score, side by side: re-ranking reads 50 of them per search. */
  private final float[] qualityOfDoc;

  private final QueryFactory queries;
  private final TypoCorrector typos;
  private final RelatedQuotes related;
  private final Completions completions;
  private final NameDirectory authors;
  private final NameDirectory tags;

  private QuoteIndex(Corpus corpus, Quote[] quotes, ByteBuffersDirectory dir) throws IOException {
    this.corpus = corpus;
    this.quotes = quotes;
    this.ids = Arrays.stream(quotes).map(Quote::id).toArray(String[]::new);
    this.analyzer = Analyzers.forQueries();
    this.directory = dir;
    DirectoryReader reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
    // Caching filters pays off for repeated filters on disk; in memory it only costs time.
    searcher.setQueryCache(null);
    this.ordOfDoc = ordinals(reader);
    this.qualityOfDoc = new float[ordOfDoc.length];
    for (int doc = 0; doc < ordOfDoc.length; doc++) {
      qualityOfDoc[doc] = (float) quotes[ordOfDoc[doc]].score();
    }
    Vocabulary vocabulary = Vocabulary.of(reader);
    this.typos = new TypoCorrector(vocabulary, Lexicon.of(reader, IndexFields.AUTHOR));
    this.queries = new QueryFactory(analyzer, reader, vocabulary, typos);
    this.related = new RelatedQuotes(reader, analyzer);
    this.completions = Completions.build(analyzer, vocabulary);
    this.authors = authorDirectory(quotes);
    this.tags = tagDirectory(quotes);
  }

  /** Indexes every quote of the corpus. */
  public static QuoteIndex build(Corpus corpus) {
    Quote[] quotes = corpus.quotes().toArray(Quote[]::new);
    Arrays.sort(quotes, Comparator.comparing(Quote::id));
    // Each file in one buffer: Lucene clones its inputs for every term lookup and postings list,
    // and cloning a file kept as many small buffers costs more than the lookup itself.
    ByteBuffersDirectory dir =
        new ByteBuffersDirectory(
            new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new,
            ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    IndexWriterConfig config =
        new IndexWriterConfig(Analyzers.forIndexing())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setMergePolicy(new LogByteSizeMergePolicy())
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setUseCompoundFile(false);
    try {
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int ord : shortestFirst(quotes)) {
          writer.addDocument(document(ord, quotes[ord]));
        }
        // One segment: faster searches, and documents stay in the order they were added.
        writer.forceMerge(1);
        writer.commit();
      }
      return new QuoteIndex(corpus, quotes, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory index failed", e);
    }
  }

  /**
   * The order documents go into the index: shortest text first, ties by id. They stay in that order
   * (one thread, merges of adjacent segments only, one segment in the end), so equal scores
   * tie-break the same way whatever the file order. Short texts score highest for a word they
   * contain, so the best hits of a common word come early, the bar for a competitive hit rises at
   * once, and Lucene skips most of the longer documents' postings instead of scoring them.
   */
  private static int[] shortestFirst(Quote[] quotes) {
    int[] words = new int[quotes.length];
    for (int ord = 0; ord < quotes.length; ord++) {
      words[ord] = wordCount(quotes[ord].text());
    }
    return IntStream.range(0, quotes.length)
        .boxed()
        .sorted(Comparator.comparingInt((Integer ord) -> words[ord]).thenComparingInt(ord -> ord))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Words separated by spaces: close enough to the number of terms that sets the length norm. */
  private static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
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
      int wanted = request.offset() + request.limit();
      TopDocs top =
          built.query() == null
              ? searcher.search(withFilters(null, request), wanted, BEST_SCORED_FIRST, false)
              : bestFirst(withFilters(built.query(), request), wanted);
      List<SearchHit> hits = hits(top.scoreDocs, request, built.highlight());
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
      int wanted = Math.min(limit, SearchRequest.MAX_LIMIT);
      TopDocs top = bestFirst(related.like(quotes[ord]), wanted + 1);
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

  private Query withFilters(Query matching, SearchRequest request) {
    BooleanQuery.Builder full = new BooleanQuery.Builder();
    full.add(matching == null ? new MatchAllDocsQuery() : matching, Occur.MUST);
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
   * The {@code wanted} best matches: the most relevant hits, re-ranked by relevance plus a gentle
   * boost in proportion to the quote's score, ties in document order; each hit's score is that sum.
   * Re-ranking a window of the most relevant hits, rather than having Lucene add a score feature to
   * every match, keeps searches about twice as fast; the price is that a hit just outside the
   * window cannot climb into it.
   */
  private TopDocs bestFirst(Query matching, int wanted) throws IOException {
    TopDocs top =
        searcher.search(
            matching,
            new TopScoreDocCollectorManager(Math.max(wanted, RESCORE_WINDOW), COUNT_EXACTLY_UP_TO));
    ScoreDoc[] boosted = boosted(top.scoreDocs);
    return new TopDocs(top.totalHits, Arrays.copyOf(boosted, Math.min(wanted, boosted.length)));
  }

  /** The hits with the boost added, best first, ties in document order (see shortestFirst). */
  private ScoreDoc[] boosted(ScoreDoc[] byRelevance) {
    ScoreDoc[] boosted = new ScoreDoc[byRelevance.length];
    for (int i = 0; i < byRelevance.length; i++) {
      ScoreDoc hit = byRelevance[i];
      boosted[i] = new ScoreDoc(hit.doc, hit.score + QUALITY_WEIGHT * qualityOfDoc[hit.doc]);
    }
    Arrays.sort(boosted, BOOSTED_FIRST);
    return boosted;
  }

  private static final Comparator<ScoreDoc> BOOSTED_FIRST =
      Comparator.comparingDouble((ScoreDoc hit) -> hit.score)
          .reversed()
          .thenComparingInt(hit -> hit.doc);

  private List<SearchHit> hits(ScoreDoc[] top, SearchRequest request, Query highlight) {
    int from = request.offset();
    if (top.length <= from) {
      return List.of();
    }
    MatchFinder matches =
        highlight == null ? null : new MatchFinder(indexAnalyzer, analyzer, highlight);
    List<SearchHit> hits = new ArrayList<>(top.length - from);
    for (int i = from; i < top.length; i++) {
      Quote quote = quotes[ordOf(top[i].doc)];
      List<MatchSpan> spans = matches == null ? List.of() : matches.spans(quote.text());
      float score = Float.isNaN(top[i].score) ? (float) quote.score() : top[i].score;
      hits.add(new SearchHit(quote, score, spans));
    }
    return hits;
  }

  private int ordOf(int doc) {
    return ordOfDoc[doc];
  }

  /** Each document's quote ordinal, read once: a doc values lookup per hit costs more. */
  private static int[] ordinals(IndexReader reader) throws IOException {
    int[] ords = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.ORD);
      for (int doc = values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        ords[leaf.docBase + doc] = (int) values.longValue();
      }
    }
    return ords;
  }

  private Optional<String> didYouMean(
      ParsedQuery parsed, QueryFactory.Built built, SearchRequest request) throws IOException {
    Map<String, String> corrections = new HashMap<>();
    for (String word : built.unknownWords()) {
      List<String> forms = queries.analyze(IndexFields.WORDS, word);
      if (forms.size() == 1) {
        typos.best(forms.get(0)).ifPresent(fix -> corrections.put(word, fix));
      }
    }
    if (!corrections.isEmpty()) {
      return Optional.of(
          parsed.render(w -> corrections.getOrDefault(w.toLowerCase(Locale.ROOT), w)));
    }
    if (parsed.hasPhrases()) {
      ParsedQuery loose = parsed.withoutPhrases();
      Query looseQuery = queries.build(loose).query();
      if (looseQuery != null && searcher.count(withFilters(looseQuery, request)) > 0) {
        return Optional.of(loose.render(w -> w));
      }
    }
    return Optional.empty();
  }

  /** Filter-only listings: best-scored quotes first, then by id. */
  private static final Sort BEST_SCORED_FIRST =
      new Sort(
          new SortField(IndexFields.QUALITY, SortField.Type.LONG, true),
          new SortField(IndexFields.ORD, SortField.Type.LONG));

  private static Document document(int ord, Quote quote) {
    Document doc = new Document();
    doc.add(new NumericDocValuesField(IndexFields.ORD, ord));
    String text = quote.text();
    doc.add(
        new NumericDocValuesField(IndexFields.QUALITY, Math.round(quote.score() * QUALITY_SCALE)));
    doc.add(new TextField(IndexFields.TEXT, text, Field.Store.NO));
    doc.add(new Field(IndexFields.STEMS, text, IndexFields.STEM_WORDS));
    if (quote.author() != null) {
      String handle = quote.author().handle();
      doc.add(
          new Field(
              IndexFields.AUTHOR,
              handle == null ? quote.author().name() : quote.author().name() + " " + handle,
              IndexFields.NAME_WORDS));
      doc.add(
          new StringField(IndexFields.AUTHOR_KEY, Keys.of(quote.author().name()), Field.Store.NO));
      if (handle != null) {
        doc.add(new StringField(IndexFields.AUTHOR_KEY, Keys.of(handle), Field.Store.NO));
      }
    }
    for (String tag : quote.tags()) {
      doc.add(new Field(IndexFields.TAGS, tag, IndexFields.NAME_WORDS));
      doc.add(new Field(IndexFields.STEMS, tag, IndexFields.STEM_WORDS));
      doc.add(new StringField(IndexFields.TAG_KEY, Keys.of(tag), Field.Store.NO));
    }
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
