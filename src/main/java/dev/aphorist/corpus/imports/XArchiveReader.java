package dev.aphorist.corpus.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Metrics;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an X (Twitter) archive: the zip X gives its users, or its data/tweets.js alone. That file
 * is JavaScript, {@code window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]}: the prefix up to the
 * first {@code [} is skipped byte by byte and the array is streamed with Jackson, one tweet at a
 * time. Retweets are skipped (their words are someone else's); replies are flagged, their leading
 *
 * @mentions dropped; t.co links are replaced by the links they stand for, from the tweet's entities
 *     (links to attached media are removed: the picture is not part of the text); favourite and
 *     retweet counts, which archives write as strings, are kept as likes and reposts. The archive's
 *     data/account.js, when present, says whose tweets they are.
 */
public final class XArchiveReader implements FormatReader {

  /** The start of a tweets file: {@code window.YTD.tweets.part0 = [}. */
  private static final Pattern PREFIX =
      Pattern.compile("\\s*window\\.YTD\\.[A-Za-z_]+\\.part\\d+\\s*=\\s*");

  private static final Pattern TWEETS_ENTRY =
      Pattern.compile("(?:.*/)?data/tweets?(?:-part\\d+)?\\.js");

  /** The most bytes read looking for the {@code [} that opens the array. */
  private static final int MAX_PREFIX = 200;

  private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\.?@\\w{1,15}\\s+)+");

  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private final String handle;

  /**
   * @param handle the archive owner's handle when given on the command line, used in tweet links
   *     when the archive has no account.js; or null
   */
  public XArchiveReader(String handle) {
    this.handle = handle;
  }

  @Override
  public ImportFormat format() {
    return ImportFormat.X_ARCHIVE;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    if (isZip(input)) {
      readZip(input, sink);
    } else {
      try (InputStream in = input.open()) {
        readTweets(input, in, handle, sink);
      }
    }
  }

  /** True when the file starts like a zip: a local file header, or the end of an empty one. */
  static boolean isZip(ImportInput input) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(input.file())) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    }
  }

  private void readZip(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    ZipFile zip;
    try {
      zip = new ZipFile(input.file().toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw input.bad("not a readable zip archive (truncated or damaged?): " + e.getMessage());
    }
    try (zip) {
      List<ZipEntry> tweets = new ArrayList<>();
      ZipEntry account = null;
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (TWEETS_ENTRY.matcher(entry.getName()).matches()) {
          tweets.add(entry);
        } else if (entry.getName().endsWith("data/account.js")) {
          account = entry;
        }
      }
      if (tweets.isEmpty()) {
        throw input.bad(
            zip.size() == 0
                ? "the zip archive is empty"
                : "not an X archive: the zip has no data/tweets.js");
      }
      tweets.sort(Comparator.comparing(ZipEntry::getName));
      String owner = handle;
      if (account != null) {
        Author fromAccount = readAccount(input, zip, account);
        if (fromAccount != null) {
          sink.owner(fromAccount);
          if (owner == null) {
            owner = fromAccount.handle();
          }
        }
      }
      long total = 0;
      for (ZipEntry entry : tweets) {
        total += Math.max(0, entry.getSize());
      }
      input.expect(total);
      for (ZipEntry entry : tweets) {
        try (InputStream in = input.count(zip.getInputStream(entry))) {
          readTweets(input, in, owner, sink);
        } catch (ZipException e) {
          throw input.bad(
              entry.getName() + " cannot be unpacked (truncated or damaged?): " + e.getMessage());
        } catch (java.io.EOFException e) {
          throw input.bad(entry.getName() + " ends too early (is the archive truncated?)");
        }
      }
    }
  }

  private static Author readAccount(ImportInput input, ZipFile zip, ZipEntry entry)
      throws BadFileException, IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      InputStream array = skipPrefix(input, new BufferedInputStream(in), entry.getName());
      JsonNode root = JsonInput.MAPPER.readTree(array);
      JsonNode account = root.path(0).path("account");
      String username = text(account, "username");
      String name = text(account, "accountDisplayName");
      if (username == null) {
        return null;
      }
      return new Author(name != null ? name : username, username);
    } catch (JsonProcessingException e) {
      throw JsonInput.bad(input, e, "an X archive (data/account.js)");
    }
  }

  /**
   * Skips {@code window.YTD.tweets.part0 = } up to the {@code [} and returns a stream that starts
   * with it.
   */
  private static InputStream skipPrefix(ImportInput input, InputStream in, String what)
      throws BadFileException, IOException {
    StringBuilder prefix = new StringBuilder();
    int b = in.read();
    if (b == 0xEF) { // a UTF-8 byte order mark
      in.read();
      in.read();
      b = in.read();
    }
    while (b >= 0 && b != '[' && prefix.length() < MAX_PREFIX) {
      prefix.append((char) b);
      b = in.read();
    }
    if (b != '[' || !(prefix.toString().isBlank() || PREFIX.matcher(prefix).matches())) {
      throw input.bad(
          b < 0 && prefix.length() == 0
              ? what + " is empty"
              : "not an X archive: " + what + " does not start with 'window.YTD.tweets.part0 = ['");
    }
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(new byte[] {'['}), in);
  }

  private static void readTweets(ImportInput input, InputStream raw, String owner, ImportSink sink)
      throws BadFileException, IOException {
    InputStream in = skipPrefix(input, raw, "the tweets file");
    try (JsonParser parser = JsonInput.parser(in)) {
      parser.nextToken(); // [
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw input.bad("the JSON ends too early (is the file truncated?)");
        }
        if (token != JsonToken.START_OBJECT) {
          throw input.bad(
              parser.currentTokenLocation().getLineNr(),
              "not an X archive: the tweets array holds " + token + ", not tweet objects");
        }
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = JsonInput.tree(parser);
        JsonNode tweet = node.has("tweet") ? node.get("tweet") : node;
        ImportedItem item = item(tweet, owner);
        if (item == null) {
          if (text(tweet, "full_text") == null && text(tweet, "text") == null) {
            throw input.bad(line, "not an X archive: a tweet has no full_text");
          }
          sink.skipped("retweet");
        } else {
          sink.item(item);
        }
      }
    } catch (JsonProcessingException e) {
      throw JsonInput.bad(input, e, "an X archive");
    }
  }

  /** The item of a tweet, or null for a retweet or a tweet without text. */
  static ImportedItem item(JsonNode tweet, String owner) {
    String text = text(tweet, "full_text");
    if (text == null) {
      text = text(tweet, "text");
    }
    if (text == null || tweet.has("retweeted_status") || text.startsWith("RT @")) {
      return null;
    }
    text = expandLinks(text, tweet);
    boolean reply =
        text(tweet, "in_reply_to_status_id_str") != null
            || text(tweet, "in_reply_to_status_id") != null;
    if (reply) {
      text = LEADING_MENTIONS.matcher(text).replaceFirst("");
    }
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    String id = text(tweet, "id_str");
    if (id == null) {
      id = text(tweet, "id");
    }
    String url =
        id == null
            ? null
            : owner != null
                ? "https://x.com/" + owner + "/status/" + id
                : "https://x.com/i/web/status/" + id;
    Metrics metrics =
        new Metrics(null, count(tweet, "retweet_count"), count(tweet, "favorite_count"), null);
    return new ImportedItem(
        text, null, date(text(tweet, "created_at")), url, reply, metrics, null, List.of());
  }

  private static String expandLinks(String text, JsonNode tweet) {
    String out = text;
    for (JsonNode url : tweet.path("entities").path("urls")) {
      String shortUrl = text(url, "url");
      String expanded = text(url, "expanded_url");
      if (shortUrl != null && expanded != null) {
        out = out.replace(shortUrl, expanded);
      }
    }
    for (String key : new String[] {"entities", "extended_entities"}) {
      for (JsonNode media : tweet.path(key).path("media")) {
        String shortUrl = text(media, "url");
        if (shortUrl != null) {
          out = out.replace(shortUrl, "");
        }
      }
    }
    return out;
  }

  private static Long count(JsonNode tweet, String field) {
    String value = text(tweet, field);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String date(String createdAt) {
    if (createdAt == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(createdAt, CREATED_AT).toInstant().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A field as text (archives write numbers as strings; either is read), or null. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = value.asText();
    return text.isEmpty() ? null : text;
  }
}
