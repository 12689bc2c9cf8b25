package dev.aphorist.command;

import java.util.List;

/**
 * One option of a slash command, described once for every adapter: Discord registers it, the
 * console parses it and prints it in help.
 *
 * @param name option name as the user types it ({@code query})
 * @param description what it is for (Discord shows at most 100 characters)
 * @param type the kind of value
 * @param required whether the command needs it
 * @param autocomplete whether the adapter should ask for suggestions while the user types
 * @param maxLength longest accepted value for strings; longer input is cut, not rejected
 * @param choices fixed choices, if any
 */
public record OptionSpec(
    String name,
    String description,
    OptionType type,
    boolean required,
    boolean autocomplete,
    int maxLength,
    List<Choice> choices) {

  /** Discord's longest string option value. */
  public static final int DISCORD_MAX_STRING = 6000;

  /** Discord's limits on names and descriptions of commands and options. */
  public static final int MAX_NAME = 32;

  public static final int MAX_DESCRIPTION = 100;

  public OptionSpec {
    choices = List.copyOf(choices);
    if (!name.matches("[a-z0-9_-]{1," + MAX_NAME + "}")) {
      throw new IllegalArgumentException("invalid option name " + name);
    }
    if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("option " + name + ": description must be 1..100 chars");
    }
    if (autocomplete && !choices.isEmpty()) {
      throw new IllegalArgumentException("option " + name + ": choices and autocomplete exclude");
    }
  }

  /** The kinds of option value. */
  public enum OptionType {
    STRING,
    INTEGER,
    BOOLEAN,
    /** A text channel of the server; the value is the channel id. */
    CHANNEL
  }

  /** A fixed choice: what the user sees and the value the command gets. */
  public record Choice(String name, String value) {}

  public static OptionSpec text(String name, String description, boolean required) {
    return new OptionSpec(
        name, description, OptionType.STRING, required, false, DISCORD_MAX_STRING, List.of());
  }

  public static OptionSpec suggested(
      String name, String description, boolean required, int maxLength) {
    return new OptionSpec(
        name, description, OptionType.STRING, required, true, maxLength, List.of());
  }

  public static OptionSpec channel(String name, String description, boolean required) {
    return new OptionSpec(name, description, OptionType.CHANNEL, required, false, 0, List.of());
  }
}
