package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Metrics;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import dev.aphorist.corpus.extract.Candidate;
import dev.aphorist.corpus.extract.Extractor;
import dev.aphorist.corpus.extract.KindDetector;
import dev.aphorist.corpus.extract.RawDocument;
import dev.aphorist.corpus.extract.TopicTagger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the corpus: reads every raw document with the reader of its kind, attributes each kept
 * candidate from the manifest, tags it, drops duplicates and near-duplicates, then applies the
 * maintainer's curation. The same inputs always give the same corpus, in the same order.
 */
public final class CorpusBuilder {

  private final Extractor extractor;

  public CorpusBuilder(Extractor extractor) {
    this.extractor = extractor;
  }

  /** A builder with the standard readers. */
  public static CorpusBuilder standard() {
    return new CorpusBuilder(Extractor.standard());
  }

  /**
   * Builds from files.
   *
   * @param rawDir folder of raw documents (corpus/raw)
   * @param sourcesFile the manifest (corpus/sources.yaml)
   * @param curationFile curation (corpus/curation.yaml), or null for none
   */
  public BuildResult build(Path rawDir, Path sourcesFile, Path curationFile)
      throws BadFileException {
    List<RawDocument> documents = RawFolder.load(rawDir);
    SourcesManifest manifest = SourcesManifest.read(sourcesFile);
    Curation curation = curationFile == null ? Curation.NONE : Curation.read(curationFile);
    BuildResult result = build(documents, manifest, curation);
    List<String> warnings = new ArrayList<>(result.warnings());
    Set<String> present = new TreeSet<>();
    documents.forEach(d -> present.add(d.name()));
    for (SourceEntry entry : manifest.entries()) {
      if (!present.contains(entry.file())) {
        warnings.add(
            sourcesFile + ":" + entry.line() + ": " + entry.file() + " is not in " + rawDir);
      }
    }
    return new BuildResult(result.corpus(), result.dropped(), warnings);
  }

  /** Builds from documents already loaded; fails only on curation naming unknown quotes. */
  public BuildResult build(List<RawDocument> documents, SourcesManifest manifest, Curation curation)
      throws BadFileException {
    List<String> warnings = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    List<RawDocument> ordered =
        documents.stream().sorted(Comparator.comparing(RawDocument::name)).toList();
    for (int d = 0; d < ordered.size(); d++) {
      RawDocument document = ordered.get(d);
      SourceEntry entry = manifest.entry(document.name()).orElse(null);
      if (entry == null) {
        warnings.add(document.name() + ": no entry in the sources manifest; author unknown");
        entry = SourceEntry.unknown(document.name());
      }
      DocumentKind kind =
          entry.kind() != null ? entry.kind() : KindDetector.detect(document.text());
      Source source = new Source(document.name(), entry.title(), kind, entry.url());
      for (Candidate candidate : extractor.extract(document.text(), kind)) {
        attribute(candidate, entry, source, d, found, dropped);
      }
    }
    List<Found> kept = deduplicate(found, dropped);
    return curate(kept, dropped, curation, warnings);
  }

  /**
   * A kept candidate and its place in the build order. Its quote (id, tags) is made only if it
   * survives deduplication: a large scrape keeps many passages that turn out to be duplicates.
   */
  private static final class Found {
    final String text;
    final Author author;
    final Source source;
    final double score;
    final Metrics metrics;
    final int document;
    final int line;
    private Quote quote;

    Found(Candidate candidate, Author author, Source source, double score, int document) {
      this.text = candidate.text();
      this.author = author;
      this.source = source;
      this.score = score;
      this.metrics = candidate.metrics();
      this.document = document;
      this.line = candidate.line();
    }

    Quote quote() {
      if (quote == null) {
        quote =
            new Quote(
                QuoteId.of(text), text, author, source, TopicTagger.tags(text), score, metrics);
      }
      return quote;
    }

    Dropped dropped(String reason) {
      return new Dropped(source.document(), line, text, reason, score, author, source, metrics);
    }
  }

  private static void attribute(
      Candidate candidate,
      SourceEntry entry,
      Source source,
      int documentIndex,
      List<Found> found,
      List<Dropped> dropped) {
    double score = round(candidate.score().value());
    if (candidate.rejection() != null) {
      dropped.add(
          new Dropped(
              source.document(),
              candidate.line(),
              candidate.text(),
              candidate.rejection(),
              0.0,
              null,
              null,
              null));
      return;
    }
    String whoseProblem = null;
    Author author;
    switch (candidate.voice()) {
      case AUTHOR -> author = entry.author();
      case QUOTATION -> {
        author = entry.speaker();
        if (author == null) {
          whoseProblem = "quoted words of someone the manifest does not name";
        }
      }
      default -> {
        author = candidate.speaker();
        if (author == null) {
          whoseProblem = "someone else's words, author not named";
        }
      }
    }
    if (!candidate.kept() || whoseProblem != null) {
      // Ids and tags of dropped text are only computed if someone asks (curation, stats).
      dropped.add(
          new Dropped(
              source.document(),
              candidate.line(),
              candidate.text(),
              candidate.kept() ? whoseProblem : candidate.dropReason(),
              score,
              author,
              source,
              candidate.metrics()));
      return;
    }
    found.add(new Found(candidate, author, source, score, documentIndex));
  }

  private static List<Found> deduplicate(List<Found> found, List<Dropped> dropped) {
    List<Found> byPreference = new ArrayList<>(found);
    byPreference.sort(
        Comparator.comparingDouble((Found f) -> -f.score)
            .thenComparingInt(f -> f.document)
            .thenComparingInt(f -> f.line));
    NearDuplicates<Found> index = new NearDuplicates<>();
    Map<String, Found> byId = new HashMap<>();
    List<Found> kept = new ArrayList<>();
    for (Found f : byPreference) {
      // Identical texts are near-duplicates too; the id check catches texts that differ only
      // in Unicode form, which the id's normalization folds together.
      Found same = index.addIfNew(f.text, f);
      if (same == null) {
        same = byId.putIfAbsent(f.quote().id(), f);
      }
      if (same != null) {
        dropped.add(f.dropped("duplicate of " + same.quote().id()));
        continue;
      }
      kept.add(f);
    }
    kept.sort(Comparator.comparingInt((Found f) -> f.document).thenComparingInt(f -> f.line));
    return kept;
  }

  private static BuildResult curate(
      List<Found> kept, List<Dropped> dropped, Curation curation, List<String> warnings)
      throws BadFileException {
    Map<String, Quote> quotes = new LinkedHashMap<>();
    for (Found f : kept) {
      quotes.put(f.quote().id(), f.quote());
    }
    Map<String, Dropped> droppedById = null; // built only if curation names a dropped quote
    List<Dropped> allDropped = new ArrayList<>(dropped);
    for (Curation.Change change : curation.changes()) {
      Quote quote = quotes.get(change.id());
      Dropped rescued = null;
      if (quote == null) {
        if (droppedById == null) {
          droppedById = new LinkedHashMap<>();
          for (Dropped d : dropped) {
            if (d.isCandidate()) {
              droppedById.putIfAbsent(d.id(), d);
            }
          }
        }
        rescued = droppedById.get(change.id());
        if (rescued == null) {
          throw new BadFileException(
              curation.file(), change.line(), "unknown quote id " + change.id());
        }
        if (!change.pin()) {
          continue; // changing a dropped quote that stays dropped changes nothing
        }
        quote = rescued.draft();
        allDropped.remove(rescued);
      }
      if (change.ban() != null) {
        quotes.remove(change.id());
        allDropped.add(Dropped.of(quote, 0, "banned: " + change.ban()));
        continue;
      }
      String text = change.text() != null ? change.text() : quote.text();
      Quote changed =
          new Quote(
              quote.id(), // an edit keeps the id, so links and rotation state keep working
              text,
              change.reattribute() ? change.author() : quote.author(),
              quote.source(),
              change.tags() != null
                  ? change.tags()
                  : change.text() != null ? TopicTagger.tags(text) : quote.tags(),
              change.pin() ? Curation.VOUCHED : quote.score(),
              quote.metrics());
      quotes.put(changed.id(), changed);
    }
    List<Quote> out = new ArrayList<>(quotes.values());
    for (Curation.Addition addition : curation.additions()) {
      if (quotes.containsKey(addition.quote().id())) {
        throw new BadFileException(
            curation.file(),
            addition.line(),
            "added quote " + addition.quote().id() + " is already in the corpus");
      }
      out.add(addition.quote());
    }
    return new BuildResult(new Corpus(out), allDropped, warnings);
  }

  private static double round(double score) {
    return Math.round(score * 1000.0) / 1000.0;
  }
}
