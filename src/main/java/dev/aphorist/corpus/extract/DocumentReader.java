package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.util.List;

/**
 * Finds the candidate passages of one kind of document. A new source format (an X archive, a
 * Mastodon outbox, a fortune file) plugs in as a new {@link DocumentKind} with its own reader in
 * {@link DocumentReaders}; cleaning, scoring, tagging, deduplication and attribution are shared.
 */
public interface DocumentReader {

  /** The kind of document this reader understands. */
  DocumentKind kind();

  /**
   * The passages of a document, in document order.
   *
   * @param text the document text, already {@linkplain TextNormalizer#normalize normalized}
   */
  List<Passage> read(String text);
}
