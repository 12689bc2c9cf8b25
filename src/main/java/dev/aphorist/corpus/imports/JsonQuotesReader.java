package dev.aphorist.corpus.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON list of quotes, streamed: an array of objects, or an object whose {@code quotes}
 * field is that array. Each object has {@code text} (or {@code quote}), and optionally {@code
 * author} (a name, or {@code {"name": ..., "handle": ...}}), {@code source} and {@code tags} (a
 * list, or one string separated by semicolons or commas).
 */
public final class JsonQuotesReader implements FormatReader {

  @Override
  public ImportFormat format() {
    return ImportFormat.JSON;
  }

  @Override
  public void read(ImportInput input, ImportSink sink) throws BadFileException, IOException {
    try (InputStream in = input.open();
        JsonParser parser = JsonInput.parser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw input.bad("the file is empty");
      }
      if (token == JsonToken.START_OBJECT) {
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          token = parser.nextToken();
          if (field.equals("quotes") && token == JsonToken.START_ARRAY) {
            break;
          }
          parser.skipChildren();
        }
        if (token != JsonToken.START_ARRAY) {
          throw input.bad(
              "not a JSON list of quotes: expected an array, or an object with a 'quotes' array");
        }
      } else if (token != JsonToken.START_ARRAY) {
        throw input.bad(
            1, "not a JSON list of quotes: expected an array, or an object with a 'quotes' array");
      }
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw input.bad("the JSON ends too early (is the file truncated?)");
        }
        int line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          throw input.bad(line, "not a JSON list of quotes: an entry is not an object");
        }
        JsonNode quote = JsonInput.tree(parser);
        String text = null;
        for (String field : QuoteRow.TEXT_FIELDS) {
          text = text == null ? XArchiveReader.text(quote, field) : text;
        }
        if (text == null) {
          throw input.bad(line, "not a JSON list of quotes: an entry has no 'text'");
        }
        if (text.isBlank()) {
          sink.skipped("empty text");
          continue;
        }
        JsonNode author = quote.get("author");
        String name = null;
        String handle = XArchiveReader.text(quote, "handle");
        if (author != null && author.isObject()) {
          name = XArchiveReader.text(author, "name");
          handle = XArchiveReader.text(author, "handle");
        } else if (author != null && author.isTextual()) {
          name = author.asText();
        }
        sink.item(
            QuoteRow.item(text, name, handle, XArchiveReader.text(quote, "source"), tags(quote)));
      }
    } catch (JsonProcessingException e) {
      throw JsonInput.bad(input, e, "a JSON list of quotes");
    }
  }

  private static List<String> tags(JsonNode quote) {
    JsonNode tags = quote.get("tags");
    if (tags == null || tags.isNull()) {
      return List.of();
    }
    if (tags.isTextual()) {
      return QuoteRow.splitTags(tags.asText());
    }
    List<String> out = new ArrayList<>();
    for (JsonNode tag : tags) {
      if (tag.isTextual() && !tag.asText().isBlank()) {
        out.add(tag.asText().strip());
      }
    }
    return out;
  }
}
