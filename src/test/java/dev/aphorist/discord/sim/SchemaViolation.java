package dev.aphorist.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request body that does not match Discord's OpenAPI schema for its route.
 *
 * @param schema the components/schemas name validated against
 * @param location the JSON pointer of the offending part of the body
 */
public record SchemaViolation(
    String method, String path, String schema, String location, String message, JsonNode body) {
  @Override
  public String toString() {
    return method + " " + path + " vs " + schema + " at " + location + ": " + message;
  }
}
