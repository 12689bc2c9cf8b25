package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * The file being imported. Streams opened through it count the bytes read, which drives the
 * progress display: the total is the file size, or what a reader says (a zip entry's size).
 */
public final class ImportInput {

  private final Path file;
  private final LongConsumer bytesRead;
  private final LongConsumer total;
  private long counted;

  /**
   * @param file the file
   * @param total told the number of bytes the streams will read in all
   * @param bytesRead told the number of bytes read so far
   */
  public ImportInput(Path file, LongConsumer total, LongConsumer bytesRead) {
    this.file = file;
    this.total = total;
    this.bytesRead = bytesRead;
  }

  /** An input with no progress reporting. */
  public static ImportInput of(Path file) {
    return new ImportInput(file, n -> {}, n -> {});
  }

  public Path file() {
    return file;
  }

  /** Opens the file itself, counted, with its size as the total. */
  public InputStream open() throws IOException {
    total.accept(Files.size(file));
    return count(Files.newInputStream(file));
  }

  /** Sets the total to the bytes of what the reader is about to read instead. */
  public void expect(long bytes) {
    total.accept(bytes);
  }

  /** Counts the bytes read from another stream (a zip entry). */
  public InputStream count(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          advance(n);
        }
        return n;
      }
    };
  }

  private void advance(long n) {
    counted += n;
    bytesRead.accept(counted);
  }

  /** A problem with this file. */
  public BadFileException bad(String problem) {
    return new BadFileException(file, problem);
  }

  /** A problem on a line of this file. */
  public BadFileException bad(int line, String problem) {
    return new BadFileException(file, line, problem);
  }
}
