package dev.aphorist.corpus.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.extract.ImportedItem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a Mastodon outbox.json (the ActivityPub export), alone or inside the archive zip Mastodon
 * gives its users: an OrderedCollection whose orderedItems are activities. Each Create of a Note is
 * a post, its HTML content turned into text; Announces (boosts) are someone else's words and are
 * skipped, as are posts not addressed to the public (direct and followers-only messages). The
 * activities' actor says whose outbox it is; the zip's actor.json also gives the display name.
 */
public final class MastodonReader implements FormatReader {

  static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern PARAGRAPH = Pattern.compile("(?i)</p>\\s*<p[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @Override
  public ImportFormat format() {
    return ImportFormat.MASTODON;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    if (!XArchiveReader.isZip(input)) {
      try (InputStream in = input.open()) {
        readOutbox(input, in, sink);
      }
      return;
    }
    ZipFile zip;
    try {
      zip = new ZipFile(input.file().toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw input.bad("not a readable zip archive (truncated or damaged?): " + e.getMessage());
    }
    try (zip) {
      ZipEntry outbox = null;
      ZipEntry actor = null;
      var entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.equals("outbox.json") || name.endsWith("/outbox.json")) {
          outbox = entry;
        } else if (name.equals("actor.json") || name.endsWith("/actor.json")) {
          actor = entry;
        }
      }
      if (outbox == null) {
        throw input.bad(
            zip.size() == 0
                ? "the zip archive is empty"
                : "not a Mastodon archive: the zip has no outbox.json");
      }
      if (actor != null) {
        try (InputStream in = zip.getInputStream(actor)) {
          Author owner = actorJson(JsonInput.MAPPER.readTree(in));
          if (owner != null) {
            sink.owner(owner);
          }
        } catch (JsonProcessingException e) {
          throw JsonInput.bad(input, e, "a Mastodon archive (actor.json)");
        }
      }
      input.expect(Math.max(0, outbox.getSize()));
      try (InputStream in = input.count(zip.getInputStream(outbox))) {
        readOutbox(input, in, sink);
      } catch (ZipException | java.io.EOFException e) {
        throw input.bad("outbox.json cannot be unpacked (is the archive truncated?)");
      }
    }
  }

  /** The owner from actor.json: display name and {@code user@host} handle. */
  private static Author actorJson(JsonNode actor) {
    String id = XArchiveReader.text(actor, "id");
    Author fromId = id == null ? null : actorAuthor(id);
    String user = XArchiveReader.text(actor, "preferredUsername");
    String name = XArchiveReader.text(actor, "name");
    String handle = fromId != null ? fromId.handle() : user;
    if (handle == null) {
      return null;
    }
    return new Author(name != null && !name.isBlank() ? name : handle, handle);
  }

  private void readOutbox(ImportInput input, InputStream in, ImportSink sink)
      throws BadFileException, IOException {
    try (JsonParser parser = JsonInput.parser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw input.bad("the file is empty");
      }
      if (token != JsonToken.START_OBJECT) {
        throw input.bad(1, "not a Mastodon outbox: expected a JSON object with orderedItems");
      }
      boolean found = false;
      String owner = null;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        token = parser.nextToken();
        if (!field.equals("orderedItems")) {
          parser.skipChildren();
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          throw input.bad(
              parser.currentTokenLocation().getLineNr(),
              "not a Mastodon outbox: orderedItems is not a list");
        }
        found = true;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
          JsonNode activity = JsonInput.tree(parser);
          String actor = XArchiveReader.text(activity, "actor");
          if (owner == null && actor != null) {
            owner = actor;
            Author author = actorAuthor(actor);
            if (author != null) {
              sink.owner(author);
            }
          }
          String type = XArchiveReader.text(activity, "type");
          if ("Announce".equals(type)) {
            sink.skipped("boost");
            continue;
          }
          JsonNode object = activity.get("object");
          if (!"Create".equals(type) || object == null || !object.isObject()) {
            sink.skipped("not a post");
            continue;
          }
          if (!"Note".equals(XArchiveReader.text(object, "type"))) {
            sink.skipped("not a post");
            continue;
          }
          if (!addressedToPublic(activity) && !addressedToPublic(object)) {
            sink.skipped("not public");
            continue;
          }
          String html = XArchiveReader.text(object, "content");
          if (html == null) {
            sink.skipped("no text");
            continue;
          }
          String url = XArchiveReader.text(object, "url");
          sink.item(
              new ImportedItem(
                  toText(html),
                  null,
                  XArchiveReader.text(object, "published"),
                  url != null ? url : XArchiveReader.text(object, "id"),
                  XArchiveReader.text(object, "inReplyTo") != null,
                  null,
                  null,
                  List.of()));
        }
        if (token != JsonToken.END_ARRAY) {
          throw input.bad(
              parser.currentTokenLocation().getLineNr(),
              "not a Mastodon outbox: orderedItems holds " + token + ", not activities");
        }
      }
      if (!found) {
        throw input.bad("not a Mastodon outbox: no orderedItems list");
      }
    } catch (JsonProcessingException e) {
      throw JsonInput.bad(input, e, "a Mastodon outbox");
    }
  }

  private static boolean addressedToPublic(JsonNode node) {
    for (String field : new String[] {"to", "cc"}) {
      JsonNode value = node.get(field);
      if (value == null) {
        continue;
      }
      if (value.isTextual() && PUBLIC.equals(value.asText())) {
        return true;
      }
      for (JsonNode each : value) {
        if (PUBLIC.equals(each.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The outbox owner from an actor id such as {@code https://mastodon.social/users/alice}: handle
   * {@code alice@mastodon.social}, also the name until the import says otherwise (an outbox does
   * not carry the display name).
   */
  static Author actorAuthor(String actor) {
    try {
      URI uri = URI.create(actor);
      String path = uri.getPath();
      if (uri.getHost() == null || path == null) {
        return null;
      }
      String user = path.substring(path.lastIndexOf('/') + 1);
      if (user.startsWith("@")) {
        user = user.substring(1);
      }
      if (user.isBlank()) {
        return null;
      }
      String handle = user + "@" + uri.getHost();
      return new Author(handle, handle);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A post's HTML as plain text: paragraphs and line breaks kept, tags dropped. */
  static String toText(String html) {
    String text = PARAGRAPH.matcher(html).replaceAll("\n\n");
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    return dev.aphorist.corpus.extract.TextNormalizer.normalize(text).strip();
  }
}
