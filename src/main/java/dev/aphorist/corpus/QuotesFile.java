package dev.aphorist.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes corpus/quotes.json: {@code {"version": 1, "quotes": [...]}}. The schema is
 * documented in docs/quotes-format.md.
 */
public final class QuotesFile {

  /** The document as it is on disk. */
  record Document(int version, List<Quote> quotes) {}

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private QuotesFile() {}

  /** Reads a quotes file, naming the file and line of the first problem. */
  public static Corpus read(Path file) throws BadFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file, in);
    } catch (NoSuchFileException e) {
      throw new BadFileException(file, "file not found");
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /** Reads a quotes document from a stream; {@code name} is used in error messages. */
  public static Corpus parse(Path name, InputStream in) throws BadFileException, IOException {
    Document document;
    try {
      document = MAPPER.readValue(in, Document.class);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new BadFileException(
          name, where == null ? 0 : where.getLineNr(), "not a valid quotes file: " + cause(e), e);
    }
    if (document == null) {
      throw new BadFileException(name, "the file is empty");
    }
    if (document.version() != Corpus.FORMAT_VERSION) {
      throw new BadFileException(
          name,
          "unsupported version "
              + document.version()
              + " (expected "
              + Corpus.FORMAT_VERSION
              + ")");
    }
    if (document.quotes() == null) {
      throw new BadFileException(name, "missing \"quotes\" array");
    }
    try {
      return new Corpus(document.quotes());
    } catch (IllegalArgumentException e) {
      throw new BadFileException(name, e.getMessage());
    }
  }

  /** Writes the corpus atomically: readers see the old file or the new one, never a part. */
  public static void write(Path file, Corpus corpus) throws IOException {
    AtomicFiles.write(file, toBytes(corpus));
  }

  /** The exact bytes {@link #write} produces, ending in a newline. */
  public static byte[] toBytes(Corpus corpus) throws IOException {
    byte[] json = MAPPER.writeValueAsBytes(new Document(Corpus.FORMAT_VERSION, corpus.quotes()));
    byte[] withNewline = new byte[json.length + 1];
    System.arraycopy(json, 0, withNewline, 0, json.length);
    withNewline[json.length] = '\n';
    return withNewline;
  }

  /** Jackson's own message without its location suffix, which we print in our own form. */
  private static String cause(JsonProcessingException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : null;
    if (message == null) {
      message = e.getOriginalMessage();
    }
    return message.lines().findFirst().orElse(message);
  }
}
