package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Discord's limits on message bodies (as documented for bots), checked the way Discord answers
 * them: every violation becomes a field error of one 400 / 50035 answer.
 */
final class MessageRules {
  static final int CONTENT_MAX = 2000;
  static final int EMBEDS_MAX = 10;
  static final int EMBED_TITLE_MAX = 256;
  static final int EMBED_DESCRIPTION_MAX = 4096;
  static final int EMBED_FIELDS_MAX = 25;
  static final int EMBED_FIELD_NAME_MAX = 256;
  static final int EMBED_FIELD_VALUE_MAX = 1024;
  static final int EMBED_FOOTER_MAX = 2048;
  static final int EMBED_AUTHOR_MAX = 256;
  static final int EMBED_TOTAL_MAX = 6000;
  static final int ACTION_ROWS_MAX = 5;
  static final int ROW_BUTTONS_MAX = 5;
  static final int CUSTOM_ID_MAX = 100;
  static final int BUTTON_LABEL_MAX = 80;
  static final int NONCE_MAX = 25;
  static final int CHOICES_MAX = 25;
  static final int CHOICE_NAME_MAX = 100;
  static final int CHOICE_VALUE_MAX = 100;

  private MessageRules() {}

  /** Checks a body that creates or edits a message. */
  static FormErrors check(JsonNode body) {
    FormErrors errors = new FormErrors();
    if (body == null || !body.isObject()) {
      errors.add("_root", "MODEL_TYPE_CONVERT", "Body must be a JSON object.");
      return errors;
    }
    JsonNode content = body.get("content");
    if (content != null && !content.isNull()) {
      if (!content.isTextual()) {
        errors.add("content", "BASE_TYPE_STRING", "Must be a string.");
      } else if (length(content.asText()) > CONTENT_MAX) {
        errors.add("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
      }
    }
    checkEmbeds(body.get("embeds"), errors);
    checkComponents(body.get("components"), errors);
    checkAllowedMentions(body.get("allowed_mentions"), errors);
    JsonNode nonce = body.get("nonce");
    if (nonce != null && nonce.isTextual() && length(nonce.asText()) > NONCE_MAX) {
      errors.add("nonce", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    return errors;
  }

  /** A new message needs something to show. */
  static boolean isEmpty(JsonNode body) {
    return body.path("content").asText("").isEmpty()
        && body.path("embeds").isEmpty()
        && body.path("components").isEmpty()
        && body.path("attachments").isEmpty()
        && body.path("sticker_ids").isEmpty()
        && !body.hasNonNull("poll");
  }

  /** Checks an autocomplete result (callback type 8). */
  static FormErrors checkAutocomplete(JsonNode data) {
    FormErrors errors = new FormErrors();
    JsonNode choices = data == null ? null : data.get("choices");
    if (choices == null || !choices.isArray()) {
      errors.add("data.choices", "BASE_TYPE_REQUIRED", "This field is required");
      return errors;
    }
    if (choices.size() > CHOICES_MAX) {
      errors.add("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    for (int i = 0; i < choices.size(); i++) {
      JsonNode choice = choices.get(i);
      String path = "data.choices." + i;
      String name = choice.path("name").asText("");
      if (name.isEmpty() || length(name) > CHOICE_NAME_MAX) {
        errors.add(path + ".name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
      }
      JsonNode value = choice.get("value");
      if (value == null || value.isNull()) {
        errors.add(path + ".value", "BASE_TYPE_REQUIRED", "This field is required");
      } else if (value.isTextual() && length(value.asText()) > CHOICE_VALUE_MAX) {
        errors.add(path + ".value", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
      }
    }
    return errors;
  }

  private static void checkEmbeds(JsonNode embeds, FormErrors errors) {
    if (embeds == null || embeds.isNull()) {
      return;
    }
    if (embeds.size() > EMBEDS_MAX) {
      errors.add("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
    }
    int total = 0;
    for (int i = 0; i < embeds.size(); i++) {
      JsonNode embed = embeds.get(i);
      String path = "embeds." + i;
      total += limit(embed, "title", EMBED_TITLE_MAX, path, errors);
      total += limit(embed, "description", EMBED_DESCRIPTION_MAX, path, errors);
      total += limit(embed.path("footer"), "text", EMBED_FOOTER_MAX, path + ".footer", errors);
      total += limit(embed.path("author"), "name", EMBED_AUTHOR_MAX, path + ".author", errors);
      url(embed, "url", path, errors);
      url(embed.path("author"), "url", path + ".author", errors);
      url(embed.path("thumbnail"), "url", path + ".thumbnail", errors);
      url(embed.path("image"), "url", path + ".image", errors);
      JsonNode fields = embed.path("fields");
      if (fields.size() > EMBED_FIELDS_MAX) {
        errors.add(path + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
      }
      for (int f = 0; f < fields.size(); f++) {
        JsonNode field = fields.get(f);
        String fieldPath = path + ".fields." + f;
        total += required(field, "name", EMBED_FIELD_NAME_MAX, fieldPath, errors);
        total += required(field, "value", EMBED_FIELD_VALUE_MAX, fieldPath, errors);
      }
    }
    if (total > EMBED_TOTAL_MAX) {
      errors.add("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
    }
  }

  private static void checkComponents(JsonNode components, FormErrors errors) {
    if (components == null || components.isNull()) {
      return;
    }
    boolean rowsOnly = true;
    Set<String> customIds = new HashSet<>();
    for (int r = 0; r < components.size(); r++) {
      JsonNode row = components.get(r);
      String path = "components." + r;
      if (row.path("type").asInt() != 1) {
        rowsOnly = false; // a Components V2 layout: only the custom_id rules below apply
      }
      JsonNode children = row.path("components");
      if (row.path("type").asInt() == 1 && children.size() > ROW_BUTTONS_MAX) {
        errors.add(
            path + ".components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
      }
      for (int c = 0; c < children.size(); c++) {
        checkComponent(children.get(c), path + ".components." + c, customIds, errors);
      }
    }
    if (rowsOnly && components.size() > ACTION_ROWS_MAX) {
      errors.add("components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
    }
  }

  private static void checkComponent(
      JsonNode component, String path, Set<String> customIds, FormErrors errors) {
    if (component.path("type").asInt() != 2) {
      if (component.hasNonNull("custom_id")) {
        customId(component, path, customIds, errors);
      }
      return;
    }
    int style = component.path("style").asInt();
    if (component.hasNonNull("label")
        && length(component.get("label").asText()) > BUTTON_LABEL_MAX) {
      errors.add(path + ".label", "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.");
    }
    if (style == 5) {
      if (!component.hasNonNull("url")) {
        errors.add(path + ".url", "BASE_TYPE_REQUIRED", "This field is required");
      } else {
        url(component, "url", path, errors);
      }
    } else if (style != 6) {
      if (!component.hasNonNull("custom_id")) {
        errors.add(path + ".custom_id", "BASE_TYPE_REQUIRED", "This field is required");
      } else {
        customId(component, path, customIds, errors);
      }
    }
  }

  private static void customId(
      JsonNode component, String path, Set<String> customIds, FormErrors errors) {
    String customId = component.get("custom_id").asText();
    if (customId.isEmpty() || length(customId) > CUSTOM_ID_MAX) {
      errors.add(
          path + ".custom_id", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    } else if (!customIds.add(customId)) {
      errors.add(
          path + ".custom_id",
          "COMPONENT_CUSTOM_ID_DUPLICATED",
          "Component custom id cannot be duplicated");
    }
  }

  private static void checkAllowedMentions(JsonNode allowed, FormErrors errors) {
    if (allowed == null || allowed.isNull()) {
      return;
    }
    Set<String> parse = new HashSet<>();
    allowed.path("parse").forEach(p -> parse.add(p.asText()));
    for (String kind : new String[] {"users", "roles"}) {
      if (parse.contains(kind) && allowed.path(kind).size() > 0) {
        errors.add(
            "allowed_mentions",
            "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
            "parse:[\"" + kind + "\"] and " + kind + ": [ids...] are mutually exclusive.");
      }
    }
  }

  private static int limit(JsonNode node, String field, int max, String path, FormErrors errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return 0;
    }
    int length = length(value.asText());
    if (length > max) {
      errors.add(
          path + "." + field, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length.");
    }
    return length;
  }

  private static int required(
      JsonNode node, String field, int max, String path, FormErrors errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      errors.add(path + "." + field, "BASE_TYPE_REQUIRED", "This field is required");
      return 0;
    }
    return limit(node, field, max, path, errors);
  }

  private static void url(JsonNode node, String field, String path, FormErrors errors) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    try {
      URI uri = new URI(value.asText());
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("attachment"))
          || uri.getHost() == null && !scheme.equals("attachment")) {
        throw new IllegalArgumentException();
      }
    } catch (Exception e) {
      errors.add(path + "." + field, "URL_TYPE_INVALID_URL", "Not a well formed URL.");
    }
  }

  /** Discord counts characters as Unicode code points. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
