package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.extract.ImportedItem;
import java.util.ArrayList;
import java.util.List;

/**
 * One quote of a curated list (CSV row or JSON object): text, author, handle, source, tags. A row
 * without an author leaves it to the import's --author; nothing is guessed.
 */
final class QuoteRow {

  /** Names of the text column, first found wins. */
  static final List<String> TEXT_FIELDS = List.of("text", "quote");

  private QuoteRow() {}

  static ImportedItem item(
      String text, String author, String handle, String source, List<String> tags) {
    Author who = null;
    if (author != null && !author.isBlank()) {
      who = new Author(author, handle == null || handle.isBlank() ? null : handle);
    }
    return new ImportedItem(
        text.strip(),
        who,
        null,
        null,
        false,
        null,
        source == null || source.isBlank() ? null : source.strip(),
        tags);
  }

  /** Tags written in one cell: "teams; leadership" or "teams, leadership". */
  static List<String> splitTags(String cell) {
    List<String> tags = new ArrayList<>();
    if (cell == null) {
      return tags;
    }
    for (String tag : cell.split("[;,|]")) {
      if (!tag.isBlank()) {
        tags.add(tag.strip());
      }
    }
    return tags;
  }
}
