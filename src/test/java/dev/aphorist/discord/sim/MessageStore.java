package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every message of the simulation with its versions, and Discord's nonce memory. */
final class MessageStore {
  /** Flags a sender may set; Discord ignores the others. */
  private static final int SETTABLE_FLAGS =
      SimMessage.FLAG_SUPPRESS_EMBEDS | SimMessage.FLAG_EPHEMERAL | (1 << 12) | (1 << 15);

  private final SimModel model;
  private final Snowflakes ids;
  private final Clock clock;
  private final List<SimMessage> created = new ArrayList<>();
  private final Map<Long, List<SimMessage>> versions = new HashMap<>();
  private final Map<String, SimMessage> byNonce = new HashMap<>();

  MessageStore(SimModel model, Snowflakes ids, Clock clock) {
    this.model = model;
    this.ids = ids;
    this.clock = clock;
  }

  /** Result of a create: the message, and whether enforce_nonce found an existing one. */
  record Created(SimMessage message, boolean existing) {}

  /**
   * Creates a message, or with enforce_nonce returns the one the same author made with the same
   * nonce within the window (Discord's "nonce uniqueness" guarantee).
   */
  synchronized Created create(
      long channelId,
      long authorId,
      JsonNode body,
      SimMessage.Source source,
      long interactionId,
      int extraFlags,
      Duration nonceWindow) {
    String nonce = body.hasNonNull("nonce") ? body.get("nonce").asText() : null;
    boolean enforce = body.path("enforce_nonce").asBoolean(false);
    Instant now = clock.instant();
    String nonceKey = nonce == null ? null : authorId + ":" + nonce;
    if (enforce && nonceKey != null) {
      SimMessage previous = byNonce.get(nonceKey);
      if (previous != null && !previous.createdAt().plus(nonceWindow).isBefore(now)) {
        return new Created(current(previous.id()).orElse(previous), true);
      }
    }
    long guildId = model.channel(channelId).map(SimChannel::guildId).orElse(0L);
    int flags = (body.path("flags").asInt(0) & SETTABLE_FLAGS) | extraFlags;
    SimMessage message =
        new SimMessage(
            ids.next(),
            channelId,
            guildId,
            authorId,
            body.path("content").asText(""),
            normalizedEmbeds(body.get("embeds")),
            numberedComponents(body.get("components")),
            Json.copy(body.get("allowed_mentions")),
            flags,
            nonce,
            enforce,
            source,
            interactionId,
            now,
            null,
            false,
            1,
            pings(channelId, guildId, authorId, body),
            body.deepCopy());
    created.add(message);
    versions.computeIfAbsent(message.id(), k -> new ArrayList<>()).add(message);
    if (nonceKey != null) {
      byNonce.put(nonceKey, message);
    }
    return new Created(message, false);
  }

  /** Applies an edit: fields present in the body replace the stored ones. */
  synchronized SimMessage edit(long messageId, JsonNode body, int flagsToClear) {
    SimMessage now = current(messageId).orElseThrow();
    String content = body.has("content") ? body.path("content").asText("") : now.content();
    JsonNode embeds =
        body.has("embeds") ? normalizedEmbeds(body.get("embeds")) : now.embeds().deepCopy();
    JsonNode components =
        body.has("components")
            ? numberedComponents(body.get("components"))
            : now.components().deepCopy();
    int flags = now.flags() & ~flagsToClear;
    if (body.hasNonNull("flags")) {
      // Only SUPPRESS_EMBEDS may change after creation; ephemerality is fixed.
      flags =
          (flags & ~SimMessage.FLAG_SUPPRESS_EMBEDS)
              | (body.get("flags").asInt() & SimMessage.FLAG_SUPPRESS_EMBEDS);
    }
    JsonNode allowedMentions =
        body.has("allowed_mentions")
            ? Json.copy(body.get("allowed_mentions"))
            : now.allowedMentions().deepCopy();
    ObjectNode effective = Json.object();
    effective.put("content", content);
    effective.set("allowed_mentions", allowedMentions);
    SimMessage edited =
        new SimMessage(
            now.id(),
            now.channelId(),
            now.guildId(),
            now.authorId(),
            content,
            embeds,
            components,
            allowedMentions,
            flags,
            now.nonce(),
            now.enforceNonce(),
            now.source(),
            now.interactionId(),
            now.createdAt(),
            clock.instant(),
            false,
            now.version() + 1,
            pings(now.channelId(), now.guildId(), now.authorId(), effective),
            body.deepCopy());
    versions.get(messageId).add(edited);
    return edited;
  }

  synchronized SimMessage delete(long messageId) {
    SimMessage now = current(messageId).orElseThrow();
    SimMessage deleted =
        new SimMessage(
            now.id(),
            now.channelId(),
            now.guildId(),
            now.authorId(),
            now.content(),
            now.embeds(),
            now.components(),
            now.allowedMentions(),
            now.flags(),
            now.nonce(),
            now.enforceNonce(),
            now.source(),
            now.interactionId(),
            now.createdAt(),
            now.editedAt(),
            true,
            now.version() + 1,
            now.pings(),
            NullNode.instance);
    versions.get(messageId).add(deleted);
    return deleted;
  }

  /** The latest version, deleted or not. */
  synchronized Optional<SimMessage> current(long messageId) {
    List<SimMessage> all = versions.get(messageId);
    return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest version if the message exists and was not deleted. */
  synchronized Optional<SimMessage> live(long messageId) {
    return current(messageId).filter(m -> !m.deleted());
  }

  synchronized List<SimMessage> versions(long messageId) {
    return List.copyOf(versions.getOrDefault(messageId, List.of()));
  }

  synchronized List<SimMessage> created() {
    return List.copyOf(created);
  }

  synchronized int createdCount() {
    return created.size();
  }

  /** The message object Discord returns and puts in events. */
  ObjectNode toJson(SimMessage message) {
    ObjectNode json = Json.object();
    json.put("id", Json.id(message.id()));
    boolean interaction = message.source() != SimMessage.Source.CHANNEL_POST;
    json.put("type", interaction ? 20 : 0);
    json.put("channel_id", Json.id(message.channelId()));
    if (message.guildId() != 0) {
      json.put("guild_id", Json.id(message.guildId()));
    }
    json.set("author", model.userJson(message.authorId()));
    json.put("content", message.content());
    json.put("timestamp", message.createdAt().toString());
    if (message.editedAt() == null) {
      json.putNull("edited_timestamp");
    } else {
      json.put("edited_timestamp", message.editedAt().toString());
    }
    json.put("tts", false);
    json.put("mention_everyone", message.pings().everyone() || message.pings().here());
    ArrayNode mentions = json.putArray("mentions");
    for (long user : message.pings().users()) {
      model.user(user).ifPresent(u -> mentions.add(model.userJson(u.id())));
    }
    ArrayNode mentionRoles = json.putArray("mention_roles");
    message.pings().roles().forEach(r -> mentionRoles.add(Json.id(r)));
    json.putArray("attachments");
    json.set("embeds", message.embeds().deepCopy());
    json.set("components", message.components().deepCopy());
    json.put("pinned", false);
    json.put("flags", message.flags());
    if (message.nonce() != null) {
      json.put("nonce", message.nonce());
    }
    if (interaction) {
      json.put("webhook_id", Json.id(model.applicationId()));
      json.put("application_id", Json.id(model.applicationId()));
    }
    return json;
  }

  private Pings pings(long channelId, long guildId, long authorId, JsonNode body) {
    long permissions = model.channelPermissions(channelId, authorId);
    boolean canMentionEveryone =
        guildId != 0 && Permissions.has(permissions, Permissions.MENTION_EVERYONE);
    return MentionResolver.resolve(
        body.path("content").asText(""),
        body.get("allowed_mentions"),
        canMentionEveryone,
        roleId -> model.roleMentionable(guildId, roleId));
  }

  /** Discord stores rich embeds with "type":"rich"; JDA drops embeds without a type. */
  private static JsonNode normalizedEmbeds(JsonNode embeds) {
    ArrayNode normalized = Json.array();
    if (embeds != null && embeds.isArray()) {
      for (JsonNode embed : embeds) {
        ObjectNode copy = embed.deepCopy();
        if (!copy.hasNonNull("type")) {
          copy.put("type", "rich");
        }
        normalized.add(copy);
      }
    }
    return normalized;
  }

  /** Discord numbers every component of a message (depth first) when the sender did not. */
  private static JsonNode numberedComponents(JsonNode components) {
    ArrayNode numbered = Json.array();
    if (components != null && components.isArray()) {
      int[] next = {1};
      for (JsonNode component : components) {
        numbered.add(number(component.deepCopy(), next));
      }
    }
    return numbered;
  }

  private static JsonNode number(JsonNode component, int[] next) {
    if (component instanceof ObjectNode object) {
      if (!object.hasNonNull("id")) {
        object.put("id", next[0]);
      }
      next[0]++;
      JsonNode children = object.get("components");
      if (children != null && children.isArray()) {
        for (JsonNode child : children) {
          number(child, next);
        }
      }
    }
    return component;
  }
}
