package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Turns an {@link InteractionBuilder} into the INTERACTION_CREATE payload Discord would send, after
 * checking that Discord could send it at all: the command is registered with that subcommand and
 * those options, usable in that context, by a member of that guild.
 */
final class InteractionFactory {
  private static final int CONTEXT_GUILD = 0;
  private static final int CONTEXT_BOT_DM = 1;

  private final SimModel model;
  private final MessageStore messages;
  private final Snowflakes ids;
  private final SimConfig config;
  private final SecureRandom random = new SecureRandom();

  InteractionFactory(SimModel model, MessageStore messages, Snowflakes ids, SimConfig config) {
    this.model = model;
    this.messages = messages;
    this.ids = ids;
    this.config = config;
  }

  /** What to dispatch, and to which guild's shard (0: DMs, shard 0). */
  record Prepared(
      ObjectNode payload,
      long id,
      String token,
      SimChannel channel,
      SimUser user,
      long sourceMessageId) {}

  Prepared prepare(InteractionBuilder b) {
    if (b.user == null) {
      throw new IllegalStateException("say who triggers the interaction: by(user)");
    }
    SimMessage source = null;
    SimChannel channel = b.channel;
    if (b.type == SimInteraction.Type.COMPONENT) {
      source =
          messages
              .live(b.messageId)
              .orElseThrow(
                  () -> new IllegalArgumentException("no live message " + Json.id(b.messageId)));
      if (!source.hasButton(b.customId)) {
        throw new IllegalArgumentException(
            "message "
                + Json.id(source.id())
                + " has no button with custom_id '"
                + b.customId
                + "'; its buttons: "
                + source.buttonCustomIds());
      }
      if (channel == null) {
        channel = model.channel(source.channelId()).orElseThrow();
      }
    } else if (b.inDm) {
      channel = model.dmChannel(b.user);
    }
    if (channel == null) {
      throw new IllegalStateException("say where the interaction happens: in(channel) or inDm()");
    }
    if (model.channel(channel.id()).isEmpty()) {
      throw new IllegalArgumentException("channel " + channel + " no longer exists");
    }
    boolean dm = channel.isDm();
    long guildId = channel.guildId();
    if (dm && channel.recipientId() != b.user.id()) {
      throw new IllegalArgumentException(b.user + " is not the recipient of DM " + channel);
    }
    if (!dm && !model.isMember(guildId, b.user.id())) {
      throw new IllegalArgumentException(b.user + " is not a member of guild " + Json.id(guildId));
    }

    long id = ids.next();
    byte[] secret = new byte[48];
    random.nextBytes(secret);
    String token =
        "aW50ZXJhY3Rpb24" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

    ObjectNode payload = Json.object();
    payload.put("id", Json.id(id));
    payload.put("application_id", Json.id(model.applicationId()));
    payload.put("type", b.type.code());
    payload.put("token", token);
    payload.put("version", 1);
    payload.put("locale", b.locale);
    payload.putArray("entitlements");
    payload.put("attachment_size_limit", 10 * 1024 * 1024);
    ObjectNode owners = payload.putObject("authorizing_integration_owners");
    payload.put("channel_id", Json.id(channel.id()));
    ObjectNode channelJson = model.channelJson(channel.id());
    if (dm) {
      owners.put("1", Json.id(b.user.id()));
      payload.put("context", CONTEXT_BOT_DM);
      payload.set("user", model.userJson(b.user.id()));
      payload.put(
          "app_permissions",
          Long.toString(model.channelPermissions(channel.id(), model.botUser().id())));
    } else {
      owners.put("0", Json.id(guildId));
      payload.put("context", CONTEXT_GUILD);
      payload.put("guild_id", Json.id(guildId));
      payload.set("guild", model.interactionGuildJson(guildId));
      payload.put("guild_locale", "en-US");
      long memberPermissions = model.channelPermissions(channel.id(), b.user.id());
      channelJson.put("permissions", Long.toString(memberPermissions));
      ObjectNode member = model.memberJson(guildId, b.user.id());
      member.put("permissions", Long.toString(memberPermissions));
      payload.set("member", member);
      payload.put(
          "app_permissions",
          Long.toString(model.channelPermissions(channel.id(), model.botUser().id())));
    }
    payload.set("channel", channelJson);

    if (b.type == SimInteraction.Type.COMPONENT) {
      ObjectNode data = payload.putObject("data");
      data.put("custom_id", b.customId);
      data.put("component_type", 2);
      payload.set("message", messages.toJson(source));
    } else {
      payload.set("data", commandData(b, guildId, dm));
    }
    return new Prepared(payload, id, token, channel, b.user, source == null ? 0L : source.id());
  }

  private ObjectNode commandData(InteractionBuilder b, long guildId, boolean dm) {
    Optional<ObjectNode> registered = model.findCommand(dm ? 0 : guildId, b.commandName, 1);
    if (config.requireRegisteredCommands) {
      ObjectNode command =
          registered.orElseThrow(
              () ->
                  new IllegalStateException(
                      "/"
                          + b.commandName
                          + " is not registered (globally or in that guild): Discord would not"
                          + " offer it. Registered: "
                          + model.commandsJson(0).findValuesAsText("name")));
      checkShape(b, command, dm);
    }
    long commandId = registered.map(c -> Json.snowflake(c, "id")).orElseGet(ids::next);
    ObjectNode data = Json.object();
    data.put("id", Json.id(commandId));
    data.put("name", b.commandName);
    data.put("type", 1);
    registered
        .filter(c -> c.hasNonNull("guild_id"))
        .ifPresent(c -> data.put("guild_id", c.get("guild_id").asText()));
    ArrayNode leaves = Json.array();
    b.options.forEach(leaves::add);
    ArrayNode top = data.putArray("options");
    if (b.subcommand != null) {
      ObjectNode sub = Json.object();
      sub.put("name", b.subcommand);
      sub.put("type", InteractionBuilder.SUBCOMMAND);
      sub.set("options", leaves);
      if (b.group != null) {
        ObjectNode group = top.addObject();
        group.put("name", b.group);
        group.put("type", InteractionBuilder.SUBCOMMAND_GROUP);
        group.putArray("options").add(sub);
      } else {
        top.add(sub);
      }
    } else {
      top.addAll(leaves);
    }
    ObjectNode resolved = resolved(b, guildId, dm);
    if (!resolved.isEmpty()) {
      data.set("resolved", resolved);
    }
    return data;
  }

  private ObjectNode resolved(InteractionBuilder b, long guildId, boolean dm) {
    ObjectNode resolved = Json.object();
    for (SimChannel channel : b.channelOptions) {
      ObjectNode json = model.channelJson(channel.id());
      json.put("permissions", Long.toString(model.channelPermissions(channel.id(), b.user.id())));
      resolved.withObjectProperty("channels").set(Json.id(channel.id()), json);
    }
    for (SimUser user : b.userOptions) {
      resolved.withObjectProperty("users").set(Json.id(user.id()), model.userJson(user.id()));
      if (!dm && model.isMember(guildId, user.id())) {
        ObjectNode member = model.memberJson(guildId, user.id());
        member.remove("user");
        member.put("permissions", Long.toString(model.guildPermissions(guildId, user.id())));
        resolved.withObjectProperty("members").set(Json.id(user.id()), member);
      }
    }
    for (SimRole role : b.roleOptions) {
      resolved
          .withObjectProperty("roles")
          .set(Json.id(role.id()), model.roleJson(role.guildId(), role.id()));
    }
    return resolved;
  }

  /** Discord only sends subcommands and options the command declares. */
  private static void checkShape(InteractionBuilder b, JsonNode command, boolean dm) {
    JsonNode contexts = command.get("contexts");
    int context = dm ? CONTEXT_BOT_DM : CONTEXT_GUILD;
    if (contexts != null && contexts.isArray() && contexts.size() > 0) {
      boolean allowed = false;
      for (JsonNode c : contexts) {
        allowed |= c.asInt(-1) == context;
      }
      if (!allowed) {
        throw new IllegalStateException(
            "/"
                + b.commandName
                + " is registered without context "
                + context
                + " (contexts "
                + contexts
                + "): Discord would not offer it "
                + (dm ? "in DMs" : "in guilds"));
      }
    } else if (dm && command.has("dm_permission") && !command.get("dm_permission").asBoolean()) {
      throw new IllegalStateException("/" + b.commandName + " has dm_permission false");
    }
    JsonNode options = command.path("options");
    String where = "/" + b.commandName;
    if (b.group != null) {
      options = child(options, b.group, InteractionBuilder.SUBCOMMAND_GROUP, where);
      where += " " + b.group;
    }
    if (b.subcommand != null) {
      options = child(options, b.subcommand, InteractionBuilder.SUBCOMMAND, where);
      where += " " + b.subcommand;
    } else {
      for (JsonNode option : options) {
        int type = option.path("type").asInt();
        if (type == InteractionBuilder.SUBCOMMAND || type == InteractionBuilder.SUBCOMMAND_GROUP) {
          throw new IllegalArgumentException(where + " needs a subcommand (subcommand(...))");
        }
      }
    }
    List<String> given = new ArrayList<>();
    for (ObjectNode option : b.options) {
      String name = option.get("name").asText();
      given.add(name);
      JsonNode declared = null;
      for (JsonNode d : options) {
        if (d.path("name").asText().equals(name)) {
          declared = d;
        }
      }
      if (declared == null) {
        throw new IllegalArgumentException(
            where + " has no option '" + name + "'; it has " + options.findValuesAsText("name"));
      }
      boolean focused = option.path("focused").asBoolean(false);
      if (focused && !declared.path("autocomplete").asBoolean(false)) {
        throw new IllegalArgumentException(where + " option '" + name + "' has no autocomplete");
      }
      int declaredType = declared.path("type").asInt();
      int givenType = option.get("type").asInt();
      if (!focused && declaredType != givenType) {
        throw new IllegalArgumentException(
            where + " option '" + name + "' is of type " + declaredType + ", given " + givenType);
      }
      if (focused) {
        option.put("type", declaredType);
      }
    }
    if (b.type == SimInteraction.Type.COMMAND) {
      for (JsonNode d : options) {
        if (d.path("required").asBoolean(false) && !given.contains(d.path("name").asText())) {
          throw new IllegalArgumentException(
              where + " requires option '" + d.path("name").asText() + "'");
        }
      }
    }
  }

  private static JsonNode child(JsonNode options, String name, int type, String where) {
    for (JsonNode option : options) {
      if (option.path("name").asText().equals(name) && option.path("type").asInt() == type) {
        return option.path("options");
      }
    }
    throw new IllegalArgumentException(
        where + " has no " + (type == 1 ? "subcommand" : "group") + " '" + name + "'");
  }
}
