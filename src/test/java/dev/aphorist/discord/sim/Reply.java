package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A REST answer before it is written: status, JSON body (null for none) and extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {
  static Reply ok(JsonNode body) {
    return new Reply(200, body, Map.of());
  }

  static Reply created(JsonNode body) {
    return new Reply(201, body, Map.of());
  }

  static Reply noContent() {
    return new Reply(204, null, Map.of());
  }

  static Reply error(DiscordError error) {
    return new Reply(error.status(), error.toJson(), Map.of());
  }

  static Reply error(DiscordError error, Map<String, String> headers) {
    return new Reply(error.status(), error.toJson(), new LinkedHashMap<>(headers));
  }

  boolean isError() {
    return status >= 400;
  }

  int errorCode() {
    return isError() && body != null ? body.path("code").asInt(0) : 0;
  }
}
