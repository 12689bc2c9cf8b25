package dev.aphorist.console;

import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A typed slash command line, parsed against the command specs: {@code /quote search cache
 * invalidation author:Joe Magerramov}. Options are written {@code name:value}, and a value runs to
 * the next option; words before the first option fill the subcommand's first required text option,
 * so the common case needs no option name. Double quotes in free text are kept, because search
 * reads them as phrases.
 *
 * @param command the command name
 * @param subcommand the subcommand name
 * @param options option values by name
 * @param focused the option the user asked suggestions for (line ending in {@code ?}), or null
 */
record ConsoleLine(String command, String subcommand, Map<String, String> options, String focused) {

  /** Thrown with a message for the user when a line cannot be understood. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  static ConsoleLine parse(String line, List<CommandSpec> specs) throws Invalid {
    String text = line.strip();
    boolean wantsSuggestions = text.endsWith("?");
    if (wantsSuggestions) {
      text = text.substring(0, text.length() - 1);
    }
    List<Token> tokens = tokenize(text);
    if (tokens.isEmpty() || !tokens.get(0).raw().startsWith("/")) {
      throw new Invalid("Commands start with /, for example /quote today. Type help for more.");
    }
    String name = tokens.get(0).raw().substring(1);
    CommandSpec spec =
        specs.stream()
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new Invalid("Unknown command /" + name + ". Type help for the list."));
    if (tokens.size() < 2) {
      throw new Invalid("/" + name + " needs a subcommand: " + subcommandNames(spec) + ".");
    }
    String subName = tokens.get(1).raw();
    CommandSpec.SubcommandSpec sub =
        spec.subcommand(subName)
            .orElseThrow(
                () ->
                    new Invalid(
                        "Unknown subcommand /"
                            + name
                            + " "
                            + subName
                            + "; try one of: "
                            + subcommandNames(spec)
                            + "."));

    Map<String, String> options = new LinkedHashMap<>();
    List<String> freeWords = new ArrayList<>();
    String lastOption = null;
    for (Token token : tokens.subList(2, tokens.size())) {
      Optional<OptionSpec> option = optionOf(token, sub);
      if (option.isPresent()) {
        String value = token.unquoted().substring(option.get().name().length() + 1);
        options.put(option.get().name(), value);
        lastOption = option.get().name();
      } else if (lastOption != null) {
        // An option's value runs to the next option: author:Marc Brooker.
        options.merge(lastOption, token.unquoted(), (value, word) -> value + " " + word);
      } else {
        freeWords.add(token.raw());
      }
    }
    String freeOption = null;
    if (!freeWords.isEmpty() || (wantsSuggestions && lastOption == null)) {
      freeOption =
          sub.options().stream()
              .filter(
                  o -> o.type() == OptionSpec.OptionType.STRING && !options.containsKey(o.name()))
              .filter(o -> o.required() || wantsSuggestions && o.autocomplete())
              .map(OptionSpec::name)
              .findFirst()
              .orElse(null);
      if (freeOption == null && !freeWords.isEmpty()) {
        throw new Invalid(
            "Unexpected \""
                + String.join(" ", freeWords)
                + "\". Options of /"
                + name
                + " "
                + subName
                + ": "
                + optionNames(sub)
                + ".");
      }
      if (freeOption != null) {
        options.put(freeOption, String.join(" ", freeWords));
      }
    }
    String focused = null;
    if (wantsSuggestions) {
      focused = lastOption != null ? lastOption : freeOption;
      if (focused == null) {
        throw new Invalid("Nothing to suggest for: end the line with an option, e.g. author:jo?");
      }
    }
    return new ConsoleLine(name, subName, options, focused);
  }

  /** One whitespace-separated word; double-quoted runs may contain spaces. */
  private record Token(String raw) {
    /** The token with its double quotes removed, for option values. */
    String unquoted() {
      return raw.replace("\"", "");
    }
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (Character.isWhitespace(c) && !quoted) {
        if (current.length() > 0) {
          tokens.add(new Token(current.toString()));
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      tokens.add(new Token(current.toString()));
    }
    return tokens;
  }

  private static Optional<OptionSpec> optionOf(Token token, CommandSpec.SubcommandSpec sub) {
    int colon = token.raw().indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return sub.option(token.raw().substring(0, colon));
  }

  private static String subcommandNames(CommandSpec spec) {
    return String.join(
        ", ", spec.subcommands().stream().map(CommandSpec.SubcommandSpec::name).toList());
  }

  private static String optionNames(CommandSpec.SubcommandSpec sub) {
    return sub.options().isEmpty()
        ? "none"
        : String.join(", ", sub.options().stream().map(o -> o.name() + ":").toList());
  }
}
