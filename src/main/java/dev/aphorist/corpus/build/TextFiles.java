package dev.aphorist.corpus.build;

import dev.aphorist.corpus.BadFileException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decodes files that must be UTF-8 text, naming the file and line of the first bad byte. */
final class TextFiles {

  /** Share of control characters above which a file is taken for binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final int SNIFF_BYTES = 8192;

  private TextFiles() {}

  /** The text of a file, or a complaint if it is binary or not valid UTF-8. */
  static String decode(Path file, byte[] bytes) throws BadFileException {
    if (looksBinary(bytes)) {
      throw new BadFileException(file, "binary file, not UTF-8 text");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadFileException(file, lineAt(bytes, in.position()), "invalid UTF-8");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new BadFileException(file, lineAt(bytes, bytes.length), "invalid UTF-8");
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\ufeff") ? text.substring(1) : text;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
