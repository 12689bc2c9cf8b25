package dev.aphorist.command;

import java.util.Map;
import java.util.Optional;

/**
 * A slash command as the handlers see it, whichever adapter received it.
 *
 * @param command top-level command ({@code quote})
 * @param subcommand subcommand ({@code search})
 * @param options option values by name, as text (channels as their id)
 * @param actor who ran it
 * @param place where
 */
public record CommandRequest(
    String command, String subcommand, Map<String, String> options, Actor actor, Place place) {

  public CommandRequest {
    options = Map.copyOf(options);
  }

  /** An option's value, stripped; empty when absent or blank. */
  public Optional<String> option(String name) {
    String value = options.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
