package dev.aphorist.corpus;

/**
 * Where a quote was found.
 *
 * @param document file name of the raw document under corpus/raw
 * @param title human title of the document (may be null when unknown)
 * @param kind the kind of document
 * @param url link to the original (may be null)
 */
public record Source(String document, String title, DocumentKind kind, String url) {

  public Source {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("source document must not be blank");
    }
  }

  /** The title when known, else the document name: what a reader sees as the source. */
  public String displayTitle() {
    return title == null || title.isBlank() ? document : title;
  }
}
