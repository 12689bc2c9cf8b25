package dev.aphorist.command;

import java.util.List;

/**
 * A group of commands under one top-level name ({@code /quote}, {@code /qotd}), with the buttons
 * its replies carry. Modules are transport-free: the Discord and console adapters call them through
 * {@link CommandRouter}.
 */
public interface CommandModule {

  /** The command this module answers, with its subcommands and options. */
  CommandSpec spec();

  /** Answers a command whose name is {@code spec().name()}. */
  Reply handle(CommandRequest request);

  /** Suggestions for an option with autocomplete; at most 25. */
  List<OptionSpec.Choice> autocomplete(AutocompleteRequest request);

  /** The button verbs this module answers. */
  List<String> actionVerbs();

  /** Answers a press on one of this module's buttons. */
  Reply act(ActionRequest request);
}
