package dev.aphorist.corpus.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an X archive zip as X delivers it (data/tweets.js with {@code window.YTD.tweets.part0 =}
 * and the fields real archives have, counts as strings; data/account.js), with the post mix of
 * {@link ProfileScrapeGenerator}: general claims, anecdotes, announcements with t.co links,
 * replies, retweets, reactions. The same seed gives the same archive. Run: {@code ./mvnw -B -q
 * -Pbench test-compile exec:exec -Dbench.main=dev.aphorist.corpus.bench.XArchiveGenerator
 * -Dbench.args="1000000 target/x-archive-1m.zip"}.
 */
public final class XArchiveGenerator {

  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final ProfileScrapeGenerator posts;
  private final Random random;

  public XArchiveGenerator(long seed) {
    this.posts = new ProfileScrapeGenerator(seed);
    this.random = new Random(seed + 1);
  }

  public static void main(String[] args) throws IOException {
    int tweets = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path zip = Path.of(args.length > 1 ? args[1] : "target/x-archive-1m.zip");
    long start = System.nanoTime();
    new XArchiveGenerator(42).write(zip, tweets);
    System.out.printf(
        Locale.ROOT,
        "wrote %,d tweets to %s (%,d bytes) in %.1f s%n",
        tweets,
        zip,
        Files.size(zip),
        (System.nanoTime() - start) / 1e9);
  }

  /** Writes an archive of {@code tweets} tweets to {@code zip}. */
  public void write(Path zip, int tweets) throws IOException {
    if (zip.toAbsolutePath().getParent() != null) {
      Files.createDirectories(zip.toAbsolutePath().getParent());
    }
    JsonFactory json = new JsonFactory();
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("data/account.js"));
      out.write(
          ("window.YTD.account.part0 = [ { \"account\" : { \"username\" : \"generated_eng\","
                  + " \"accountId\" : \"4242\", \"accountDisplayName\" : \"Generated Engineer\" } } ]")
              .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("data/tweets.js"));
      out.write("window.YTD.tweets.part0 = ".getBytes(StandardCharsets.UTF_8));
      JsonGenerator g = json.createGenerator(new NonClosing(out), JsonEncoding.UTF8);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      long id = 1_200_000_000_000_000_000L;
      Instant time = Instant.parse("2015-01-01T00:00:00Z");
      for (int i = 0; i < tweets; i++) {
        id += 1 + random.nextInt(1_000_000);
        time = time.plusSeconds(60 + random.nextInt(20_000));
        tweet(g, posts.post(i), Long.toString(id), time);
      }
      g.writeEndArray();
      g.close();
      out.closeEntry();
    }
  }

  private void tweet(JsonGenerator g, ProfileScrapeGenerator.Post post, String id, Instant time)
      throws IOException {
    String text = post.text();
    g.writeStartObject();
    g.writeObjectFieldStart("tweet");
    g.writeObjectFieldStart("edit_info");
    g.writeObjectFieldStart("initial");
    g.writeArrayFieldStart("editTweetIds");
    g.writeString(id);
    g.writeEndArray();
    g.writeStringField("editableUntil", time.plusSeconds(3600).toString());
    g.writeStringField("editsRemaining", "5");
    g.writeBooleanField("isEditEligible", !post.reply());
    g.writeEndObject();
    g.writeEndObject();
    g.writeBooleanField("retweeted", false);
    g.writeStringField(
        "source", "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
    g.writeObjectFieldStart("entities");
    g.writeArrayFieldStart("hashtags");
    g.writeEndArray();
    g.writeArrayFieldStart("symbols");
    g.writeEndArray();
    g.writeArrayFieldStart("user_mentions");
    if (post.reply() || post.repost()) {
      String handle = text.substring(text.indexOf('@') + 1).split("[ :]", 2)[0];
      g.writeStartObject();
      g.writeStringField("name", "User " + handle);
      g.writeStringField("screen_name", handle);
      g.writeArrayFieldStart("indices");
      g.writeString("0");
      g.writeString(Integer.toString(handle.length() + 1));
      g.writeEndArray();
      g.writeStringField("id_str", Integer.toString(handle.hashCode() & 0xffffff));
      g.writeStringField("id", Integer.toString(handle.hashCode() & 0xffffff));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("urls");
    int link = text.indexOf("https://t.co/");
    if (link >= 0) {
      String shortUrl = text.substring(link).split(" ", 2)[0];
      g.writeStartObject();
      g.writeStringField("url", shortUrl);
      g.writeStringField("expanded_url", "https://example.com/blog/post-" + id);
      g.writeStringField("display_url", "example.com/blog/post-" + id);
      g.writeArrayFieldStart("indices");
      g.writeString(Integer.toString(link));
      g.writeString(Integer.toString(link + shortUrl.length()));
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("display_text_range");
    g.writeString("0");
    g.writeString(Integer.toString(text.length()));
    g.writeEndArray();
    g.writeStringField("favorite_count", Long.toString(count()));
    if (post.reply()) {
      g.writeStringField("in_reply_to_status_id_str", Long.toString(Long.parseLong(id) - 7));
      g.writeStringField("in_reply_to_user_id", "4243");
      g.writeStringField("in_reply_to_screen_name", "user");
    }
    g.writeStringField("id_str", id);
    g.writeBooleanField("truncated", false);
    g.writeStringField("retweet_count", Long.toString(count() / 10));
    g.writeStringField("id", id);
    g.writeBooleanField("possibly_sensitive", false);
    g.writeStringField("created_at", CREATED_AT.format(time));
    g.writeBooleanField("favorited", false);
    g.writeStringField("full_text", text.replace("&", "&amp;"));
    g.writeStringField("lang", "en");
    g.writeEndObject();
    g.writeEndObject();
  }

  private long count() {
    return (long) Math.pow(10, random.nextDouble() * 4);
  }

  /** Lets the JSON generator be closed without closing the zip entry's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
