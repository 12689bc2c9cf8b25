package dev.aphorist.discord.sim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST routes the simulator answers, for fault injection and for filtering recorded requests.
 * Paths are relative to /api/v10/.
 */
public enum RestRoute {
  GET_CURRENT_USER("GET", "users/@me"),
  CREATE_DM("POST", "users/@me/channels"),
  GET_USER("GET", "users/(\\d+)"),
  GET_GATEWAY("GET", "gateway"),
  GET_GATEWAY_BOT("GET", "gateway/bot"),
  GET_APPLICATION("GET", "(?:oauth2/)?applications/@me"),
  GET_GLOBAL_COMMANDS("GET", "applications/(\\d+)/commands"),
  PUT_GLOBAL_COMMANDS("PUT", "applications/(\\d+)/commands"),
  CREATE_GLOBAL_COMMAND("POST", "applications/(\\d+)/commands"),
  GET_GLOBAL_COMMAND("GET", "applications/(\\d+)/commands/(\\d+)"),
  DELETE_GLOBAL_COMMAND("DELETE", "applications/(\\d+)/commands/(\\d+)"),
  GET_GUILD_COMMANDS("GET", "applications/(\\d+)/guilds/(\\d+)/commands"),
  PUT_GUILD_COMMANDS("PUT", "applications/(\\d+)/guilds/(\\d+)/commands"),
  CREATE_GUILD_COMMAND("POST", "applications/(\\d+)/guilds/(\\d+)/commands"),
  DELETE_GUILD_COMMAND("DELETE", "applications/(\\d+)/guilds/(\\d+)/commands/(\\d+)"),
  INTERACTION_CALLBACK("POST", "interactions/(\\d+)/([^/]+)/callback"),
  WEBHOOK_EXECUTE("POST", "webhooks/(\\d+)/([^/]+)"),
  WEBHOOK_GET_MESSAGE("GET", "webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)"),
  WEBHOOK_EDIT_MESSAGE("PATCH", "webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)"),
  WEBHOOK_DELETE_MESSAGE("DELETE", "webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)"),
  GET_CHANNEL("GET", "channels/(\\d+)"),
  GET_MESSAGES("GET", "channels/(\\d+)/messages"),
  CREATE_MESSAGE("POST", "channels/(\\d+)/messages"),
  GET_MESSAGE("GET", "channels/(\\d+)/messages/(\\d+)"),
  EDIT_MESSAGE("PATCH", "channels/(\\d+)/messages/(\\d+)"),
  DELETE_MESSAGE("DELETE", "channels/(\\d+)/messages/(\\d+)"),
  GET_GUILD("GET", "guilds/(\\d+)"),
  GET_GUILD_MEMBER("GET", "guilds/(\\d+)/members/(\\d+)"),
  /** Any path the simulator does not know; answered 404. */
  UNKNOWN("", ""),
  /** Matches every route, for fault injection only. */
  ANY("", "");

  private final String method;
  private final Pattern pattern;

  RestRoute(String method, String regex) {
    this.method = method;
    this.pattern = Pattern.compile(regex);
  }

  public String method() {
    return method;
  }

  /**
   * Interaction callbacks and interaction webhooks are exempt from Discord's global rate limit, and
   * need no bot token.
   */
  public boolean isInteractionRoute() {
    return switch (this) {
      case INTERACTION_CALLBACK,
          WEBHOOK_EXECUTE,
          WEBHOOK_GET_MESSAGE,
          WEBHOOK_EDIT_MESSAGE,
          WEBHOOK_DELETE_MESSAGE ->
          true;
      default -> false;
    };
  }

  /** A resolved route with its path parameters. */
  record Match(RestRoute route, String[] params) {
    long id(int index) {
      return Long.parseUnsignedLong(params[index]);
    }

    String param(int index) {
      return params[index];
    }
  }

  static Match resolve(String method, String path) {
    for (RestRoute route : values()) {
      if (route.method.isEmpty() || !route.method.equals(method)) {
        continue;
      }
      Matcher matcher = route.pattern.matcher(path);
      if (matcher.matches()) {
        String[] params = new String[matcher.groupCount()];
        for (int i = 0; i < params.length; i++) {
          params[i] = matcher.group(i + 1);
        }
        return new Match(route, params);
      }
    }
    return new Match(UNKNOWN, new String[0]);
  }
}
