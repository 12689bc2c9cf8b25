package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.io.Reader;

/**
 * A character stream over {@link TextLines}: strict UTF-8 and bounded lines for parsers that take a
 * Reader (the CSV one). A problem surfaces as a {@link Failure} carrying the one-line complaint.
 */
final class LinesReader extends Reader {

  /** A {@link BadFileException} passed through a parser as an IOException. */
  static final class Failure extends IOException {
    private final transient BadFileException problem;

    Failure(BadFileException problem) {
      super(problem.getMessage());
      this.problem = problem;
    }

    BadFileException problem() {
      return problem;
    }
  }

  private final TextLines lines;
  private String current = "";
  private int position;
  private boolean end;

  LinesReader(TextLines lines) {
    this.lines = lines;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (position == current.length()) {
      if (end) {
        return -1;
      }
      try {
        String line = lines.next();
        if (line == null) {
          end = true;
          return -1;
        }
        current = line + "\n";
        position = 0;
      } catch (BadFileException e) {
        throw new Failure(e);
      }
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
