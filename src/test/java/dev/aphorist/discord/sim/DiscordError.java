package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An error answer in Discord's shape: {"message", "code", "errors"?} with an HTTP status. */
record DiscordError(int status, int code, String message, JsonNode errors) {
  static final int UNKNOWN_CHANNEL = 10003;
  static final int UNKNOWN_GUILD = 10004;
  static final int UNKNOWN_MEMBER = 10007;
  static final int UNKNOWN_MESSAGE = 10008;
  static final int UNKNOWN_WEBHOOK = 10015;
  static final int UNKNOWN_INTERACTION = 10062;
  static final int UNKNOWN_COMMAND = 10063;
  static final int ALREADY_ACKNOWLEDGED = 40060;
  static final int MISSING_ACCESS = 50001;
  static final int CANNOT_EDIT_OTHERS = 50005;
  static final int EMPTY_MESSAGE = 50006;
  static final int CANNOT_MESSAGE_USER = 50007;
  static final int MISSING_PERMISSIONS = 50013;
  static final int INVALID_WEBHOOK_TOKEN = 50027;
  static final int INVALID_FORM_BODY = 50035;

  static DiscordError of(int status, int code, String message) {
    return new DiscordError(status, code, message, null);
  }

  static DiscordError unauthorized() {
    return of(401, 0, "401: Unauthorized");
  }

  static DiscordError notFound() {
    return of(404, 0, "404: Not Found");
  }

  static DiscordError unknownChannel() {
    return of(404, UNKNOWN_CHANNEL, "Unknown Channel");
  }

  static DiscordError unknownGuild() {
    return of(404, UNKNOWN_GUILD, "Unknown Guild");
  }

  static DiscordError unknownMember() {
    return of(404, UNKNOWN_MEMBER, "Unknown Member");
  }

  static DiscordError unknownMessage() {
    return of(404, UNKNOWN_MESSAGE, "Unknown Message");
  }

  static DiscordError unknownWebhook() {
    return of(404, UNKNOWN_WEBHOOK, "Unknown Webhook");
  }

  static DiscordError unknownInteraction() {
    return of(404, UNKNOWN_INTERACTION, "Unknown interaction");
  }

  static DiscordError unknownCommand() {
    return of(404, UNKNOWN_COMMAND, "Unknown application command");
  }

  static DiscordError alreadyAcknowledged() {
    return of(400, ALREADY_ACKNOWLEDGED, "Interaction has already been acknowledged.");
  }

  static DiscordError missingAccess() {
    return of(403, MISSING_ACCESS, "Missing Access");
  }

  static DiscordError missingPermissions() {
    return of(403, MISSING_PERMISSIONS, "Missing Permissions");
  }

  static DiscordError cannotEditOthers() {
    return of(403, CANNOT_EDIT_OTHERS, "Cannot edit a message authored by another user");
  }

  static DiscordError emptyMessage() {
    return of(400, EMPTY_MESSAGE, "Cannot send an empty message");
  }

  static DiscordError cannotMessageUser() {
    return of(403, CANNOT_MESSAGE_USER, "Cannot send messages to this user");
  }

  static DiscordError invalidWebhookToken() {
    return of(401, INVALID_WEBHOOK_TOKEN, "Invalid Webhook Token");
  }

  static DiscordError invalidFormBody(FormErrors errors) {
    return new DiscordError(400, INVALID_FORM_BODY, "Invalid Form Body", errors.toJson());
  }

  static DiscordError invalidJson() {
    return of(400, 50109, "The request body contains invalid JSON.");
  }

  ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("message", message);
    json.put("code", code);
    if (errors != null) {
      json.set("errors", errors);
    }
    return json;
  }
}
