package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.IOException;

/** Where a {@link FormatReader} puts what it reads, in file order. */
public interface ImportSink {

  /** One post or passage to import. */
  void item(ImportedItem item) throws IOException;

  /** Something the export holds that is not imported, and why ("retweet", "boost"). */
  void skipped(String why);

  /**
   * Whose export it is, when the export itself says (account.js, an outbox's actor); the first call
   * counts.
   */
  void owner(Author owner);
}
