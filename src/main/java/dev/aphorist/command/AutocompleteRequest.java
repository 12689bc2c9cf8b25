package dev.aphorist.command;

import java.util.Map;

/**
 * A user is typing into an option that offers suggestions.
 *
 * @param command top-level command
 * @param subcommand subcommand
 * @param option the option being typed into
 * @param partial what has been typed so far
 * @param otherOptions the values of the other options filled in so far
 * @param actor who is typing
 * @param place where
 */
public record AutocompleteRequest(
    String command,
    String subcommand,
    String option,
    String partial,
    Map<String, String> otherOptions,
    Actor actor,
    Place place) {

  public AutocompleteRequest {
    partial = partial == null ? "" : partial;
    otherOptions = Map.copyOf(otherOptions);
  }
}
