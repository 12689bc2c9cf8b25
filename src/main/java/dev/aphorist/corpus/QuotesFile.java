package dev.aphorist.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /**
   * Reads a quotes document from a stream; {@code name} is used in error messages. Quotes are read
   * one at a time and share their repeated values as they come ({@link SharedValues}), so reading
   * takes little more memory than the corpus it returns: a bot on a small heap starts without first
   * holding a copy of every author, source and topic name per quote.
   */
  public static Corpus parse(Path name, InputStream in) throws BadFileException, IOException {
    try (JsonParser parser = MAPPER.createParser(in)) {
      return readDocument(name, parser);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new BadFileException(
          name, where == null ? 0 : where.getLineNr(), "not a valid quotes file: " + cause(e), e);
    }
  }

  private static Corpus readDocument(Path name, JsonParser parser)
      throws BadFileException, IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new BadFileException(name, "the file is empty");
    }
    if (first != JsonToken.START_OBJECT) {
      throw invalid(name, parser, "expected an object with \"version\" and \"quotes\"");
    }
    Integer version = null;
    List<Quote> quotes = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "version" -> {
          if (value != JsonToken.VALUE_NUMBER_INT) {
            throw invalid(name, parser, "\"version\" must be a whole number");
          }
          version = parser.getIntValue();
          checkVersion(name, version);
        }
        case "quotes" -> {
          if (value == JsonToken.VALUE_NULL) {
            throw new BadFileException(name, "missing \"quotes\" array");
          }
          if (value != JsonToken.START_ARRAY) {
            throw invalid(name, parser, "\"quotes\" must be an array");
          }
          quotes = readQuotes(name, parser);
        }
        default -> throw invalid(name, parser, "unknown field \"" + field + "\"");
      }
    }
    if (version == null) {
      throw new BadFileException(name, "missing \"version\"");
    }
    if (quotes == null) {
      throw new BadFileException(name, "missing \"quotes\" array");
    }
    try {
      return new Corpus(quotes);
    } catch (IllegalArgumentException e) {
      throw new BadFileException(name, e.getMessage());
    }
  }

  private static List<Quote> readQuotes(Path name, JsonParser parser)
      throws BadFileException, IOException {
    SharedValues shared = new SharedValues();
    List<Quote> quotes = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        throw invalid(name, parser, "quote " + (quotes.size() + 1) + " is null");
      }
      quotes.add(shared.quote(MAPPER.readValue(parser, Quote.class)));
    }
    return quotes;
  }

  private static void checkVersion(Path name, int version) throws BadFileException {
    if (version != Corpus.FORMAT_VERSION) {
      throw new BadFileException(
          name, "unsupported version " + version + " (expected " + Corpus.FORMAT_VERSION + ")");
    }
  }

  private static BadFileException invalid(Path name, JsonParser parser, String problem) {
    return new BadFileException(
        name, parser.currentLocation().getLineNr(), "not a valid quotes file: " + problem);
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
