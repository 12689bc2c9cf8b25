package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps what a reader gives it. */
final class Collected implements ImportSink {
  final List<ImportedItem> items = new ArrayList<>();
  final Map<String, Integer> skipped = new LinkedHashMap<>();
  Author owner;

  static Collected read(FormatReader reader, Path file) throws BadFileException, IOException {
    Collected collected = new Collected();
    reader.read(ImportInput.of(file), collected);
    return collected;
  }

  @Override
  public void item(ImportedItem item) {
    items.add(item);
  }

  @Override
  public void skipped(String why) {
    skipped.merge(why, 1, Integer::sum);
  }

  @Override
  public void owner(Author owner) {
    if (this.owner == null) {
      this.owner = owner;
    }
  }

  List<String> texts() {
    return items.stream().map(ImportedItem::text).toList();
  }
}
