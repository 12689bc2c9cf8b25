package dev.aphorist.corpus.build;

import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.DocumentKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What corpus/sources.yaml says about one raw document.
 *
 * @param file the raw file name
 * @param title human title, or null
 * @param kind the kind of document, or null to detect it from the text
 * @param url link to the original, or null
 * @param date publication date, or null
 * @param author who wrote it, or null when unknown
 * @param speaker whose words the document reports in quotation marks (a talk), or null
 * @param line the line of the entry in the manifest
 * @param trusted a curated list: every passage that can be a quote is kept, however the scorer
 *     finds it
 * @param origin where an imported document came from, or null for documents not imported
 */
public record SourceEntry(
    String file,
    String title,
    DocumentKind kind,
    String url,
    LocalDate date,
    Author author,
    Author speaker,
    int line,
    boolean trusted,
    ImportOrigin origin) {

  public SourceEntry {
    Objects.requireNonNull(file, "file");
  }

  /** The entry of a document that was not imported. */
  public SourceEntry(
      String file,
      String title,
      DocumentKind kind,
      String url,
      LocalDate date,
      Author author,
      Author speaker,
      int line) {
    this(file, title, kind, url, date, author, speaker, line, false, null);
  }

  /** The entry of a file the manifest does not list: nothing known. */
  public static SourceEntry unknown(String file) {
    return new SourceEntry(file, null, null, null, null, null, null, 0);
  }
}
