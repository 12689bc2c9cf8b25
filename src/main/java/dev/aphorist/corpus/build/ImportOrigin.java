package dev.aphorist.corpus.build;

import java.util.Objects;

/**
 * Where an imported document came from, as corpus/sources.yaml records it: importing a file whose
 * content hash is already recorded adds nothing.
 *
 * @param format the import format (x-archive, mastodon, text, markdown, fortune, csv, json)
 * @param from the imported file's name (no folder: paths differ between machines)
 * @param sha256 SHA-256 of the imported file's bytes, lower-case hex
 * @param items how many items the document holds
 */
public record ImportOrigin(String format, String from, String sha256, long items) {

  public ImportOrigin {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
  }
}
