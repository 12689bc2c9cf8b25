package dev.aphorist.corpus.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.aphorist.corpus.BadFileException;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The raw form of an imported document in corpus/raw: a JSON-lines file ({@value #EXTENSION}) whose
 * first line is a header and every other line one {@link ImportedItem}. It is compact (a million
 * tweets take a fraction of their archive) and read as a stream, so the build never holds a large
 * import in memory; re-reading it gives the same passages, so {@code corpus build} reproduces every
 * import.
 *
 * <pre>
 * {"version":1,"format":"x-archive","shape":"post"}
 * {"text":"Most outages are config changes.","date":"2020-12-03T10:00:00Z","metrics":{"likes":12}}
 * </pre>
 */
public final class ImportedDocument {

  /** The file name extension of imported documents; other raw files are text. */
  public static final String EXTENSION = ".jsonl";

  /** The header format version this code reads and writes. */
  public static final int VERSION = 1;

  /** Longest item text accepted: far beyond any passage, far below a heap problem. */
  public static final int MAX_TEXT = 100_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(MAX_TEXT * 4).build())
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();

  /**
   * The first line.
   *
   * @param version {@link #VERSION}
   * @param format the import format it came from (x-archive, mastodon, ...)
   * @param shape how its passages are cut: posts whole, prose into sentences
   */
  public record Header(int version, String format, String shape) {

    public static Header of(String format, Shape shape) {
      return new Header(VERSION, format, shape.name().toLowerCase(Locale.ROOT));
    }

    public Shape passageShape() {
      return Shape.valueOf(shape.toUpperCase(Locale.ROOT));
    }
  }

  /** An item and the 1-based line it is on. */
  public record Line(int number, ImportedItem item) {}

  private ImportedDocument() {}

  /** The passage an item is, as the extractor sees it: the document author's, of its shape. */
  public static Passage passage(Line line, Shape shape) {
    ImportedItem item = line.item();
    return new Passage(
        TextNormalizer.normalize(item.text()),
        line.number(),
        Voice.AUTHOR,
        null,
        item.reply(),
        item.metrics(),
        shape,
        null);
  }

  /** True when a raw file name is an imported document. */
  public static boolean isImported(String fileName) {
    return fileName.endsWith(EXTENSION);
  }

  /** Writes an imported document line by line. */
  public static final class Writer implements Closeable {
    private final OutputStream out;
    private final JsonGenerator generator;

    /** Starts a document on {@code out} (which it buffers itself) with its header line. */
    public Writer(OutputStream out, Header header) throws IOException {
      this.out = new BufferedOutputStream(out, 1 << 16);
      this.generator = MAPPER.createGenerator(this.out);
      // One value a line: no separator before a root value, a newline after it.
      generator.setRootValueSeparator(null);
      write(header);
    }

    public void write(ImportedItem item) throws IOException {
      MAPPER.writeValue(generator, item);
      generator.writeRaw('\n');
    }

    private void write(Header header) throws IOException {
      MAPPER.writeValue(generator, header);
      generator.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
      generator.close();
      out.close();
    }
  }

  /** Reads an imported document as a stream of items. */
  public static final class Reader implements Closeable {
    private final Path file;
    private final JsonParser parser;
    private final Header header;

    private Reader(Path file, InputStream in) throws BadFileException, IOException {
      this.file = file;
      this.parser = MAPPER.createParser(in);
      JsonToken first = nextToken();
      if (first != JsonToken.START_OBJECT) {
        parser.close();
        throw new BadFileException(file, 1, "not an imported document: no header line");
      }
      Header read;
      try {
        read = MAPPER.readValue(parser, Header.class);
      } catch (JsonProcessingException e) {
        parser.close();
        throw bad(e);
      }
      if (read.version() != VERSION) {
        parser.close();
        throw new BadFileException(
            file, 1, "unsupported version " + read.version() + " (expected " + VERSION + ")");
      }
      try {
        read.passageShape();
      } catch (IllegalArgumentException | NullPointerException e) {
        parser.close();
        throw new BadFileException(file, 1, "unknown shape '" + read.shape() + "'");
      }
      this.header = read;
    }

    /** Opens a raw imported document and reads its header. */
    public static Reader open(Path file) throws BadFileException {
      InputStream in;
      try {
        in = Files.newInputStream(file);
      } catch (NoSuchFileException e) {
        throw new BadFileException(file, "file not found");
      } catch (IOException e) {
        throw new BadFileException(file, "cannot be read: " + e.getMessage());
      }
      try {
        return new Reader(file, in);
      } catch (IOException e) {
        throw new BadFileException(file, "cannot be read: " + e.getMessage());
      }
    }

    public Header header() {
      return header;
    }

    /** The next item, or null at the end of the file. */
    public Line next() throws BadFileException {
      JsonToken token = nextToken();
      if (token == null) {
        return null;
      }
      int line = parser.currentTokenLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        throw new BadFileException(file, line, "each line must be one JSON object");
      }
      try {
        ImportedItem item = MAPPER.readValue(parser, ImportedItem.class);
        if (item.text().length() > MAX_TEXT) {
          throw new BadFileException(file, line, "text longer than " + MAX_TEXT + " characters");
        }
        return new Line(line, item);
      } catch (JsonProcessingException e) {
        throw bad(e);
      } catch (IOException e) {
        throw new BadFileException(file, line, "cannot be read: " + e.getMessage());
      }
    }

    /** Up to {@code max} items, or an empty list at the end of the file. */
    public List<Line> next(int max) throws BadFileException {
      List<Line> out = new ArrayList<>(Math.min(max, 1024));
      Line line;
      while (out.size() < max && (line = next()) != null) {
        out.add(line);
      }
      return out;
    }

    private JsonToken nextToken() throws BadFileException {
      try {
        return parser.nextToken();
      } catch (JsonProcessingException e) {
        throw bad(e);
      } catch (IOException e) {
        throw new BadFileException(file, "cannot be read: " + e.getMessage());
      }
    }

    private BadFileException bad(JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String message = e.getOriginalMessage();
      message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().get();
      return new BadFileException(file, line, "not a valid imported document: " + message, e);
    }

    @Override
    public void close() throws IOException {
      parser.close();
    }
  }
}
