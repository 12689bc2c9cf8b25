package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a message held by the simulated Discord. The simulator keeps the version as
 * created ({@link DiscordSimulator#messages()}) and the latest one ({@link
 * DiscordSimulator#message(long)}); each edit adds a version.
 *
 * @param embeds the embeds array as Discord stores it (each with "type":"rich")
 * @param components the components array as sent
 * @param allowedMentions the request's allowed_mentions, or a JSON null when it had none
 * @param nonce the nonce as text, or null
 * @param interactionId the interaction this message answers, or 0
 * @param pings who Discord would notify for this version
 * @param requestBody the JSON body of the request that made this version
 */
public record SimMessage(
    long id,
    long channelId,
    long guildId,
    long authorId,
    String content,
    JsonNode embeds,
    JsonNode components,
    JsonNode allowedMentions,
    int flags,
    String nonce,
    boolean enforceNonce,
    Source source,
    long interactionId,
    Instant createdAt,
    Instant editedAt,
    boolean deleted,
    int version,
    Pings pings,
    JsonNode requestBody) {

  public static final int FLAG_SUPPRESS_EMBEDS = 1 << 2;
  public static final int FLAG_EPHEMERAL = 1 << 6;
  public static final int FLAG_LOADING = 1 << 7;

  /** How the message came to be. */
  public enum Source {
    /** POST channels/{id}/messages. */
    CHANNEL_POST,
    /** An interaction callback of type 4 (or the placeholder of a type 5 defer). */
    INTERACTION_RESPONSE,
    /** POST webhooks/{application}/{token} after the interaction was acknowledged. */
    FOLLOWUP
  }

  public boolean isEphemeral() {
    return (flags & FLAG_EPHEMERAL) != 0;
  }

  /** A deferred reply's "thinking..." placeholder that nobody has edited yet. */
  public boolean isLoading() {
    return (flags & FLAG_LOADING) != 0;
  }

  public int embedCount() {
    return embeds == null ? 0 : embeds.size();
  }

  /** The embed at index, or a missing node. */
  public JsonNode embed(int index) {
    return embeds.path(index);
  }

  /** The custom_id of every button (type 2) with one, in order, at any depth. */
  public List<String> buttonCustomIds() {
    List<String> ids = new ArrayList<>();
    collectButtons(components, ids);
    return ids;
  }

  /** The label of every button, in order. */
  public List<String> buttonLabels() {
    List<String> labels = new ArrayList<>();
    collectLabels(components, labels);
    return labels;
  }

  public boolean hasButton(String customId) {
    return buttonCustomIds().contains(customId);
  }

  private static void collectButtons(JsonNode node, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectButtons(n, into));
    } else if (node.isObject()) {
      if (node.path("type").asInt() == 2 && node.hasNonNull("custom_id")) {
        into.add(node.get("custom_id").asText());
      }
      collectButtons(node.get("components"), into);
      collectButtons(node.get("accessory"), into);
    }
  }

  private static void collectLabels(JsonNode node, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectLabels(n, into));
    } else if (node.isObject()) {
      if (node.path("type").asInt() == 2 && node.hasNonNull("label")) {
        into.add(node.get("label").asText());
      }
      collectLabels(node.get("components"), into);
      collectLabels(node.get("accessory"), into);
    }
  }
}
