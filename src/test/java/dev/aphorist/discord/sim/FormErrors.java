package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors and renders Discord's nested "errors" object for code 50035. */
final class FormErrors {
  private record Entry(String path, String code, String message) {}

  private final List<Entry> errors = new ArrayList<>();

  /**
   * @param path dot-separated field path, array indices as numbers: "embeds.0.title"
   */
  void add(String path, String code, String message) {
    errors.add(new Entry(path, code, message));
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  List<String> paths() {
    return errors.stream().map(Entry::path).toList();
  }

  /** The same errors under a parent field ("data." for interaction callbacks). */
  FormErrors prefixed(String prefix) {
    FormErrors copy = new FormErrors();
    errors.forEach(e -> copy.add(prefix + e.path(), e.code(), e.message()));
    return copy;
  }

  JsonNode toJson() {
    ObjectNode root = Json.object();
    for (Entry error : errors) {
      ObjectNode node = root;
      for (String part : error.path().split("\\.")) {
        node = node.has(part) ? (ObjectNode) node.get(part) : node.putObject(part);
      }
      ArrayNode list =
          node.has("_errors") ? (ArrayNode) node.get("_errors") : node.putArray("_errors");
      list.addObject().put("code", error.code()).put("message", error.message());
    }
    return root;
  }

  @Override
  public String toString() {
    return Json.write(toJson());
  }
}
