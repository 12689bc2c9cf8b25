package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Metrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns one document into scored candidates: the reader of its kind finds passages, {@link
 * TextCleaner} cleans them, and {@link QuotabilityScorer} scores them. Posts are kept or dropped
 * whole; prose is cut into the best non-overlapping runs of one to three sentences. Who said what
 * and duplicates across documents are the builder's business.
 */
public final class Extractor {

  /** Longest run of prose sentences considered as one quote. */
  private static final int MAX_WINDOW = 3;

  private final DocumentReaders readers;
  private final boolean tracing;

  public Extractor(DocumentReaders readers) {
    this(readers, false);
  }

  /**
   * An extractor that, when {@code tracing}, records every feature's contribution in each
   * candidate's {@link Score#trace()} (slower; for tuning the scorer).
   */
  public Extractor(DocumentReaders readers, boolean tracing) {
    this.readers = readers;
    this.tracing = tracing;
  }

  /** An extractor with the standard readers. */
  public static Extractor standard() {
    return new Extractor(DocumentReaders.standard());
  }

  public List<Candidate> extract(String text, DocumentKind kind) {
    return extract(readers.reader(kind).read(TextNormalizer.normalize(text)));
  }

  /**
   * Cleans and scores passages found by a reader, or made from an imported document's items, as one
   * document: engagement is relative to these passages, and names are those they use.
   */
  public List<Candidate> extract(List<Passage> passages) {
    EngagementScale engagement = EngagementScale.of(passages);
    // Names (words the document capitalises mid-sentence and never writes in lower case) are
    // known only after every passage is read, and they matter only for capitalised words that
    // open a sentence. So posts are scored at once as if there were no names, remembering those
    // opening words, and the few whose opening words turn out to be names are scored again.
    // Holding every post's words until the end would cost more in garbage collection.
    Names collector = new Names();
    WordPool pool = new WordPool();
    Candidate[] out = new Candidate[passages.size()];
    String[][] openers = new String[passages.size()][];
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      if (!passage.isCandidate()) {
        out[i] = rejected(passage);
        continue;
      }
      Cleaned cleaned = TextCleaner.clean(passage.text());
      Words words = Words.of(cleaned.text(), pool);
      collector.add(words);
      if (passage.shape() == Shape.POST) {
        out[i] = post(passage, cleaned, words, engagement.relative(passage.metrics()), Set.of());
        openers[i] = capitalisedOpeners(words);
      }
    }
    Set<String> names = collector.result();
    List<Candidate> result = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      if (passage.isCandidate() && passage.shape() == Shape.PROSE) {
        prose(passage, TextCleaner.clean(passage.text()), names, result);
        continue;
      }
      if (openers[i] != null && anyIn(openers[i], names)) {
        Cleaned cleaned = TextCleaner.clean(passage.text());
        out[i] =
            post(
                passage,
                cleaned,
                Words.of(cleaned.text(), pool),
                engagement.relative(passage.metrics()),
                names);
      }
      result.add(out[i]);
    }
    return result;
  }

  private static Candidate rejected(Passage passage) {
    return new Candidate(
        passage.text(),
        passage.line(),
        passage.voice(),
        passage.speaker(),
        passage.metrics(),
        Score.rejected(passage.rejection()),
        passage.rejection());
  }

  /** The capitalised words that open a sentence: the only ones whose score a name changes. */
  private static String[] capitalisedOpeners(Words words) {
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.sentenceStart(i) && words.capitalized(i)) {
        n++;
      }
    }
    String[] out = new String[n];
    n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.sentenceStart(i) && words.capitalized(i)) {
        out[n++] = words.folded(i);
      }
    }
    return out;
  }

  private static boolean anyIn(String[] words, Set<String> names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String word : words) {
      if (names.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private Candidate post(
      Passage passage, Cleaned cleaned, Words words, double engagement, Set<String> names) {
    Voice voice = passage.voice();
    if (cleaned.quotation() && voice == Voice.AUTHOR) {
      voice = Voice.QUOTATION;
    }
    QuotabilityScorer.Context context =
        new QuotabilityScorer.Context(
            passage.reply(), voice == Voice.QUOTATION, false, engagement, names);
    Score score = QuotabilityScorer.score(cleaned, words, context, tracing);
    return new Candidate(
        cleaned.isEmpty() ? passage.text() : cleaned.text(),
        passage.line(),
        voice,
        passage.speaker(),
        passage.metrics(),
        score,
        null);
  }

  /** Picks the best-scoring runs of sentences that do not overlap; the rest are dropped. */
  private void prose(Passage passage, Cleaned paragraph, Set<String> names, List<Candidate> out) {
    List<String> sentences = Sentences.split(paragraph.text());
    int n = sentences.size();
    if (n == 0) {
      return;
    }
    QuotabilityScorer.Context context =
        new QuotabilityScorer.Context(passage.reply(), false, true, 0.0, names);
    QuotabilityScorer.Context quoted =
        new QuotabilityScorer.Context(passage.reply(), true, true, 0.0, names);
    List<Window> windows = new ArrayList<>();
    Score[] single = new Score[n];
    boolean[] singleQuotation = new boolean[n];
    for (int from = 0; from < n; from++) {
      StringBuilder text = new StringBuilder();
      for (int to = from; to < n && to < from + MAX_WINDOW; to++) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(sentences.get(to));
        if (text.length() > dev.aphorist.corpus.Quote.MAX_LENGTH && to > from) {
          break;
        }
        Cleaned cleaned = TextCleaner.clean(text.toString());
        boolean whole = from == 0 && to == n - 1;
        Cleaned window =
            new Cleaned(
                cleaned.text(),
                whole && paragraph.link(),
                cleaned.quotation(),
                cleaned.truncated(),
                cleaned.hashtags(),
                cleaned.mentions(),
                cleaned.emoji(),
                cleaned.leadInRemoved(),
                false);
        // A paragraph wholly in quotation marks lost them when it was cleaned.
        boolean quotation = paragraph.quotation() || cleaned.quotation();
        Score score = score(window, quotation ? quoted : context);
        if (to == from) {
          single[from] = score;
          singleQuotation[from] = quotation;
        }
        if (!cleaned.isEmpty() && !cleaned.leadInRemoved()) {
          windows.add(new Window(from, to, cleaned.text(), score, quotation));
        }
      }
    }
    windows.sort(
        Comparator.comparingDouble((Window w) -> -w.score.value())
            .thenComparingInt(w -> w.from)
            .thenComparingInt(w -> -w.to));
    boolean[] used = new boolean[n];
    List<Window> picked = new ArrayList<>();
    for (Window window : windows) {
      if (window.score.value() < QuotabilityScorer.THRESHOLD) {
        break;
      }
      boolean free = true;
      for (int i = window.from; i <= window.to; i++) {
        free &= !used[i];
      }
      if (free) {
        Arrays.fill(used, window.from, window.to + 1, true);
        picked.add(window);
      }
    }
    Window[] startingAt = new Window[n];
    for (Window w : picked) {
      startingAt[w.from] = w;
    }
    for (int i = 0; i < n; i++) {
      Window w = startingAt[i];
      if (w != null) {
        out.add(candidate(passage, w.text, w.score, w.quotation));
        i = w.to;
      } else {
        out.add(candidate(passage, sentences.get(i), single[i], singleQuotation[i]));
      }
    }
  }

  private Score score(Cleaned cleaned, QuotabilityScorer.Context context) {
    return tracing
        ? QuotabilityScorer.traced(cleaned, context)
        : QuotabilityScorer.score(cleaned, context);
  }

  /** A prose candidate; words wholly in quotation marks are someone's the author reports. */
  private static Candidate candidate(Passage passage, String text, Score score, boolean quotation) {
    Voice voice = quotation && passage.voice() == Voice.AUTHOR ? Voice.QUOTATION : passage.voice();
    return new Candidate(text, passage.line(), voice, passage.speaker(), null, score, null);
  }

  private record Window(int from, int to, String text, Score score, boolean quotation) {}

  /**
   * Engagement of a post relative to the document's other posts, on a log scale: a post liked e
   * times more than the document's median scores +1. Absolute counts mean little across accounts;
   * relative ones say which posts readers found worth keeping.
   */
  private record EngagementScale(double median) {

    static EngagementScale of(List<Passage> passages) {
      long[] counts = new long[passages.size()];
      int n = 0;
      for (Passage passage : passages) {
        if (passage.metrics() != null && popularity(passage.metrics()) >= 0) {
          counts[n++] = popularity(passage.metrics());
        }
      }
      if (n == 0) {
        return new EngagementScale(Double.NaN);
      }
      // The log is monotonic: the median of the logs is the log of the median count, found in
      // linear time (sorting a large document's counts took a twentieth of its extraction).
      int mid = n / 2;
      double upper = Math.log1p(Selection.kthSmallest(counts, n, mid));
      double median =
          n % 2 == 1
              ? upper
              : (Math.log1p(Selection.kthSmallest(counts, n, mid - 1)) + upper) / 2.0;
      return new EngagementScale(median);
    }

    double relative(Metrics metrics) {
      if (metrics == null || Double.isNaN(median) || popularity(metrics) < 0) {
        return 0.0;
      }
      return Math.log1p(popularity(metrics)) - median;
    }

    private static long popularity(Metrics m) {
      if (m.likes() != null) {
        return m.likes();
      }
      return m.reposts() != null ? m.reposts() : -1;
    }
  }
}
