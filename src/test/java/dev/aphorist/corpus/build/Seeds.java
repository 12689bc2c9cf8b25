package dev.aphorist.corpus.build;

import java.nio.file.Path;

/** Where the committed corpus inputs are, relative to the project root (the tests' directory). */
final class Seeds {
  static final Path RAW = Path.of("corpus/raw");
  static final Path SOURCES = Path.of("corpus/sources.yaml");
  static final Path CURATION = Path.of("corpus/curation.yaml");
  static final Path QUOTES = Path.of("corpus/quotes.json");

  private Seeds() {}
}
