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
import dev.aphorist.corpus.extract.ImportedDocument;
import dev.aphorist.corpus.extract.ImportedItem;
import dev.aphorist.corpus.extract.KindDetector;
import dev.aphorist.corpus.extract.Passage;
import dev.aphorist.corpus.extract.QuotabilityScorer;
import dev.aphorist.corpus.extract.RawDocument;
import dev.aphorist.corpus.extract.Shape;
import dev.aphorist.corpus.extract.TopicTagger;
import dev.aphorist.corpus.extract.Voice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Builds the corpus: reads every raw document with the reader of its kind, attributes each kept
 * candidate from the manifest, tags it, drops duplicates and near-duplicates, then applies the
 * maintainer's curation. The same inputs always give the same corpus, in the same order.
 */
public final class CorpusBuilder {

  /**
   * Items of an imported document extracted together: engagement is relative to, and names are
   * learnt from, a chunk this size, so a million-tweet archive is built in bounded memory. The
   * chunking is part of the result: the same file always gives the same quotes.
   */
  static final int IMPORT_CHUNK = 10_000;

  private final Extractor extractor;
  private final boolean listDropped;
  private final LongConsumer importedItems;

  public CorpusBuilder(Extractor extractor) {
    this(extractor, true, n -> {});
  }

  private CorpusBuilder(Extractor extractor, boolean listDropped, LongConsumer importedItems) {
    this.extractor = extractor;
    this.listDropped = listDropped;
    this.importedItems = importedItems;
  }

  /** A builder with the standard readers. */
  public static CorpusBuilder standard() {
    return new CorpusBuilder(Extractor.standard());
  }

  /**
   * The same builder, but its results only count dropped candidates (keeping those curation names):
   * a million-item import drops most of its items, and listing them would take more memory than the
   * corpus.
   */
  public CorpusBuilder countingDropped() {
    return new CorpusBuilder(extractor, false, importedItems);
  }

  /** The same builder, telling {@code items} how many imported items each chunk extracted. */
  public CorpusBuilder reportingImportedItems(LongConsumer items) {
    return new CorpusBuilder(extractor, listDropped, items);
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
    RawFolder.Contents documents = RawFolder.scan(rawDir);
    SourcesManifest manifest = SourcesManifest.read(sourcesFile);
    Curation curation = curationFile == null ? Curation.NONE : Curation.read(curationFile);
    BuildResult result = build(documents, manifest, curation);
    List<String> warnings = new ArrayList<>(result.warnings());
    Set<String> present = new TreeSet<>(documents.names());
    for (SourceEntry entry : manifest.entries()) {
      if (!present.contains(entry.file())) {
        warnings.add(
            sourcesFile + ":" + entry.line() + ": " + entry.file() + " is not in " + rawDir);
      }
    }
    return new BuildResult(result.corpus(), result.dropped(), result.droppedCount(), warnings);
  }

  /** Builds from documents already loaded; fails only on curation naming unknown quotes. */
  public BuildResult build(List<RawDocument> documents, SourcesManifest manifest, Curation curation)
      throws BadFileException {
    return build(new RawFolder.Contents(documents, List.of()), manifest, curation);
  }

  /**
   * Builds from text documents and imported ones; fails on curation naming unknown quotes and on an
   * imported document that cannot be read.
   */
  public BuildResult build(
      RawFolder.Contents documents, SourcesManifest manifest, Curation curation)
      throws BadFileException {
    List<String> warnings = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    DroppedLog dropped = new DroppedLog(listDropped ? null : curation.changedIds());
    List<Object> ordered = new ArrayList<>();
    ordered.addAll(documents.texts());
    ordered.addAll(documents.imports());
    ordered.sort(Comparator.comparing(CorpusBuilder::name));
    for (int d = 0; d < ordered.size(); d++) {
      String name = name(ordered.get(d));
      SourceEntry entry = manifest.entry(name).orElse(null);
      if (entry == null) {
        warnings.add(name + ": no entry in the sources manifest; author unknown");
        entry = SourceEntry.unknown(name);
      }
      if (ordered.get(d) instanceof ImportedFile imported) {
        extractImported(imported, entry, d, found, dropped);
        continue;
      }
      RawDocument document = (RawDocument) ordered.get(d);
      DocumentKind kind =
          entry.kind() != null ? entry.kind() : KindDetector.detect(document.text());
      if (kind == DocumentKind.IMPORTED) {
        throw new BadFileException(
            Path.of(name),
            "kind 'imported' is for " + ImportedDocument.EXTENSION + " files written by an import");
      }
      Source source = new Source(document.name(), entry.title(), kind, entry.url());
      for (Candidate candidate : extractor.extract(document.text(), kind)) {
        attribute(candidate, entry, source, null, null, d, found, dropped);
      }
    }
    List<Found> kept = deduplicate(found, dropped);
    return curate(kept, dropped, curation, warnings);
  }

  private static String name(Object document) {
    return document instanceof ImportedFile imported
        ? imported.name()
        : ((RawDocument) document).name();
  }

  /**
   * Streams an imported document chunk by chunk. Each item may name its own author and source and
   * carry its own link and tags; otherwise the manifest entry's apply.
   */
  private void extractImported(
      ImportedFile imported, SourceEntry entry, int d, List<Found> found, DroppedLog dropped)
      throws BadFileException {
    Source documentSource =
        new Source(imported.name(), entry.title(), DocumentKind.IMPORTED, entry.url());
    try (ImportedDocument.Reader reader = ImportedDocument.Reader.open(imported.path())) {
      Shape shape = reader.header().passageShape();
      List<ImportedDocument.Line> chunk;
      while (!(chunk = reader.next(IMPORT_CHUNK)).isEmpty()) {
        List<Passage> passages = new ArrayList<>(chunk.size());
        for (ImportedDocument.Line line : chunk) {
          passages.add(ImportedDocument.passage(line, shape));
        }
        int at = 0; // candidates come in passage order, several per prose passage
        for (Candidate candidate : extractor.extract(passages)) {
          while (chunk.get(at).number() != candidate.line()) {
            at++;
          }
          ImportedItem item = chunk.get(at).item();
          Source source = documentSource;
          if (item.url() != null || item.source() != null) {
            source =
                new Source(
                    imported.name(),
                    item.source() != null ? item.source() : entry.title(),
                    DocumentKind.IMPORTED,
                    item.url() != null ? item.url() : entry.url());
          }
          attribute(candidate, entry, source, item.author(), item.tags(), d, found, dropped);
        }
        importedItems.accept(chunk.size());
      }
    } catch (IOException e) {
      throw new BadFileException(imported.path(), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Dropped candidates: all of them listed, or (when {@code wanted} is not null) only counted,
   * listing just those whose id curation names, which it may pin back.
   */
  private static final class DroppedLog {
    private final Set<String> wanted;
    private final List<Dropped> listed = new ArrayList<>();
    private int count;

    DroppedLog(Set<String> wanted) {
      this.wanted = wanted;
    }

    void add(Dropped dropped) {
      count++;
      if (wanted == null
          || (!wanted.isEmpty() && dropped.isCandidate() && wanted.contains(dropped.id()))) {
        listed.add(dropped);
      }
    }
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
    final List<String> tags;
    private Quote quote;

    Found(
        Candidate candidate,
        Author author,
        Source source,
        double score,
        int document,
        List<String> tags) {
      this.tags = tags;
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
                QuoteId.of(text),
                text,
                author,
                source,
                tags == null || tags.isEmpty() ? TopicTagger.tags(text) : tags,
                score,
                metrics);
      }
      return quote;
    }

    Dropped dropped(String reason) {
      return new Dropped(source.document(), line, text, reason, score, author, source, metrics);
    }
  }

  /**
   * Attributes a candidate and files it as found or dropped. {@code itemAuthor} is the author an
   * imported item names itself (a quote list's author column): whatever the voice of the text,
   * those are that person's words. {@code itemTags} are an imported item's own tags, or null.
   */
  private static void attribute(
      Candidate candidate,
      SourceEntry entry,
      Source source,
      Author itemAuthor,
      List<String> itemTags,
      int documentIndex,
      List<Found> found,
      DroppedLog dropped) {
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
    // An item that names its author (a quote list) is that person's words, quotation marks or not.
    Voice voice =
        itemAuthor != null && candidate.voice() == Voice.QUOTATION
            ? Voice.AUTHOR
            : candidate.voice();
    switch (voice) {
      case AUTHOR -> author = itemAuthor != null ? itemAuthor : entry.author();
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
    // A trusted list keeps every passage that can be a quote, however the scorer finds it.
    boolean kept =
        candidate.kept() || (entry.trusted() && !QuotabilityScorer.unusable(candidate.score()));
    if (!kept || whoseProblem != null) {
      // Ids and tags of dropped text are only computed if someone asks (curation, stats).
      dropped.add(
          new Dropped(
              source.document(),
              candidate.line(),
              candidate.text(),
              kept ? whoseProblem : candidate.dropReason(),
              score,
              author,
              source,
              candidate.metrics()));
      return;
    }
    found.add(new Found(candidate, author, source, score, documentIndex, tags(itemTags)));
  }

  /** An item's own tags in the corpus's form (lower-case kebab-case), or null when it has none. */
  private static List<String> tags(List<String> itemTags) {
    if (itemTags == null || itemTags.isEmpty()) {
      return null;
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String tag : itemTags) {
      String kebab =
          tag.strip()
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      if (!kebab.isEmpty()) {
        out.add(kebab);
      }
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  private static List<Found> deduplicate(List<Found> found, DroppedLog dropped) {
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
      List<Found> kept, DroppedLog log, Curation curation, List<String> warnings)
      throws BadFileException {
    List<Dropped> dropped = log.listed;
    int droppedCount = log.count;
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
        droppedCount--;
      }
      if (change.ban() != null) {
        quotes.remove(change.id());
        allDropped.add(Dropped.of(quote, 0, "banned: " + change.ban()));
        droppedCount++;
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
    return new BuildResult(new Corpus(out), allDropped, droppedCount, warnings);
  }

  private static double round(double score) {
    return Math.round(score * 1000.0) / 1000.0;
  }
}
