package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.util.EnumMap;
import java.util.Map;

/** The reader for each {@link DocumentKind}; a new kind registers its reader here. */
public final class DocumentReaders {

  private final Map<DocumentKind, DocumentReader> readers = new EnumMap<>(DocumentKind.class);

  /** The readers of every built-in kind. */
  public static DocumentReaders standard() {
    return new DocumentReaders()
        .register(new ProfileScrapeReader())
        .register(new ThreadUnrollReader())
        .register(new BlogPostReader());
  }

  /** Adds or replaces the reader of its kind. */
  public DocumentReaders register(DocumentReader reader) {
    readers.put(reader.kind(), reader);
    return this;
  }

  /** The reader of a kind. */
  public DocumentReader reader(DocumentKind kind) {
    DocumentReader reader = readers.get(kind);
    if (reader == null) {
      throw new IllegalArgumentException("no reader for document kind " + kind);
    }
    return reader;
  }
}
