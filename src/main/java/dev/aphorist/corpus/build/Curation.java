package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.Source;
import dev.aphorist.corpus.extract.TopicTagger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * corpus/curation.yaml: a maintainer's decisions, applied after extraction. One entry per quote id
 * may ban it, pin it (keep it whatever the extractor decides), edit its text (the id stays), re-
 * attribute it and retag it; {@code add} entries add quotes the documents do not yield.
 *
 * <pre>
 * quotes:
 *   - id: 4k2m9x0pqr
 *     ban: political, not engineering
 *   - id: 7h1q3z0b2c
 *     pin: true
 *     text: Incentives drive outcomes.
 *     author: {name: Yan Cui, handle: theburningmonk}
 *     tags: [teams, leadership]
 * add:
 *   - text: Make it work, make it right, make it fast.
 *     author: {name: Kent Beck}
 *     source: {document: books.txt, title: Extreme Programming Explained}
 *     tags: [performance]
 * </pre>
 */
public final class Curation {

  /** The curation that changes nothing (--no-curation). */
  public static final Curation NONE = new Curation(null, List.of(), List.of());

  /** Score of pinned and added quotes: a maintainer vouches for them. */
  public static final double VOUCHED = 1.0;

  private static final Pattern TAG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final Set<String> QUOTE_FIELDS =
      Set.of("id", "ban", "pin", "text", "author", "tags");
  private static final Set<String> ADD_FIELDS = Set.of("text", "author", "source", "tags");
  private static final Set<String> SOURCE_FIELDS = Set.of("document", "title", "kind", "url");

  /** A change to one quote. {@code author} applies only when {@code reattribute} is true. */
  public record Change(
      String id,
      int line,
      String ban,
      boolean pin,
      String text,
      boolean reattribute,
      Author author,
      List<String> tags) {}

  /** A quote added by hand, and the line of its entry. */
  public record Addition(Quote quote, int line) {}

  private final Path file;
  private final List<Change> changes;
  private final List<Addition> additions;

  public Curation(Path file, List<Change> changes, List<Addition> additions) {
    this.file = file;
    this.changes = List.copyOf(changes);
    this.additions = List.copyOf(additions);
  }

  public Path file() {
    return file;
  }

  /** The ids of every quote a change names. */
  public Set<String> changedIds() {
    Set<String> ids = new java.util.HashSet<>();
    changes.forEach(c -> ids.add(c.id()));
    return ids;
  }

  public List<Change> changes() {
    return changes;
  }

  public List<Addition> additions() {
    return additions;
  }

  /** Reads corpus/curation.yaml, naming the file and line of the first problem. */
  public static Curation read(Path file) throws BadFileException {
    YamlEntries yaml = YamlEntries.read(file, Set.of("quotes", "add"));
    List<Change> changes = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlEntries.Entry entry : yaml.list("quotes")) {
      yaml.allowOnly(entry, QUOTE_FIELDS);
      String id = yaml.requiredText(entry, "id");
      if (!QuoteId.isWellFormed(id)) {
        throw new BadFileException(file, entry.line(), "'" + id + "' is not a quote id");
      }
      Integer first = firstLine.putIfAbsent(id, entry.line());
      if (first != null) {
        throw new BadFileException(
            file,
            entry.line(),
            "second entry for quote " + id + " (the first is at line " + first + ")");
      }
      String ban = null;
      if (yaml.has(entry, "ban")) {
        var value = entry.node().get("ban");
        if (value.isBoolean()) {
          ban = value.booleanValue() ? "banned by a maintainer" : null;
        } else {
          ban = yaml.requiredText(entry, "ban");
        }
      }
      boolean pin = false;
      if (yaml.has(entry, "pin")) {
        var value = entry.node().get("pin");
        if (!value.isBoolean()) {
          throw new BadFileException(file, entry.line(), "'pin' must be true or false");
        }
        pin = value.booleanValue();
      }
      if (ban != null && pin) {
        throw new BadFileException(file, entry.line(), "a quote cannot be both banned and pinned");
      }
      String text = yaml.text(entry, "text");
      if (text != null) {
        checkText(file, entry.line(), text);
      }
      boolean reattribute = yaml.has(entry, "author");
      Author author = yaml.author(entry, "author");
      List<String> tags = tags(yaml, entry);
      if (ban == null && !pin && text == null && !reattribute && tags == null) {
        throw new BadFileException(
            file,
            entry.line(),
            "entry for " + id + " changes nothing (ban, pin, text, author, tags)");
      }
      changes.add(new Change(id, entry.line(), ban, pin, text, reattribute, author, tags));
    }
    List<Addition> additions = new ArrayList<>();
    for (YamlEntries.Entry entry : yaml.list("add")) {
      yaml.allowOnly(entry, ADD_FIELDS);
      String text = yaml.requiredText(entry, "text");
      checkText(file, entry.line(), text);
      String id = QuoteId.of(text);
      Integer first = firstLine.putIfAbsent(id, entry.line());
      if (first != null) {
        throw new BadFileException(
            file,
            entry.line(),
            "second entry for quote " + id + " (the first is at line " + first + ")");
      }
      Source source = source(yaml, entry);
      List<String> tags = tags(yaml, entry);
      Quote quote =
          new Quote(
              id,
              text,
              yaml.author(entry, "author"),
              source,
              tags == null ? TopicTagger.tags(text) : tags,
              VOUCHED,
              null);
      additions.add(new Addition(quote, entry.line()));
    }
    return new Curation(file, changes, additions);
  }

  private static void checkText(Path file, int line, String text) throws BadFileException {
    if (text.length() > Quote.MAX_LENGTH) {
      throw new BadFileException(
          file, line, "text is " + text.length() + " characters, over " + Quote.MAX_LENGTH);
    }
  }

  private static List<String> tags(YamlEntries yaml, YamlEntries.Entry entry)
      throws BadFileException {
    List<String> tags = yaml.texts(entry, "tags");
    if (tags != null) {
      for (String tag : tags) {
        if (!TAG.matcher(tag).matches()) {
          throw new BadFileException(
              yaml.file(), entry.line(), "tag '" + tag + "' is not lower-case kebab-case");
        }
      }
    }
    return tags;
  }

  private static Source source(YamlEntries yaml, YamlEntries.Entry entry) throws BadFileException {
    var node = entry.node().get("source");
    if (node == null || node.isNull()) {
      return new Source(
          String.valueOf(yaml.file().getFileName()), "added by a maintainer", null, null);
    }
    if (!node.isObject()) {
      throw new BadFileException(yaml.file(), entry.line(), "'source' must be a mapping");
    }
    YamlEntries.Entry inner = new YamlEntries.Entry(node, entry.line());
    yaml.allowOnly(inner, SOURCE_FIELDS);
    DocumentKind kind = null;
    String kindText = yaml.text(inner, "kind");
    if (kindText != null) {
      try {
        kind = DocumentKind.fromLabel(kindText);
      } catch (IllegalArgumentException e) {
        throw new BadFileException(yaml.file(), entry.line(), e.getMessage());
      }
    }
    return new Source(
        yaml.requiredText(inner, "document"),
        yaml.text(inner, "title"),
        kind,
        yaml.text(inner, "url"));
  }
}
