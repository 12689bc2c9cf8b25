package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a text file line by line as strict UTF-8, never holding more than one line: a line longer
 * than {@link #MAX_LINE} characters (a 100 MB file on one line) stops the import with its line
 * number instead of filling the heap. Binary content (a NUL character) is refused too.
 */
final class TextLines implements Closeable {

  /** Longest line accepted: a long paragraph is a few thousand characters. */
  static final int MAX_LINE = 100_000;

  private final ImportInput input;
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final StringBuilder line = new StringBuilder();
  private final char[] buffer = chars.array();
  private int position;
  private int limit;
  private int number;
  private boolean started;
  private boolean endOfBytes;

  /** The bytes after the chars in the buffer are not UTF-8: reported once those are used up. */
  private boolean malformed;

  private boolean done;

  TextLines(ImportInput input, InputStream in) {
    this.input = input;
    this.in = in;
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /** The next line without its end (LF or CRLF), or null at the end of the file. */
  String next() throws BadFileException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (position == limit) {
        fill();
        if (limit < 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      char c = buffer[position++];
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == 0) {
        throw input.bad(number + 1, "binary file, not UTF-8 text");
      }
      if (line.length() >= MAX_LINE) {
        throw input.bad(
            number + 1, "line longer than " + MAX_LINE + " characters; not a text of passages");
      }
      line.append(c);
    }
    number++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    if (!started) {
      started = true;
      if (line.length() > 0 && line.charAt(0) == '\ufeff') {
        line.deleteCharAt(0);
      }
    }
    return line.toString();
  }

  /** Decodes the next chars into the buffer; {@code limit} is -1 at the end of the file. */
  private void fill() throws BadFileException {
    if (malformed) {
      // Every char before the bad byte was returned: it is on the line being read.
      throw input.bad(number + 1, "invalid UTF-8");
    }
    if (done) {
      limit = -1;
      return;
    }
    chars.clear();
    try {
      while (chars.position() == 0) {
        if (!bytes.hasRemaining() && !endOfBytes) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            endOfBytes = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfBytes);
        if (result.isError()) {
          malformed = true;
          break;
        }
        if (result.isUnderflow() && endOfBytes) {
          decoder.flush(chars);
          break;
        }
        if (result.isUnderflow() && bytes.hasRemaining()) {
          // An incomplete character at the end of the buffer: read more after it.
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            endOfBytes = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      }
    } catch (IOException e) {
      throw input.bad("cannot be read: " + e.getMessage());
    }
    position = 0;
    limit = chars.position();
    if (limit == 0) {
      if (malformed) {
        throw input.bad(number + 1, "invalid UTF-8");
      }
      done = true;
      limit = -1;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
