package dev.aphorist.console;

import dev.aphorist.command.ActionId;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.Actor;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Permission;
import dev.aphorist.command.Place;
import dev.aphorist.command.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A terminal session over the same command handlers as Discord: the operator types slash commands,
 * presses buttons with {@code :keyword}, and asks for suggestions by ending a line with {@code ?}.
 * The console is its own server, and its user has every permission in it.
 */
public final class ConsoleSession {

  static final String PROMPT = "aphorist> ";

  private static final Actor OPERATOR = new Actor(1, "you", EnumSet.allOf(Permission.class));

  private final CommandRouter router;
  private final BufferedReader in;
  private final ConsoleScreen screen;
  private final Place home;
  private Map<String, String> lastButtons = Map.of();

  public ConsoleSession(CommandRouter router, BufferedReader in, ConsoleScreen screen) {
    this.router = router;
    this.in = in;
    this.screen = screen;
    this.home =
        new Place(
            ConsoleChannels.GUILD_ID, screen.channel(ConsoleChannels.HOME), ConsoleChannels.HOME);
  }

  /** Reads and answers lines until {@code exit} or the end of input. */
  public void run() throws IOException {
    screen.println("Aphorist console. Type help for the commands, exit to leave.");
    while (true) {
      screen.print(PROMPT);
      String line = in.readLine();
      if (line == null || line.strip().equals("exit") || line.strip().equals("quit")) {
        screen.println("");
        return;
      }
      answer(line.strip());
    }
  }

  /** Answers one line; public for tests and scripted use. */
  public void answer(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (line.equals("help") || line.equals("/help")) {
      help();
    } else if (line.startsWith(":")) {
      press(line.substring(1).strip());
    } else {
      command(line);
    }
  }

  private void command(String line) {
    ConsoleLine parsed;
    try {
      parsed = ConsoleLine.parse(line, router.specs());
    } catch (ConsoleLine.Invalid e) {
      screen.println(e.getMessage());
      return;
    }
    Map<String, String> options = channelsToIds(parsed);
    if (parsed.focused() != null) {
      Map<String, String> others = new LinkedHashMap<>(options);
      String partial = others.remove(parsed.focused());
      List<OptionSpec.Choice> choices =
          router.autocomplete(
              new AutocompleteRequest(
                  parsed.command(),
                  parsed.subcommand(),
                  parsed.focused(),
                  partial == null ? "" : partial,
                  others,
                  OPERATOR,
                  home));
      if (choices.isEmpty()) {
        screen.println("(no suggestions)");
      }
      choices.forEach(
          c ->
              screen.println(
                  "  "
                      + ConsoleRenderer.clean(c.name())
                      + (c.name().equals(c.value())
                          ? ""
                          : "   ["
                              + parsed.focused()
                              + ":"
                              + ConsoleRenderer.clean(c.value())
                              + "]")));
      return;
    }
    show(
        router.handle(
            new CommandRequest(parsed.command(), parsed.subcommand(), options, OPERATOR, home)));
  }

  private void press(String keyword) {
    String id = lastButtons.get(keyword.toLowerCase(java.util.Locale.ROOT));
    if (id == null) {
      screen.println(
          lastButtons.isEmpty()
              ? "There is no button to press."
              : "No button :" + keyword + ". Buttons: :" + String.join(" :", lastButtons.keySet()));
      return;
    }
    ActionId.decode(id)
        .ifPresentOrElse(
            action -> show(router.act(new ActionRequest(action, OPERATOR, home))),
            () -> screen.println("That button no longer works."));
  }

  private void show(Reply reply) {
    lastButtons = screen.show(reply, home.channelName());
  }

  /** Channel options are typed as #name; the handlers receive ids, as from Discord. */
  private Map<String, String> channelsToIds(ConsoleLine parsed) {
    CommandSpec.SubcommandSpec sub =
        router.specs().stream()
            .filter(s -> s.name().equals(parsed.command()))
            .findFirst()
            .flatMap(s -> s.subcommand(parsed.subcommand()))
            .orElseThrow();
    Map<String, String> options = new LinkedHashMap<>(parsed.options());
    for (OptionSpec option : sub.options()) {
      String value = options.get(option.name());
      if (option.type() == OptionSpec.OptionType.CHANNEL && value != null && !value.isBlank()) {
        options.put(option.name(), Long.toString(screen.channel(value)));
      }
    }
    return options;
  }

  private void help() {
    screen.println(
        "Type a slash command as in Discord; options as name:value (a value runs to the next"
            + " option).");
    for (CommandSpec spec : router.specs()) {
      for (CommandSpec.SubcommandSpec sub : spec.subcommands()) {
        StringBuilder usage = new StringBuilder("  /" + spec.name() + " " + sub.name());
        for (OptionSpec option : sub.options()) {
          usage
              .append(option.required() ? " " + option.name() + ":<" : " [" + option.name() + ":<")
              .append(option.type().name().toLowerCase(java.util.Locale.ROOT))
              .append(option.required() ? ">" : ">]");
        }
        screen.println(usage + "  \u2014 " + sub.description());
      }
    }
    screen.println("Press a button with :keyword (shown under a reply), e.g. :next or :post.");
    screen.println("End a line with ? for suggestions, e.g. /quote search query:cach?");
    screen.println("exit leaves the console.");
  }
}
