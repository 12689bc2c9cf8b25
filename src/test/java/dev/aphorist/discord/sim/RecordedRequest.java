package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One REST request the simulated Discord received, with the status it answered.
 *
 * @param path the path under /api/v10/, without the query
 * @param headers header names in lower case
 * @param body the raw body ("" when none)
 * @param json the body parsed, or null when there was none or it was not JSON
 * @param response the JSON answered, or null (204 and non-JSON answers)
 */
public record RecordedRequest(
    long sequence,
    Instant at,
    String method,
    String path,
    RestRoute route,
    Map<String, String> query,
    Map<String, List<String>> headers,
    String body,
    JsonNode json,
    int status,
    JsonNode response) {

  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The Discord error code of an error answer, or 0. */
  public int errorCode() {
    return response != null && response.has("code") && status >= 400
        ? response.get("code").asInt()
        : 0;
  }
}
