package dev.aphorist.command;

import java.util.List;
import java.util.Optional;

/**
 * A top-level slash command with its subcommands ({@code /quote search ...}).
 *
 * @param name the command name
 * @param description what it does
 * @param subcommands its subcommands, in the order users see them
 * @param requiredPermission the permission a member needs, or null for everyone; the adapters also
 *     register it as Discord's default, but the handlers check it themselves
 * @param guildOnly whether the command is refused in direct messages
 */
public record CommandSpec(
    String name,
    String description,
    List<SubcommandSpec> subcommands,
    Permission requiredPermission,
    boolean guildOnly) {

  public CommandSpec {
    subcommands = List.copyOf(subcommands);
  }

  public Optional<SubcommandSpec> subcommand(String subName) {
    return subcommands.stream().filter(s -> s.name().equals(subName)).findFirst();
  }

  /**
   * A subcommand and its options.
   *
   * @param name subcommand name
   * @param description what it does
   * @param options its options, required ones first (as Discord demands)
   * @param requiredPermission a permission this subcommand needs beyond its command's, or null;
   *     Discord cannot hide a single subcommand, so only the router enforces it
   */
  public record SubcommandSpec(
      String name, String description, List<OptionSpec> options, Permission requiredPermission) {

    public SubcommandSpec(String name, String description, List<OptionSpec> options) {
      this(name, description, options, null);
    }

    public SubcommandSpec {
      options = List.copyOf(options);
      boolean optionalSeen = false;
      for (OptionSpec option : options) {
        if (!option.required()) {
          optionalSeen = true;
        } else if (optionalSeen) {
          throw new IllegalArgumentException(
              name + ": required option " + option.name() + " must come before optional ones");
        }
      }
    }

    public Optional<OptionSpec> option(String optionName) {
      return options.stream().filter(o -> o.name().equals(optionName)).findFirst();
    }
  }
}
