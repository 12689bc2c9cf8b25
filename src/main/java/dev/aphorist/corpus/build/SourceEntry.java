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
 */
public record SourceEntry(
    String file,
    String title,
    DocumentKind kind,
    String url,
    LocalDate date,
    Author author,
    Author speaker,
    int line) {

  public SourceEntry {
    Objects.requireNonNull(file, "file");
  }

  /** The entry of a file the manifest does not list: nothing known. */
  public static SourceEntry unknown(String file) {
    return new SourceEntry(file, null, null, null, null, null, null, 0);
  }
}
