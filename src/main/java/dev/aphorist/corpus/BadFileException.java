package dev.aphorist.corpus;

import java.nio.file.Path;

/**
 * A file given to Aphorist (corpus, manifest, curation, import) cannot be used. The message is one
 * line naming the file, and the line when there is one: {@code corpus/curation.yaml:12: ...}.
 */
public class BadFileException extends Exception {

  private final transient Path file;
  private final int line;

  public BadFileException(Path file, int line, String problem) {
    super(location(file, line) + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public BadFileException(Path file, String problem) {
    this(file, 0, problem);
  }

  public BadFileException(Path file, int line, String problem, Throwable cause) {
    super(location(file, line) + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  private static String location(Path file, int line) {
    return line > 0 ? file + ":" + line : String.valueOf(file);
  }
}
