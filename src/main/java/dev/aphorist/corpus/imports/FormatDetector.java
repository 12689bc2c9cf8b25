package dev.aphorist.corpus.imports;

import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Guesses the format of a file given without {@code --format}, from its first bytes and its name: a
 * zip or {@code window.YTD} is an X archive; JSON with {@code orderedItems} a Mastodon outbox,
 * other JSON a quote list; {@code .csv} CSV; {@code .md} Markdown; lines of {@code %} a fortune
 * file; anything else plain text.
 */
public final class FormatDetector {

  private static final int SNIFF = 8192;

  private FormatDetector() {}

  /** A Mastodon archive has an outbox.json; anything else is taken for an X archive. */
  private static ImportFormat zipFormat(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      boolean outbox =
          zip.stream()
              .map(ZipEntry::getName)
              .anyMatch(n -> n.equals("outbox.json") || n.endsWith("/outbox.json"));
      return outbox ? ImportFormat.MASTODON : ImportFormat.X_ARCHIVE;
    } catch (IOException e) {
      return ImportFormat.X_ARCHIVE; // its reader says what is wrong with the zip
    }
  }

  public static ImportFormat detect(Path file) throws BadFileException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BadFileException(file, "file not found");
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    }
    if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
      return zipFormat(file);
    }
    String text = new String(head, StandardCharsets.UTF_8).stripLeading();
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (text.startsWith("window.YTD.")) {
      return ImportFormat.X_ARCHIVE;
    }
    if (text.startsWith("{")
        && (text.contains("\"orderedItems\"") || text.contains("\"@context\""))) {
      return ImportFormat.MASTODON;
    }
    if (text.startsWith("[") || text.startsWith("{")) {
      return ImportFormat.JSON;
    }
    if (name.endsWith(".csv")) {
      return ImportFormat.CSV;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return ImportFormat.MARKDOWN;
    }
    if (text.lines().anyMatch(line -> line.strip().equals("%"))) {
      return ImportFormat.FORTUNE;
    }
    return ImportFormat.TEXT;
  }
}
