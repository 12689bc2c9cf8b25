package dev.aphorist.corpus.extract;

import dev.aphorist.corpus.DocumentKind;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development aid: prints every candidate of one document with its score and each feature's
 * contribution. Arguments: FILE KIND (profile-scrape, thread-unroll, blog-post).
 */
public final class TraceDocument {
  private TraceDocument() {}

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]));
    Extractor extractor = new Extractor(DocumentReaders.standard(), true);
    for (Candidate c : extractor.extract(text, DocumentKind.fromLabel(args[1]))) {
      System.out.printf(
          "%s %.3f %d %s | %s%n   %s%n",
          c.kept() ? "KEEP" : "    ",
          c.score().value(),
          c.line(),
          c.dropReason() == null ? "" : c.dropReason(),
          c.text(),
          c.score().trace());
    }
  }
}
