package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.AtomicFiles;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.corpus.build.BuildResult;
import dev.aphorist.corpus.build.CorpusBuilder;
import dev.aphorist.corpus.build.Curation;
import dev.aphorist.corpus.build.ImportedFile;
import dev.aphorist.corpus.build.RawFolder;
import dev.aphorist.corpus.build.SourcesManifest;
import dev.aphorist.corpus.extract.ImportedDocument;
import dev.aphorist.corpus.extract.ImportedItem;
import dev.aphorist.corpus.extract.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports an export into the corpus: its items become a raw document (corpus/raw/NNN_hash.jsonl)
 * with its corpus/sources.yaml entry, then the whole corpus is built again, exactly as {@code
 * corpus build} would from the files, and written. Nothing in the corpus changes until everything
 * has succeeded: the raw document is written to a hidden temporary file, the new manifest and
 * corpus are made in memory, and only then do the three files move into place. A file whose content
 * hash the manifest already records is not imported again.
 */
public final class CorpusImporter {

  /** Where the corpus files are (the options of the corpus commands). */
  public record Paths(Path raw, Path sources, Path curation, Path output) {}

  /**
   * What to import.
   *
   * @param file the export
   * @param format its format
   * @param author who wrote it when the export does not say per item, or null
   * @param handle that author's handle, or null
   * @param trusted a curated list: keep every passage that can be a quote
   */
  public record Request(
      Path file, ImportFormat format, String author, String handle, boolean trusted) {}

  /**
   * What an import did.
   *
   * @param document the raw document added (or already there)
   * @param added false when the file had been imported before: nothing changed
   * @param items items imported
   * @param skipped items left out, by reason
   * @param author who the document is attributed to, or null
   * @param quotes quotes in the corpus now
   * @param newQuotes quotes the corpus did not have before
   * @param droppedCount candidates the build did not keep
   * @param warnings the build's warnings
   */
  public record Outcome(
      String document,
      boolean added,
      long items,
      Map<String, Long> skipped,
      Author author,
      int quotes,
      int newQuotes,
      int droppedCount,
      List<String> warnings) {}

  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)_.*");

  private final CorpusBuilder builder;

  public CorpusImporter(CorpusBuilder builder) {
    this.builder = builder;
  }

  /** An importer with the standard extraction, counting what it drops. */
  public static CorpusImporter standard() {
    return new CorpusImporter(CorpusBuilder.standard().countingDropped());
  }

  /** The reader of a format. */
  public static FormatReader reader(ImportFormat format, String handle) {
    return switch (format) {
      case X_ARCHIVE -> new XArchiveReader(handle);
      case MASTODON -> new MastodonReader();
      case TEXT -> new TextReader(false);
      case MARKDOWN -> new TextReader(true);
      case FORTUNE -> new FortuneReader();
      case CSV -> new CsvQuotesReader();
      case JSON -> new JsonQuotesReader();
    };
  }

  public Outcome run(Request request, Paths paths, ImportProgress progress)
      throws BadFileException {
    Path file = request.file();
    if (!Files.exists(file)) {
      throw new BadFileException(file, "file not found");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadFileException(file, "not a file");
    }
    String sha256 = sha256(file);
    SourcesManifest manifest = SourcesManifest.read(paths.sources());
    var previous = manifest.importedFrom(sha256);
    if (previous.isPresent()) {
      return new Outcome(
          previous.get().file(), false, 0, Map.of(), previous.get().author(), -1, 0, 0, List.of());
    }
    RawFolder.Contents contents = RawFolder.scan(paths.raw());
    Curation curation = paths.curation() == null ? Curation.NONE : Curation.read(paths.curation());
    Corpus before = Files.exists(paths.output()) ? QuotesFile.read(paths.output()) : null;

    Path temp = null;
    boolean committed = false;
    try {
      temp = tempFile(paths.raw(), ".import-", ".jsonl.tmp");
      Collected collected = collect(request, temp, progress);
      Author author = author(request, collected.owner, file);
      String name =
          String.format(
              "%03d_%s%s",
              nextNumber(contents), sha256.substring(0, 16), ImportedDocument.EXTENSION);
      String entry = entry(name, request, author, sha256, collected.items);
      byte[] sources = appendEntry(paths.sources(), entry);
      SourcesManifest newManifest = parseManifest(paths.sources(), sources);

      // The build extracts every imported document again, earlier imports too.
      long toExtract = collected.items;
      for (ImportedFile earlier : contents.imports()) {
        toExtract +=
            manifest
                .entry(earlier.name())
                .map(e -> e.origin() == null ? 0L : e.origin().items())
                .orElse(0L);
      }
      progress.extracting(toExtract);
      BuildResult result =
          builder
              .reportingImportedItems(progress::extracted)
              .build(contents.with(new ImportedFile(name, temp)), newManifest, curation);
      progress.finish();
      byte[] quotes = QuotesFile.toBytes(result.corpus());
      int fresh = 0;
      for (var quote : result.corpus().quotes()) {
        if (before == null || !before.contains(quote.id())) {
          fresh++;
        }
      }
      // Commit: the raw document first (alone it is only an unlisted file), then the manifest,
      // then the corpus.
      move(temp, paths.raw().resolve(name));
      committed = true;
      AtomicFiles.write(paths.sources(), sources);
      AtomicFiles.write(paths.output(), quotes);
      return new Outcome(
          name,
          true,
          collected.items,
          collected.skipped,
          author,
          result.corpus().size(),
          fresh,
          result.droppedCount(),
          result.warnings());
    } catch (IOException e) {
      throw new BadFileException(file, "import failed: " + e.getMessage());
    } finally {
      if (temp != null && !committed) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Left behind, it is a hidden file every reader of the raw folder ignores.
        }
      }
    }
  }

  /** What reading the export gave. */
  private static final class Collected implements ImportSink {
    final ImportedDocument.Writer writer;
    final ImportProgress progress;
    final Map<String, Long> skipped = new LinkedHashMap<>();
    long items;
    Author owner;

    Collected(ImportedDocument.Writer writer, ImportProgress progress) {
      this.writer = writer;
      this.progress = progress;
    }

    @Override
    public void item(ImportedItem item) throws IOException {
      if (item.text().isBlank()) {
        skipped("empty text");
        return;
      }
      writer.write(item);
      items++;
      progress.item();
    }

    @Override
    public void skipped(String why) {
      skipped.merge(why, 1L, Long::sum);
    }

    @Override
    public void owner(Author owner) {
      if (this.owner == null) {
        this.owner = owner;
      }
    }
  }

  private static Collected collect(Request request, Path temp, ImportProgress progress)
      throws BadFileException, IOException {
    FormatReader reader = reader(request.format(), request.handle());
    Shape shape = shape(request);
    ImportInput input = new ImportInput(request.file(), progress::total, progress::bytes);
    Collected collected;
    try (OutputStream out = Files.newOutputStream(temp);
        ImportedDocument.Writer writer =
            new ImportedDocument.Writer(
                out, ImportedDocument.Header.of(request.format().label(), shape))) {
      collected = new Collected(writer, progress);
      reader.read(input, collected);
    }
    progress.finish();
    if (collected.items == 0) {
      String skipped =
          collected.skipped.isEmpty()
              ? ""
              : " ("
                  + collected.skipped.entrySet().stream()
                      .map(e -> e.getValue() + " " + plural(e.getKey(), e.getValue()) + " skipped")
                      .reduce((a, b) -> a + ", " + b)
                      .orElse("")
                  + ")";
      throw new BadFileException(
          request.file(), "nothing to import: no " + what(request.format()) + " found" + skipped);
    }
    return collected;
  }

  private static String plural(String what, long n) {
    return n == 1 || what.endsWith("s") || what.contains(" ") ? what : what + "s";
  }

  private static String what(ImportFormat format) {
    return switch (format) {
      case X_ARCHIVE -> "tweets";
      case MASTODON -> "posts";
      case CSV, JSON, FORTUNE -> "quotes";
      case TEXT, MARKDOWN -> "passages";
    };
  }

  /** Prose is cut into sentences, except in a trusted list: each of its passages is one quote. */
  private static Shape shape(Request request) {
    boolean prose =
        request.format() == ImportFormat.TEXT || request.format() == ImportFormat.MARKDOWN;
    return prose && !request.trusted() ? Shape.PROSE : Shape.POST;
  }

  /**
   * Who wrote the document: the command line, else what the export says; for an X archive someone
   * must say, since every tweet is the owner's.
   */
  private static Author author(Request request, Author owner, Path file) throws BadFileException {
    if (owner != null
        && request.handle() != null
        && owner.handle() != null
        && !owner.handle().equalsIgnoreCase(new Author("x", request.handle()).handle())) {
      throw new BadFileException(
          file,
          "the export belongs to @"
              + owner.handle()
              + ", not @"
              + new Author("x", request.handle()).handle());
    }
    if (request.author() != null && !request.author().isBlank()) {
      String handle =
          request.handle() != null ? request.handle() : owner == null ? null : owner.handle();
      return new Author(request.author(), handle);
    }
    if (owner != null) {
      return owner;
    }
    if (request.handle() != null && !request.handle().isBlank()) {
      return new Author(new Author("x", request.handle()).handle(), request.handle());
    }
    if (request.format() == ImportFormat.X_ARCHIVE) {
      throw new BadFileException(
          file, "whose tweets are these? the archive has no data/account.js: give --author");
    }
    return null;
  }

  private static String entry(
      String name, Request request, Author author, String sha256, long items) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("  - file: ").append(name).append('\n');
    yaml.append("    title: ").append(quoted(title(request, author))).append('\n');
    yaml.append("    kind: ").append(DocumentKind.IMPORTED.label()).append('\n');
    String url = url(request.format(), author);
    if (url != null) {
      yaml.append("    url: ").append(quoted(url)).append('\n');
    }
    if (author == null) {
      yaml.append("    author: null\n");
    } else {
      yaml.append("    author:\n      name: ").append(quoted(author.name())).append('\n');
      if (author.handle() != null) {
        yaml.append("      handle: ").append(quoted(author.handle())).append('\n');
      }
    }
    if (request.trusted()) {
      yaml.append("    trusted: true\n");
    }
    yaml.append("    import:\n");
    yaml.append("      format: ").append(request.format().label()).append('\n');
    yaml.append("      from: ")
        .append(quoted(request.file().getFileName().toString()))
        .append('\n');
    yaml.append("      sha256: ").append(sha256).append('\n');
    yaml.append("      items: ").append(items).append('\n');
    return yaml.toString();
  }

  private static String title(Request request, Author author) {
    String who = author == null ? null : author.name();
    String at = author == null || author.handle() == null ? "" : " (@" + author.handle() + ")";
    return switch (request.format()) {
      case X_ARCHIVE -> who != null ? who + at + " on X" : "An X archive";
      case MASTODON -> who != null ? who + at + " on Mastodon" : "A Mastodon outbox";
      default -> request.file().getFileName().toString();
    };
  }

  private static String url(ImportFormat format, Author author) {
    if (author == null || author.handle() == null) {
      return null;
    }
    if (format == ImportFormat.X_ARCHIVE) {
      return "https://x.com/" + author.handle();
    }
    if (format == ImportFormat.MASTODON && author.handle().contains("@")) {
      String[] parts = author.handle().split("@", 2);
      return "https://" + parts[1] + "/@" + parts[0];
    }
    return null;
  }

  /** A YAML double-quoted scalar: safe whatever the text. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * The manifest with the entry appended, keeping its comments and layout: the documents list is
   * the file's only key, so its end is the end of the file.
   */
  private static byte[] appendEntry(Path sources, String entry) throws BadFileException {
    String text;
    try {
      text = Files.readString(sources, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      text = "";
    } catch (IOException e) {
      throw new BadFileException(sources, "cannot be read: " + e.getMessage());
    }
    String trimmed = text.stripTrailing();
    if (trimmed.isEmpty() || trimmed.matches("(?s).*^documents:\\s*(\\[\\s*])?$")) {
      // No entries yet: (re)start the list.
      String head = trimmed.replaceAll("(?m)^documents:.*$", "").stripTrailing();
      trimmed = (head.isEmpty() ? "" : head + "\n") + "documents:";
      return (trimmed + "\n" + entry).getBytes(StandardCharsets.UTF_8);
    }
    return (trimmed + "\n\n" + entry).getBytes(StandardCharsets.UTF_8);
  }

  private static SourcesManifest parseManifest(Path sources, byte[] bytes)
      throws BadFileException, IOException {
    Path folder = sources.toAbsolutePath().getParent();
    Path temp = tempFile(folder, "." + sources.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      return SourcesManifest.read(temp);
    } catch (BadFileException e) {
      throw new BadFileException(sources, "cannot add the import's entry: " + e.getMessage());
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static int nextNumber(RawFolder.Contents contents) {
    int max = -1;
    for (String name : contents.names()) {
      Matcher m = NUMBERED.matcher(name);
      if (m.matches() && m.group(1).length() < 9) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    return max + 1;
  }

  private static Path tempFile(Path folder, String prefix, String suffix) throws IOException {
    Files.createDirectories(folder);
    return Files.createTempFile(folder, prefix, suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** SHA-256 of a file's bytes, lower-case hex. */
  static String sha256(Path file) throws BadFileException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
