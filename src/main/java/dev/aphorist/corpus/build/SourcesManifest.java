package dev.aphorist.corpus.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.DocumentKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * corpus/sources.yaml: the document-level facts about each raw file (title, kind, url, date,
 * author, reported speaker). Authors never come from code; they come from here.
 *
 * <pre>
 * documents:
 *   - file: 003_9b2c9972a43c8276.txt
 *     title: Yan Cui's thread on Marc Brooker's talk
 *     kind: thread-unroll
 *     url: https://threadreaderapp.com/thread/1334467949369896961.html
 *     date: 2020-12-03
 *     author: {name: Yan Cui, handle: theburningmonk}
 *     speaker: {name: Marc Brooker, handle: MarcJBrooker}
 * </pre>
 */
public final class SourcesManifest {

  /** A manifest with no entries: every document's author is unknown. */
  public static final SourcesManifest EMPTY = new SourcesManifest(Map.of());

  private static final Set<String> FIELDS =
      Set.of("file", "title", "kind", "url", "date", "author", "speaker", "trusted", "import");
  private static final Set<String> IMPORT_FIELDS = Set.of("format", "from", "sha256", "items");

  private final Map<String, SourceEntry> byFile;

  public SourcesManifest(Map<String, SourceEntry> byFile) {
    this.byFile = Map.copyOf(byFile);
  }

  /** Reads corpus/sources.yaml, naming the file and line of the first problem. */
  public static SourcesManifest read(Path file) throws BadFileException {
    YamlEntries yaml = YamlEntries.read(file, Set.of("documents"));
    if (!yaml.has("documents")) {
      throw new BadFileException(file, "the file is empty: expected a 'documents' list");
    }
    Map<String, SourceEntry> entries = new LinkedHashMap<>();
    for (YamlEntries.Entry entry : yaml.list("documents")) {
      yaml.allowOnly(entry, FIELDS);
      String name = yaml.requiredText(entry, "file");
      if (name.contains("/") || name.contains("\\")) {
        throw new BadFileException(
            file, entry.line(), "'file' is a file name in the raw folder, not a path: " + name);
      }
      SourceEntry previous = entries.get(name);
      if (previous != null) {
        throw new BadFileException(
            file,
            entry.line(),
            "second entry for " + name + " (the first is at line " + previous.line() + ")");
      }
      DocumentKind kind = null;
      String kindText = yaml.text(entry, "kind");
      if (kindText != null) {
        try {
          kind = DocumentKind.fromLabel(kindText);
        } catch (IllegalArgumentException e) {
          throw new BadFileException(file, entry.line(), e.getMessage());
        }
      }
      LocalDate date = null;
      String dateText = yaml.text(entry, "date");
      if (dateText != null) {
        try {
          date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
          throw new BadFileException(
              file, entry.line(), "date '" + dateText + "' is not YYYY-MM-DD");
        }
      }
      Author author = yaml.author(entry, "author");
      Author speaker = yaml.author(entry, "speaker");
      entries.put(
          name,
          new SourceEntry(
              name,
              yaml.text(entry, "title"),
              kind,
              yaml.text(entry, "url"),
              date,
              author,
              speaker,
              entry.line(),
              trusted(file, entry),
              origin(yaml, entry)));
    }
    return new SourcesManifest(entries);
  }

  private static boolean trusted(Path file, YamlEntries.Entry entry) throws BadFileException {
    JsonNode value = entry.node().get("trusted");
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new BadFileException(file, entry.line(), "'trusted' must be true or false");
    }
    return value.booleanValue();
  }

  private static ImportOrigin origin(YamlEntries yaml, YamlEntries.Entry entry)
      throws BadFileException {
    JsonNode value = entry.node().get("import");
    if (value == null || value.isNull()) {
      return null;
    }
    Path file = yaml.file();
    if (!value.isObject()) {
      throw new BadFileException(
          file, entry.line(), "'import' must be a mapping with " + IMPORT_FIELDS);
    }
    YamlEntries.Entry inner = new YamlEntries.Entry(value, entry.line());
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!IMPORT_FIELDS.contains(name)) {
        throw new BadFileException(
            file,
            entry.line(),
            "unknown field 'import." + name + "' (expected one of " + IMPORT_FIELDS + ")");
      }
    }
    String format = yaml.text(inner, "format");
    String sha256 = yaml.text(inner, "sha256");
    if (format == null || sha256 == null) {
      throw new BadFileException(file, entry.line(), "'import' needs 'format' and 'sha256'");
    }
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new BadFileException(
          file, entry.line(), "'import.sha256' must be 64 lower-case hex digits");
    }
    long items = 0;
    String itemsText = yaml.text(inner, "items");
    if (itemsText != null) {
      try {
        items = Long.parseLong(itemsText);
      } catch (NumberFormatException e) {
        throw new BadFileException(file, entry.line(), "'import.items' must be a number");
      }
    }
    return new ImportOrigin(format, yaml.text(inner, "from"), sha256, items);
  }

  /** The entry of a document imported from a file with this content hash, if any. */
  public Optional<SourceEntry> importedFrom(String sha256) {
    return byFile.values().stream()
        .filter(e -> e.origin() != null && e.origin().sha256().equals(sha256))
        .findFirst();
  }

  /** The entry of a raw file, if the manifest has one. */
  public Optional<SourceEntry> entry(String file) {
    return Optional.ofNullable(byFile.get(file));
  }

  public Collection<SourceEntry> entries() {
    return byFile.values();
  }
}
