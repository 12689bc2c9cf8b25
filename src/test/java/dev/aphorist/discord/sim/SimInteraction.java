package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An interaction the simulated Discord dispatched, and everything the bot answered to it. The await
 * methods wait up to {@link DiscordSimulator#DEFAULT_WAIT} unless told otherwise.
 */
public final class SimInteraction {
  /** Discord's interaction types. */
  public enum Type {
    COMMAND(2),
    COMPONENT(3),
    AUTOCOMPLETE(4);

    private final int code;

    Type(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** One autocomplete suggestion the bot offered. */
  public record Choice(String name, JsonNode value) {}

  private final long id;
  private final String token;
  private final Type type;
  private final Instant dispatchedAt;
  private final SimChannel channel;
  private final SimUser user;
  private final long sourceMessageId;
  private final JsonNode payload;
  private final MessageStore messages;

  private final List<InteractionResponse> responses = new ArrayList<>();
  private int callbackType;
  private long originalMessageId;
  private final List<Long> followupIds = new ArrayList<>();

  SimInteraction(
      long id,
      String token,
      Type type,
      Instant dispatchedAt,
      SimChannel channel,
      SimUser user,
      long sourceMessageId,
      JsonNode payload,
      MessageStore messages) {
    this.id = id;
    this.token = token;
    this.type = type;
    this.dispatchedAt = dispatchedAt;
    this.channel = channel;
    this.user = user;
    this.sourceMessageId = sourceMessageId;
    this.payload = payload;
    this.messages = messages;
  }

  public long id() {
    return id;
  }

  public String token() {
    return token;
  }

  public Type type() {
    return type;
  }

  public Instant dispatchedAt() {
    return dispatchedAt;
  }

  public SimChannel channel() {
    return channel;
  }

  public SimUser user() {
    return user;
  }

  /** The INTERACTION_CREATE payload as dispatched. */
  public JsonNode payload() {
    return payload.deepCopy();
  }

  /** For a button press: the message the button is on; else 0. */
  public long sourceMessageId() {
    return sourceMessageId;
  }

  /** Every answer in arrival order, the rejected ones included. */
  public synchronized List<InteractionResponse> responses() {
    return List.copyOf(responses);
  }

  public synchronized List<InteractionResponse> acceptedResponses() {
    return responses.stream().filter(InteractionResponse::accepted).toList();
  }

  /** The type of the accepted initial callback, or 0 while unacknowledged. */
  public synchronized int callbackType() {
    return callbackType;
  }

  public synchronized boolean isAcknowledged() {
    return callbackType != 0;
  }

  /** The original response message's latest version (for a button update: the button's message). */
  public Optional<SimMessage> originalMessage() {
    long messageId;
    synchronized (this) {
      messageId = originalMessageId;
    }
    return messageId == 0 ? Optional.empty() : messages.current(messageId);
  }

  /** The follow-up messages' latest versions, in order. */
  public List<SimMessage> followups() {
    List<Long> ids;
    synchronized (this) {
      ids = List.copyOf(followupIds);
    }
    List<SimMessage> all = new ArrayList<>();
    ids.forEach(messageId -> messages.current(messageId).ifPresent(all::add));
    return all;
  }

  /** The suggestions of the accepted autocomplete answer (empty before it). */
  public List<Choice> autocompleteChoices() {
    return acceptedResponses().stream()
        .filter(r -> r.kind() == InteractionResponse.Kind.CALLBACK && r.callbackType() == 8)
        .findFirst()
        .map(
            r -> {
              List<Choice> choices = new ArrayList<>();
              r.body()
                  .path("data")
                  .path("choices")
                  .forEach(c -> choices.add(new Choice(c.path("name").asText(), c.get("value"))));
              return choices;
            })
        .orElse(List.of());
  }

  /** Waits for the accepted initial callback. */
  public InteractionResponse awaitCallback() {
    return awaitCallback(DiscordSimulator.DEFAULT_WAIT);
  }

  public InteractionResponse awaitCallback(Duration timeout) {
    return awaitResponse(
        r -> r.accepted() && r.kind() == InteractionResponse.Kind.CALLBACK, timeout);
  }

  /** Waits for an answer (accepted or not) that matches. */
  public InteractionResponse awaitResponse(
      Predicate<InteractionResponse> matching, Duration timeout) {
    return Waits.upTo(timeout)
        .until(
            () -> responses().stream().filter(matching).findFirst().orElse(null), r -> r != null);
  }

  /** Waits until at least {@code count} answers were accepted, and returns them. */
  public List<InteractionResponse> awaitAccepted(int count) {
    return Waits.upTo(DiscordSimulator.DEFAULT_WAIT)
        .until(this::acceptedResponses, list -> list.size() >= count);
  }

  /**
   * Waits for what the member finally sees as the answer: the reply (type 4), the deferred reply
   * once edited or followed up (type 5), the updated message (type 7), or the button's message once
   * edited after a deferred update (type 6).
   */
  public SimMessage awaitReply() {
    return awaitReply(DiscordSimulator.DEFAULT_WAIT);
  }

  public SimMessage awaitReply(Duration timeout) {
    return Waits.upTo(timeout)
        .until(
            () -> {
              int type = callbackType();
              Optional<SimMessage> original = originalMessage();
              if (type == 4 || type == 7) {
                return original.orElse(null);
              }
              if (type == 5) {
                return original.filter(m -> !m.isLoading()).orElse(null);
              }
              if (type == 6) {
                boolean edited =
                    acceptedResponses().stream()
                        .anyMatch(r -> r.kind() == InteractionResponse.Kind.EDIT_ORIGINAL);
                return edited ? original.orElse(null) : null;
              }
              return null;
            },
            m -> m != null);
  }

  /** Waits until the original message's latest version matches. */
  public SimMessage awaitOriginalMessage(Predicate<SimMessage> matching) {
    return Waits.upTo(DiscordSimulator.DEFAULT_WAIT)
        .until(() -> originalMessage().filter(matching).orElse(null), m -> m != null);
  }

  /** Waits until there are at least {@code count} follow-ups. */
  public List<SimMessage> awaitFollowups(int count) {
    return Waits.upTo(DiscordSimulator.DEFAULT_WAIT)
        .until(this::followups, list -> list.size() >= count);
  }

  /** Waits for the autocomplete answer's suggestions. */
  public List<Choice> awaitChoices() {
    awaitResponse(
        r -> r.accepted() && r.kind() == InteractionResponse.Kind.CALLBACK && r.callbackType() == 8,
        DiscordSimulator.DEFAULT_WAIT);
    return autocompleteChoices();
  }

  // ---- state changes made by the REST endpoints ----

  synchronized void record(InteractionResponse response) {
    responses.add(response);
  }

  synchronized void acknowledge(int type, long originalId) {
    this.callbackType = type;
    if (originalId != 0) {
      this.originalMessageId = originalId;
    }
  }

  synchronized long originalMessageId() {
    return originalMessageId;
  }

  synchronized void addFollowup(long messageId) {
    followupIds.add(messageId);
  }

  synchronized boolean ownsMessage(long messageId) {
    return messageId == originalMessageId || followupIds.contains(messageId);
  }

  @Override
  public String toString() {
    return "SimInteraction[" + type + " " + Json.id(id) + " " + payload.path("data") + "]";
  }
}
