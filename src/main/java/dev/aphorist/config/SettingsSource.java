package dev.aphorist.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw settings of a configuration file, flattened to dotted keys ({@code discord.rest-url}),
 * each with the line it was written on so that errors can point at it.
 */
final class SettingsSource {

  /** One scalar (or list of scalars) as written in the file. */
  record Entry(String key, List<String> values, boolean isList, int line) {

    String value() {
      return values.isEmpty() ? "" : values.get(0);
    }
  }

  private final String name;
  private final Map<String, Entry> entries;

  private SettingsSource(String name, Map<String, Entry> entries) {
    this.name = name;
    this.entries = entries;
  }

  static SettingsSource empty(String name) {
    return new SettingsSource(name, Map.of());
  }

  /** Parses a YAML file; a missing or malformed file is a one-line problem naming file and line. */
  static SettingsSource read(Path file) throws ConfigException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new ConfigException(file.toString(), List.of(file + ": file not found"));
    } catch (CharacterCodingException e) {
      throw new ConfigException(file.toString(), List.of(file + ": not valid UTF-8 text"));
    } catch (IOException e) {
      throw new ConfigException(file.toString(), List.of(file + ": cannot be read: " + e));
    }
    return parse(file.toString(), text);
  }

  static SettingsSource parse(String name, String yaml) throws ConfigException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(yaml);
        JsonParser parser = new YAMLFactory().createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first != null && first != JsonToken.START_OBJECT) {
        throw new ConfigException(
            name, List.of(name + ":" + line(parser) + ": expected a mapping of settings"));
      }
      if (first != null) {
        flatten(parser, "", entries, problems, name);
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigException(
          name, List.of(name + ":" + line + ": not valid YAML: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(name, List.of(name + ": cannot be read: " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(name, problems);
    }
    return new SettingsSource(name, entries);
  }

  private static void flatten(
      JsonParser parser,
      String prefix,
      Map<String, Entry> entries,
      List<String> problems,
      String name)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + parser.currentName();
      int line = line(parser);
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT) {
        flatten(parser, key + ".", entries, problems, name);
      } else if (value == JsonToken.START_ARRAY) {
        List<String> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken().isStructStart()) {
            problems.add(
                name + ":" + line(parser) + ": " + key + ": list items must be plain values");
            parser.skipChildren();
          } else {
            items.add(parser.getText());
          }
        }
        entries.put(key, new Entry(key, List.copyOf(items), true, line));
      } else {
        String text = value == JsonToken.VALUE_NULL ? "" : parser.getText();
        entries.put(key, new Entry(key, List.of(text == null ? "" : text), false, line));
      }
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation() == null ? 0 : parser.currentTokenLocation().getLineNr();
  }

  String name() {
    return name;
  }

  Map<String, Entry> entries() {
    return entries;
  }
}
