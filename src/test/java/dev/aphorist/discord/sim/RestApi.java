package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What each REST route does, with Discord's rules and error answers. */
final class RestApi {
  private static final Pattern COMMAND_NAME = Pattern.compile("^[-_'\\p{Ll}\\p{Lo}\\p{N}]{1,32}$");

  /** A parsed request as the endpoints see it. */
  record Call(RestRoute.Match match, Map<String, String> query, JsonNode json, String rawBody) {
    RestRoute route() {
      return match.route();
    }
  }

  private final SimModel model;
  private final MessageStore messages;
  private final InteractionRegistry interactions;
  private final SimConfig config;
  private final java.util.function.Supplier<String> gatewayUrl;

  RestApi(
      SimModel model,
      MessageStore messages,
      InteractionRegistry interactions,
      SimConfig config,
      java.util.function.Supplier<String> gatewayUrl) {
    this.model = model;
    this.messages = messages;
    this.interactions = interactions;
    this.config = config;
    this.gatewayUrl = gatewayUrl;
  }

  Reply handle(Call call) {
    if (call.json() == null && !call.rawBody().isBlank()) {
      return Reply.error(DiscordError.invalidJson());
    }
    RestRoute.Match m = call.match();
    return switch (call.route()) {
      case GET_CURRENT_USER -> Reply.ok(model.userJson(model.botUser().id()));
      case CREATE_DM -> createDm(call.json());
      case GET_USER ->
          model
              .user(m.id(0))
              .map(u -> Reply.ok(model.userJson(u.id())))
              .orElse(Reply.error(DiscordError.of(404, 10013, "Unknown User")));
      case GET_GATEWAY -> Reply.ok(Json.object().put("url", gatewayUrl.get()));
      case GET_GATEWAY_BOT -> gatewayBot();
      case GET_APPLICATION -> Reply.ok(application());
      case GET_GLOBAL_COMMANDS -> ifApplication(m.id(0), () -> Reply.ok(model.commandsJson(0)));
      case PUT_GLOBAL_COMMANDS -> ifApplication(m.id(0), () -> putCommands(0, call.json()));
      case CREATE_GLOBAL_COMMAND -> ifApplication(m.id(0), () -> createCommand(0, call.json()));
      case GET_GLOBAL_COMMAND ->
          ifApplication(
              m.id(0),
              () ->
                  model
                      .command(0, m.id(1))
                      .map(c -> Reply.ok(c))
                      .orElse(Reply.error(DiscordError.unknownCommand())));
      case DELETE_GLOBAL_COMMAND -> ifApplication(m.id(0), () -> deleteCommand(0, m.id(1)));
      case GET_GUILD_COMMANDS ->
          ifGuildCommands(m.id(0), m.id(1), () -> Reply.ok(model.commandsJson(m.id(1))));
      case PUT_GUILD_COMMANDS ->
          ifGuildCommands(m.id(0), m.id(1), () -> putCommands(m.id(1), call.json()));
      case CREATE_GUILD_COMMAND ->
          ifGuildCommands(m.id(0), m.id(1), () -> createCommand(m.id(1), call.json()));
      case DELETE_GUILD_COMMAND ->
          ifGuildCommands(m.id(0), m.id(1), () -> deleteCommand(m.id(1), m.id(2)));
      case INTERACTION_CALLBACK -> callback(m.id(0), m.param(1), call);
      case WEBHOOK_EXECUTE -> followup(m.id(0), m.param(1), call.json());
      case WEBHOOK_GET_MESSAGE, WEBHOOK_EDIT_MESSAGE, WEBHOOK_DELETE_MESSAGE ->
          webhookMessage(call.route(), m.id(0), m.param(1), m.param(2), call.json());
      case GET_CHANNEL -> getChannel(m.id(0));
      case GET_MESSAGES -> getMessages(m.id(0), call.query());
      case CREATE_MESSAGE -> createMessage(m.id(0), call.json());
      case GET_MESSAGE -> getMessage(m.id(0), m.id(1));
      case EDIT_MESSAGE -> editMessage(m.id(0), m.id(1), call.json());
      case DELETE_MESSAGE -> deleteMessage(m.id(0), m.id(1));
      case GET_GUILD -> getGuild(m.id(0));
      case GET_GUILD_MEMBER -> getMember(m.id(0), m.id(1));
      case UNKNOWN, ANY -> Reply.error(DiscordError.notFound());
    };
  }

  // ---- misc ----

  private Reply gatewayBot() {
    ObjectNode json = Json.object();
    json.put("url", gatewayUrl.get());
    json.put("shards", config.shardCount);
    ObjectNode limit = json.putObject("session_start_limit");
    limit.put("total", config.sessionStartTotal);
    limit.put("remaining", config.sessionStartRemaining);
    limit.put("reset_after", config.sessionStartResetAfterMillis);
    limit.put("max_concurrency", config.maxConcurrency);
    return Reply.ok(json);
  }

  private ObjectNode application() {
    ObjectNode json = Json.object();
    json.put("id", Json.id(model.applicationId()));
    json.put("name", model.botUser().username());
    json.putNull("icon");
    json.put("description", "");
    json.put("bot_public", true);
    json.put("bot_require_code_grant", false);
    json.put("verify_key", "0");
    json.put("flags", 0);
    json.putNull("team");
    json.set("bot", model.userJson(model.botUser().id()));
    json.set("owner", model.userJson(model.botUser().id()));
    return json;
  }

  private Reply createDm(JsonNode body) {
    long recipient = Json.snowflake(body, "recipient_id");
    Optional<SimUser> user = model.user(recipient);
    if (user.isEmpty()) {
      return Reply.error(DiscordError.of(404, 10013, "Unknown User"));
    }
    return Reply.ok(model.channelJson(model.dmChannel(user.get()).id()));
  }

  private Reply getGuild(long guildId) {
    if (!model.hasGuild(guildId) || !model.isMember(guildId, model.botUser().id())) {
      return Reply.error(DiscordError.unknownGuild());
    }
    ObjectNode guild = model.guildCreateJson(guildId);
    for (String field :
        List.of("members", "channels", "threads", "presences", "voice_states", "joined_at")) {
      guild.remove(field);
    }
    return Reply.ok(guild);
  }

  private Reply getMember(long guildId, long userId) {
    if (!model.hasGuild(guildId)) {
      return Reply.error(DiscordError.unknownGuild());
    }
    if (!model.isMember(guildId, userId)) {
      return Reply.error(DiscordError.unknownMember());
    }
    return Reply.ok(model.memberJson(guildId, userId));
  }

  // ---- application commands ----

  private Reply ifApplication(long applicationId, java.util.function.Supplier<Reply> action) {
    if (applicationId != model.applicationId()) {
      return Reply.error(DiscordError.of(403, 50035, "Invalid application id"));
    }
    return action.get();
  }

  private Reply ifGuildCommands(
      long applicationId, long guildId, java.util.function.Supplier<Reply> action) {
    if (!model.hasGuild(guildId) || !model.isMember(guildId, model.botUser().id())) {
      return Reply.error(DiscordError.missingAccess());
    }
    return ifApplication(applicationId, action);
  }

  private Reply putCommands(long guildId, JsonNode body) {
    if (body == null || !body.isArray()) {
      FormErrors errors = new FormErrors();
      errors.add("_root", "BASE_TYPE_ARRAY", "Must be an array.");
      return Reply.error(DiscordError.invalidFormBody(errors));
    }
    FormErrors errors = new FormErrors();
    for (int i = 0; i < body.size(); i++) {
      checkCommand(body.get(i), Integer.toString(i), errors);
    }
    if (!errors.isEmpty()) {
      return Reply.error(DiscordError.invalidFormBody(errors));
    }
    return Reply.ok(model.putCommands(guildId, body));
  }

  private Reply createCommand(long guildId, JsonNode body) {
    FormErrors errors = new FormErrors();
    checkCommand(body, "", errors);
    if (!errors.isEmpty()) {
      return Reply.error(DiscordError.invalidFormBody(errors));
    }
    boolean existed =
        model.findCommand(guildId, Json.text(body, "name"), body.path("type").asInt(1)).isPresent();
    ObjectNode stored = model.upsertCommand(guildId, body);
    return existed ? Reply.ok(stored) : Reply.created(stored);
  }

  private Reply deleteCommand(long guildId, long commandId) {
    return model.deleteCommand(guildId, commandId)
        ? Reply.noContent()
        : Reply.error(DiscordError.unknownCommand());
  }

  /** The rules Discord enforces on registration that the bot could plausibly break. */
  private static void checkCommand(JsonNode command, String path, FormErrors errors) {
    String prefix = path.isEmpty() ? "" : path + ".";
    String name = Json.text(command, "name");
    int type = command.path("type").asInt(1);
    if (name == null || (type == 1 && !COMMAND_NAME.matcher(name).matches())) {
      errors.add(prefix + "name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
    if (type == 1) {
      String description = Json.text(command, "description");
      if (description == null || description.isEmpty() || MessageRules.length(description) > 100) {
        errors.add(
            prefix + "description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
      }
      checkOptions(command.path("options"), prefix + "options", errors);
    }
  }

  private static void checkOptions(JsonNode options, String path, FormErrors errors) {
    if (options.size() > 25) {
      errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    boolean optionalSeen = false;
    for (int i = 0; i < options.size(); i++) {
      JsonNode option = options.get(i);
      String at = path + "." + i;
      String name = Json.text(option, "name");
      if (name == null || !COMMAND_NAME.matcher(name).matches()) {
        errors.add(at + ".name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
      }
      String description = Json.text(option, "description");
      if (description == null || description.isEmpty() || MessageRules.length(description) > 100) {
        errors.add(
            at + ".description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
      }
      int type = option.path("type").asInt();
      if (type == 1 || type == 2) {
        checkOptions(option.path("options"), at + ".options", errors);
        continue;
      }
      boolean required = option.path("required").asBoolean(false);
      if (required && optionalSeen) {
        errors.add(
            at + ".required",
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            "Required options must be placed before non-required options");
      }
      optionalSeen |= !required;
      if (option.path("autocomplete").asBoolean(false) && option.path("choices").size() > 0) {
        errors.add(
            at + ".autocomplete",
            "APPLICATION_COMMAND_AUTOCOMPLETE_INVALID",
            "Autocomplete cannot be enabled on options that have choices.");
      }
    }
  }

  // ---- interactions ----

  private Reply callback(long interactionId, String token, Call call) {
    Instant now = config.clock.instant();
    Optional<SimInteraction> found =
        interactions.byId(interactionId).filter(i -> i.token().equals(token));
    if (found.isEmpty()) {
      return Reply.error(DiscordError.unknownInteraction());
    }
    SimInteraction interaction = found.get();
    JsonNode body = call.json();
    int type = body == null ? 0 : body.path("type").asInt(0);
    Reply reply;
    long messageId = 0;
    // One lock for check-then-acknowledge: two racing callbacks must not both win.
    synchronized (interaction) {
      if (now.isAfter(interaction.dispatchedAt().plus(config.interactionDeadline))) {
        reply = Reply.error(DiscordError.unknownInteraction());
      } else if (interaction.isAcknowledged()) {
        reply = Reply.error(DiscordError.alreadyAcknowledged());
      } else if (!allowedCallback(interaction.type(), type)) {
        FormErrors errors = new FormErrors();
        errors.add(
            "type",
            "INTERACTION_CALLBACK_TYPE_INVALID",
            "Callback type " + type + " is not valid for this interaction.");
        reply = Reply.error(DiscordError.invalidFormBody(errors));
      } else {
        Acknowledgement ack = acknowledge(interaction, type, body.get("data"));
        reply = ack.reply();
        messageId = ack.messageId();
        if (!reply.isError()) {
          interaction.acknowledge(type, messageId);
          reply = callbackAnswer(interaction, type, messageId, call.query());
        }
      }
      interaction.record(
          new InteractionResponse(
              InteractionResponse.Kind.CALLBACK,
              type,
              reply.status(),
              reply.errorCode(),
              Json.copy(body),
              messageId,
              now));
    }
    return reply;
  }

  private record Acknowledgement(Reply reply, long messageId) {}

  private static boolean allowedCallback(SimInteraction.Type kind, int type) {
    return switch (kind) {
      case COMMAND -> type == 4 || type == 5 || type == 9;
      case COMPONENT -> type == 4 || type == 5 || type == 6 || type == 7 || type == 9;
      case AUTOCOMPLETE -> type == 8;
    };
  }

  private Acknowledgement acknowledge(SimInteraction interaction, int type, JsonNode data) {
    JsonNode payload = data == null || data.isNull() ? Json.object() : data;
    long channelId = interaction.channel().id();
    long botId = model.botUser().id();
    switch (type) {
      case 4 -> {
        Optional<Reply> invalid = invalidNewMessage(payload, "data.");
        if (invalid.isPresent()) {
          return new Acknowledgement(invalid.get(), 0);
        }
        SimMessage message =
            messages
                .create(
                    channelId,
                    botId,
                    withoutNonce(payload),
                    SimMessage.Source.INTERACTION_RESPONSE,
                    interaction.id(),
                    0,
                    config.nonceWindow)
                .message();
        return new Acknowledgement(Reply.noContent(), message.id());
      }
      case 5 -> {
        ObjectNode placeholder = Json.object();
        placeholder.put("content", "");
        placeholder.put("flags", payload.path("flags").asInt(0) & SimMessage.FLAG_EPHEMERAL);
        SimMessage message =
            messages
                .create(
                    channelId,
                    botId,
                    placeholder,
                    SimMessage.Source.INTERACTION_RESPONSE,
                    interaction.id(),
                    SimMessage.FLAG_LOADING,
                    config.nonceWindow)
                .message();
        return new Acknowledgement(Reply.noContent(), message.id());
      }
      case 6 -> {
        return new Acknowledgement(Reply.noContent(), interaction.sourceMessageId());
      }
      case 7 -> {
        FormErrors errors = MessageRules.check(payload);
        if (!errors.isEmpty()) {
          return new Acknowledgement(
              Reply.error(DiscordError.invalidFormBody(errors.prefixed("data."))), 0);
        }
        if (messages.live(interaction.sourceMessageId()).isEmpty()) {
          return new Acknowledgement(Reply.error(DiscordError.unknownMessage()), 0);
        }
        messages.edit(interaction.sourceMessageId(), payload, 0);
        return new Acknowledgement(Reply.noContent(), interaction.sourceMessageId());
      }
      case 8 -> {
        FormErrors errors = MessageRules.checkAutocomplete(payload);
        return new Acknowledgement(
            errors.isEmpty()
                ? Reply.noContent()
                : Reply.error(DiscordError.invalidFormBody(errors)),
            0);
      }
      default -> {
        // 9: a modal; Discord shows it and nothing else changes
        FormErrors errors = new FormErrors();
        if (!payload.hasNonNull("custom_id")) {
          errors.add("data.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
        }
        if (!payload.hasNonNull("title")) {
          errors.add("data.title", "BASE_TYPE_REQUIRED", "This field is required");
        }
        return new Acknowledgement(
            errors.isEmpty()
                ? Reply.noContent()
                : Reply.error(DiscordError.invalidFormBody(errors)),
            0);
      }
    }
  }

  /** JDA 6 asks with_response=true and reads the callback resource (with the message). */
  private Reply callbackAnswer(
      SimInteraction interaction, int type, long messageId, Map<String, String> query) {
    if (!"true".equals(query.get("with_response"))) {
      return Reply.noContent();
    }
    ObjectNode json = Json.object();
    ObjectNode about = json.putObject("interaction");
    about.put("id", Json.id(interaction.id()));
    about.put("type", interaction.type().code());
    about.putNull("activity_instance_id");
    Optional<SimMessage> message =
        messageId == 0 || type == 6 ? Optional.empty() : messages.current(messageId);
    if (message.isPresent()) {
      about.put("response_message_id", Json.id(messageId));
      about.put("response_message_loading", message.get().isLoading());
      about.put("response_message_ephemeral", message.get().isEphemeral());
    }
    ObjectNode resource = json.putObject("resource");
    resource.put("type", type);
    message.ifPresent(m -> resource.set("message", messages.toJson(m)));
    return Reply.ok(json);
  }

  private Reply followup(long applicationId, String token, JsonNode body) {
    Instant now = config.clock.instant();
    if (applicationId != model.applicationId()) {
      return Reply.error(DiscordError.unknownWebhook());
    }
    Optional<SimInteraction> found = interactions.byToken(token);
    if (found.isEmpty()) {
      return Reply.error(DiscordError.invalidWebhookToken());
    }
    SimInteraction interaction = found.get();
    Reply reply;
    long messageId = 0;
    synchronized (interaction) {
      if (now.isAfter(interaction.dispatchedAt().plus(config.interactionTokenLifetime))) {
        reply = Reply.error(DiscordError.invalidWebhookToken());
      } else if (!interaction.isAcknowledged()) {
        reply = Reply.error(DiscordError.unknownWebhook());
      } else {
        Optional<SimMessage> loading =
            interaction.callbackType() == 5
                ? messages.live(interaction.originalMessageId()).filter(SimMessage::isLoading)
                : Optional.empty();
        if (loading.isPresent()) {
          // Discord's rule: the first follow-up after a deferred reply replaces the "thinking" one.
          FormErrors errors = MessageRules.check(body);
          if (!errors.isEmpty()) {
            reply = Reply.error(DiscordError.invalidFormBody(errors));
          } else {
            SimMessage edited = messages.edit(loading.get().id(), body, SimMessage.FLAG_LOADING);
            messageId = edited.id();
            reply = Reply.ok(messages.toJson(edited));
          }
        } else {
          Optional<Reply> invalid = invalidNewMessage(body, "");
          if (invalid.isPresent()) {
            reply = invalid.get();
          } else {
            SimMessage created =
                messages
                    .create(
                        interaction.channel().id(),
                        model.botUser().id(),
                        withoutNonce(body),
                        SimMessage.Source.FOLLOWUP,
                        interaction.id(),
                        0,
                        config.nonceWindow)
                    .message();
            interaction.addFollowup(created.id());
            messageId = created.id();
            reply = Reply.ok(messages.toJson(created));
          }
        }
      }
      interaction.record(
          new InteractionResponse(
              InteractionResponse.Kind.FOLLOWUP,
              0,
              reply.status(),
              reply.errorCode(),
              Json.copy(body),
              messageId,
              now));
    }
    return reply;
  }

  private Reply webhookMessage(
      RestRoute route, long applicationId, String token, String which, JsonNode body) {
    Instant now = config.clock.instant();
    if (applicationId != model.applicationId()) {
      return Reply.error(DiscordError.unknownWebhook());
    }
    Optional<SimInteraction> found = interactions.byToken(token);
    if (found.isEmpty()) {
      return Reply.error(DiscordError.invalidWebhookToken());
    }
    SimInteraction interaction = found.get();
    boolean original = which.equals("@original");
    InteractionResponse.Kind kind =
        switch (route) {
          case WEBHOOK_EDIT_MESSAGE ->
              original
                  ? InteractionResponse.Kind.EDIT_ORIGINAL
                  : InteractionResponse.Kind.EDIT_FOLLOWUP;
          case WEBHOOK_DELETE_MESSAGE ->
              original
                  ? InteractionResponse.Kind.DELETE_ORIGINAL
                  : InteractionResponse.Kind.DELETE_FOLLOWUP;
          default -> InteractionResponse.Kind.GET_MESSAGE;
        };
    Reply reply;
    long messageId;
    synchronized (interaction) {
      messageId = original ? interaction.originalMessageId() : Long.parseUnsignedLong(which);
      if (now.isAfter(interaction.dispatchedAt().plus(config.interactionTokenLifetime))) {
        reply = Reply.error(DiscordError.invalidWebhookToken());
      } else if (!interaction.isAcknowledged()) {
        reply = Reply.error(DiscordError.unknownWebhook());
      } else if (messageId == 0
          || !interaction.ownsMessage(messageId)
          || messages.live(messageId).isEmpty()) {
        reply = Reply.error(DiscordError.unknownMessage());
      } else if (route == RestRoute.WEBHOOK_GET_MESSAGE) {
        reply = Reply.ok(messages.toJson(messages.live(messageId).get()));
      } else if (route == RestRoute.WEBHOOK_DELETE_MESSAGE) {
        messages.delete(messageId);
        reply = Reply.noContent();
      } else {
        FormErrors errors = MessageRules.check(body);
        if (!errors.isEmpty()) {
          reply = Reply.error(DiscordError.invalidFormBody(errors));
        } else {
          reply =
              Reply.ok(messages.toJson(messages.edit(messageId, body, SimMessage.FLAG_LOADING)));
        }
      }
      interaction.record(
          new InteractionResponse(
              kind, 0, reply.status(), reply.errorCode(), Json.copy(body), messageId, now));
    }
    return reply;
  }

  /** Interaction messages carry no nonce semantics; keep a stray one from deduplicating them. */
  private static JsonNode withoutNonce(JsonNode body) {
    if (body instanceof ObjectNode object && object.has("nonce")) {
      ObjectNode copy = object.deepCopy();
      copy.remove("nonce");
      copy.remove("enforce_nonce");
      return copy;
    }
    return body;
  }

  // ---- channels and messages ----

  /** The bot's view of a channel: unknown, no access, or its permissions there. */
  private Optional<Reply> channelAccess(long channelId) {
    Optional<SimChannel> channel = model.channel(channelId);
    if (channel.isEmpty()) {
      return Optional.of(Reply.error(DiscordError.unknownChannel()));
    }
    long botId = model.botUser().id();
    SimChannel c = channel.get();
    if (!c.isDm()) {
      if (!model.isMember(c.guildId(), botId)) {
        return Optional.of(Reply.error(DiscordError.missingAccess()));
      }
      long permissions = model.channelPermissions(channelId, botId);
      if (!Permissions.has(permissions, Permissions.VIEW_CHANNEL)) {
        return Optional.of(Reply.error(DiscordError.missingAccess()));
      }
    }
    return Optional.empty();
  }

  private Reply getChannel(long channelId) {
    return channelAccess(channelId).orElseGet(() -> Reply.ok(model.channelJson(channelId)));
  }

  private Reply getMessages(long channelId, Map<String, String> query) {
    Optional<Reply> denied = channelAccess(channelId);
    if (denied.isPresent()) {
      return denied.get();
    }
    if (!canReadHistory(channelId)) {
      return Reply.error(DiscordError.missingAccess());
    }
    int limit = Math.max(1, Math.min(100, parseInt(query.get("limit"), 50)));
    ArrayNode array = Json.array();
    messages.created().stream()
        .filter(m -> m.channelId() == channelId && !m.isEphemeral())
        .map(m -> messages.live(m.id()))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingLong(SimMessage::id).reversed())
        .limit(limit)
        .forEach(m -> array.add(messages.toJson(m)));
    return Reply.ok(array);
  }

  private Reply createMessage(long channelId, JsonNode body) {
    Optional<Reply> denied = channelAccess(channelId);
    if (denied.isPresent()) {
      return denied.get();
    }
    SimChannel channel = model.channel(channelId).orElseThrow();
    if (body == null || !body.isObject()) {
      return Reply.error(DiscordError.emptyMessage());
    }
    FormErrors errors = MessageRules.check(body);
    if (!errors.isEmpty()) {
      return Reply.error(DiscordError.invalidFormBody(errors));
    }
    if (channel.isDm()) {
      if (!model.acceptsDms(channel.recipientId())) {
        return Reply.error(DiscordError.cannotMessageUser());
      }
    } else {
      long permissions = model.channelPermissions(channelId, model.botUser().id());
      if (!Permissions.has(permissions, Permissions.SEND_MESSAGES)) {
        return Reply.error(DiscordError.missingPermissions());
      }
      if (body.path("embeds").size() > 0
          && !Permissions.has(permissions, Permissions.EMBED_LINKS)) {
        return Reply.error(DiscordError.missingPermissions());
      }
    }
    if (MessageRules.isEmpty(body)) {
      return Reply.error(DiscordError.emptyMessage());
    }
    MessageStore.Created created =
        messages.create(
            channelId,
            model.botUser().id(),
            body,
            SimMessage.Source.CHANNEL_POST,
            0,
            0,
            config.nonceWindow);
    return Reply.ok(messages.toJson(created.message()));
  }

  private Reply getMessage(long channelId, long messageId) {
    Optional<Reply> denied = channelAccess(channelId);
    if (denied.isPresent()) {
      return denied.get();
    }
    if (!canReadHistory(channelId)) {
      return Reply.error(DiscordError.missingAccess());
    }
    return messages
        .live(messageId)
        .filter(m -> m.channelId() == channelId && !m.isEphemeral())
        .map(m -> Reply.ok(messages.toJson(m)))
        .orElse(Reply.error(DiscordError.unknownMessage()));
  }

  private Reply editMessage(long channelId, long messageId, JsonNode body) {
    Optional<Reply> denied = channelAccess(channelId);
    if (denied.isPresent()) {
      return denied.get();
    }
    Optional<SimMessage> message =
        messages.live(messageId).filter(m -> m.channelId() == channelId && !m.isEphemeral());
    if (message.isEmpty()) {
      return Reply.error(DiscordError.unknownMessage());
    }
    if (message.get().authorId() != model.botUser().id()) {
      return Reply.error(DiscordError.cannotEditOthers());
    }
    FormErrors errors = MessageRules.check(body);
    if (!errors.isEmpty()) {
      return Reply.error(DiscordError.invalidFormBody(errors));
    }
    return Reply.ok(messages.toJson(messages.edit(messageId, body, 0)));
  }

  private Reply deleteMessage(long channelId, long messageId) {
    Optional<Reply> denied = channelAccess(channelId);
    if (denied.isPresent()) {
      return denied.get();
    }
    Optional<SimMessage> message =
        messages.live(messageId).filter(m -> m.channelId() == channelId && !m.isEphemeral());
    if (message.isEmpty()) {
      return Reply.error(DiscordError.unknownMessage());
    }
    boolean own = message.get().authorId() == model.botUser().id();
    long permissions = model.channelPermissions(channelId, model.botUser().id());
    if (!own && !Permissions.has(permissions, Permissions.MANAGE_MESSAGES)) {
      return Reply.error(DiscordError.missingPermissions());
    }
    messages.delete(messageId);
    return Reply.noContent();
  }

  private boolean canReadHistory(long channelId) {
    SimChannel channel = model.channel(channelId).orElseThrow();
    return channel.isDm()
        || Permissions.has(
            model.channelPermissions(channelId, model.botUser().id()),
            Permissions.READ_MESSAGE_HISTORY);
  }

  /** Form errors (50035) or an empty message (50006) for a body that creates a message. */
  private static Optional<Reply> invalidNewMessage(JsonNode body, String pathPrefix) {
    if (body == null || !body.isObject()) {
      return Optional.of(Reply.error(DiscordError.emptyMessage()));
    }
    FormErrors errors = MessageRules.check(body);
    if (!errors.isEmpty()) {
      // Discord reports a callback's errors under data.*
      return Optional.of(Reply.error(DiscordError.invalidFormBody(errors.prefixed(pathPrefix))));
    }
    if (MessageRules.isEmpty(body)) {
      return Optional.of(Reply.error(DiscordError.emptyMessage()));
    }
    return Optional.empty();
  }

  private static int parseInt(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
