package dev.aphorist.corpus.build;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.BadFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the small YAML files of the corpus (sources.yaml, curation.yaml) as top-level lists of
 * entries, each with the line it starts on, so that every complaint can name its line.
 */
final class YamlEntries {

  /** One list entry and the line where it starts. */
  record Entry(JsonNode node, int line) {}

  private final Path file;
  private final Map<String, List<Entry>> lists = new LinkedHashMap<>();

  private YamlEntries(Path file) {
    this.file = file;
  }

  /**
   * Parses {@code file}, whose top level must be a mapping of the given keys to lists of mappings.
   * An empty file has no entries.
   */
  static YamlEntries read(Path file, Set<String> keys) throws BadFileException {
    YamlEntries entries = new YamlEntries(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadFileException(file, "file not found");
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    }
    TextFiles.decode(file, bytes); // rejects binary files and invalid UTF-8 with a line
    try (InputStream in = new java.io.ByteArrayInputStream(bytes);
        JsonParser parser = new YAMLFactory().createParser(in)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return entries;
      }
      if (token != JsonToken.START_OBJECT) {
        throw entries.bad(parser.currentTokenLocation(), "expected a mapping with " + keys);
      }
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation at = parser.currentTokenLocation();
        if (!keys.contains(key)) {
          throw entries.bad(at, "unknown key '" + key + "' (expected one of " + keys + ")");
        }
        if (entries.lists.containsKey(key)) {
          throw entries.bad(at, "key '" + key + "' appears twice");
        }
        List<Entry> list = new ArrayList<>();
        entries.lists.put(key, list);
        token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
          continue;
        }
        if (token != JsonToken.START_ARRAY) {
          throw entries.bad(parser.currentTokenLocation(), "'" + key + "' must be a list");
        }
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
          int line = parser.currentTokenLocation().getLineNr();
          if (token != JsonToken.START_OBJECT) {
            throw new BadFileException(file, line, "each entry of '" + key + "' must be a mapping");
          }
          list.add(new Entry(readNode(parser), line));
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw entries.bad(parser.currentTokenLocation(), "unexpected content");
      }
      if (parser.nextToken() != null) {
        throw entries.bad(parser.currentTokenLocation(), "only one YAML document is allowed");
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String message = e.getOriginalMessage();
      message = message == null ? e.getClass().getSimpleName() : message.lines().findFirst().get();
      throw new BadFileException(
          file, where == null ? 0 : where.getLineNr(), "not valid YAML: " + message, e);
    } catch (IOException e) {
      throw new BadFileException(file, "cannot be read: " + e.getMessage());
    }
    return entries;
  }

  /**
   * Reads the value at the current token keeping every scalar as written: an id such as {@code
   * 0123456789} must not become the number 123456789.
   */
  private static JsonNode readNode(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, readNode(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(readNode(parser));
        }
        return array;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.textNode(parser.getText());
      }
    }
  }

  /** True when the file has the key at the top level (even with an empty list). */
  boolean has(String key) {
    return lists.containsKey(key);
  }

  List<Entry> list(String key) {
    return lists.getOrDefault(key, List.of());
  }

  Path file() {
    return file;
  }

  private BadFileException bad(JsonLocation at, String problem) {
    return new BadFileException(file, at == null ? 0 : at.getLineNr(), problem);
  }

  // --- field access with one-line complaints -------------------------------------------------

  void allowOnly(Entry entry, Set<String> fields) throws BadFileException {
    Iterator<String> names = entry.node().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw new BadFileException(
            file, entry.line(), "unknown field '" + name + "' (expected one of " + fields + ")");
      }
    }
  }

  /** A text field, or null when absent or null. */
  String text(Entry entry, String field) throws BadFileException {
    JsonNode value = entry.node().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadFileException(file, entry.line(), "'" + field + "' must be text");
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  String requiredText(Entry entry, String field) throws BadFileException {
    String text = text(entry, field);
    if (text == null) {
      throw new BadFileException(file, entry.line(), "'" + field + "' is required");
    }
    return text;
  }

  boolean has(Entry entry, String field) {
    return entry.node().has(field);
  }

  /** An author mapping {name, handle}, or null when absent or null. */
  Author author(Entry entry, String field) throws BadFileException {
    JsonNode value = entry.node().get(field);
    if (value == null || value instanceof NullNode) {
      return null;
    }
    if (!value.isObject()) {
      throw new BadFileException(
          file, entry.line(), "'" + field + "' must be a mapping with name and handle, or null");
    }
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("name") && !name.equals("handle")) {
        throw new BadFileException(
            file,
            entry.line(),
            "unknown field '" + field + "." + name + "' (expected name, handle)");
      }
    }
    JsonNode name = value.get("name");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      throw new BadFileException(file, entry.line(), "'" + field + ".name' is required");
    }
    JsonNode handle = value.get("handle");
    if (handle != null && !handle.isNull() && !handle.isTextual()) {
      throw new BadFileException(file, entry.line(), "'" + field + ".handle' must be text");
    }
    return new Author(name.asText(), handle == null || handle.isNull() ? null : handle.asText());
  }

  /** A list of texts, or null when absent. */
  List<String> texts(Entry entry, String field) throws BadFileException {
    JsonNode value = entry.node().get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new BadFileException(file, entry.line(), "'" + field + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new BadFileException(file, entry.line(), "'" + field + "' must list texts");
      }
      out.add(item.asText().strip());
    }
    return out;
  }
}
