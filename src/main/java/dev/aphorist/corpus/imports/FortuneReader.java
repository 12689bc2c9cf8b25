package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fortune file: entries separated by lines holding only {@code %}. An entry's lines are
 * joined by spaces; a last line such as {@code -- Edsger W. Dijkstra, EWD 498} names its author
 * (and, after a comma, its source), which the file states, not a guess.
 */
public final class FortuneReader implements FormatReader {

  private static final Pattern ATTRIBUTION =
      Pattern.compile("^\\s*(?:--|\u2014|\u2015|\u2013)\\s*([^,]+?)\\s*(?:,\\s*(.+?))?\\s*$");

  @Override
  public ImportFormat format() {
    return ImportFormat.FORTUNE;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    try (TextLines lines = new TextLines(input, input.open())) {
      List<String> entry = new ArrayList<>();
      int chars = 0;
      String line;
      while ((line = lines.next()) != null) {
        if (line.strip().equals("%")) {
          emit(entry, sink);
          entry.clear();
          chars = 0;
          continue;
        }
        chars += line.length();
        if (chars > TextLines.MAX_LINE) {
          throw input.bad(
              lines.number(),
              "entry longer than " + TextLines.MAX_LINE + " characters; not a fortune file");
        }
        entry.add(line);
      }
      emit(entry, sink);
    }
  }

  private static void emit(List<String> entry, ImportSink sink) throws IOException {
    int last = entry.size() - 1;
    while (last >= 0 && entry.get(last).isBlank()) {
      last--;
    }
    if (last < 0) {
      return;
    }
    Author author = null;
    String source = null;
    Matcher attribution = ATTRIBUTION.matcher(entry.get(last));
    if (last > 0 && attribution.matches()) {
      author = new Author(attribution.group(1), null);
      source = attribution.group(2);
      last--;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      String s = entry.get(i).strip();
      if (!s.isEmpty()) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(s);
      }
    }
    if (text.length() > 0) {
      sink.item(
          new ImportedItem(text.toString(), author, null, null, false, null, source, List.of()));
    }
  }
}
