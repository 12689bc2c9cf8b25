package dev.aphorist.corpus.extract;

import java.util.Objects;

/**
 * One raw document as the readers see it: its file name (the key into corpus/sources.yaml) and its
 * decoded text, before normalization.
 *
 * @param name file name, e.g. {@code 002_01f95c6e53039920.txt}
 * @param text the whole text
 */
public record RawDocument(String name, String text) {

  public RawDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
