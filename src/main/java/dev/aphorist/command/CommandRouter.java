package dev.aphorist.command;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single entry point of every adapter: finds the module of a command or button, enforces what
 * the spec demands (server only, permissions) on the bot's side, and turns every failure into a
 * short private message. A stack trace never reaches a user; it goes to the log.
 */
public final class CommandRouter {

  private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

  /** Discord shows at most 25 autocomplete choices, each name and value at most 100 chars. */
  public static final int MAX_CHOICES = 25;

  public static final int MAX_CHOICE_LENGTH = 100;

  static final String FAILURE_MESSAGE =
      "Sorry, something went wrong on our side. It has been logged; please try again later.";

  private final Map<String, CommandModule> byCommand = new LinkedHashMap<>();
  private final Map<String, CommandModule> byVerb = new LinkedHashMap<>();
  private final CommandMetrics metrics;
  private final Clock clock;

  public CommandRouter(List<CommandModule> modules, CommandMetrics metrics, Clock clock) {
    for (CommandModule module : modules) {
      if (byCommand.putIfAbsent(module.spec().name(), module) != null) {
        throw new IllegalArgumentException("two modules for /" + module.spec().name());
      }
      for (String verb : module.actionVerbs()) {
        if (byVerb.putIfAbsent(verb, module) != null) {
          throw new IllegalArgumentException("two modules for the button verb " + verb);
        }
      }
    }
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Every command, for registration with Discord and for the console's help. */
  public List<CommandSpec> specs() {
    return byCommand.values().stream().map(CommandModule::spec).toList();
  }

  public Reply handle(CommandRequest request) {
    String name = "/" + request.command() + " " + request.subcommand();
    CommandModule module = byCommand.get(request.command());
    Optional<String> refusal =
        module == null ? Optional.of("Unknown command " + name + ".") : refusal(module, request);
    return serve(name, request.actor(), refusal, () -> module.handle(request));
  }

  public Reply act(ActionRequest request) {
    String name = "button " + request.action().verb();
    CommandModule module = byVerb.get(request.action().verb());
    Optional<String> refusal =
        module == null
            ? Optional.of("This button no longer works. Please run the command again.")
            : refusal(module, request.actor(), request.place());
    return serve(name, request.actor(), refusal, () -> module.act(request));
  }

  /** Runs a handler unless refused, turning its failures into messages, and counts the call. */
  private Reply serve(String name, Actor actor, Optional<String> refusal, Supplier<Reply> handler) {
    long start = clock.millis();
    Reply reply;
    boolean failed = false;
    if (refusal.isPresent()) {
      reply = Reply.privateNotice(refusal.get());
    } else {
      try {
        reply = handler.get();
      } catch (UserError e) {
        reply = Reply.privateNotice(e.getMessage());
      } catch (RuntimeException e) {
        log.error("{} failed for user {}", name, actor.userId(), e);
        reply = Reply.privateNotice(FAILURE_MESSAGE);
        failed = true;
      }
    }
    metrics.served(name, Duration.ofMillis(clock.millis() - start), failed);
    return reply;
  }

  /** Suggestions, cut to Discord's limits; an empty list on any failure (never an exception). */
  public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
    CommandModule module = byCommand.get(request.command());
    if (module == null) {
      return List.of();
    }
    try {
      List<OptionSpec.Choice> fitting = new ArrayList<>();
      for (OptionSpec.Choice choice : module.autocomplete(request)) {
        if (fitting.size() == MAX_CHOICES) {
          break;
        }
        if (!choice.name().isBlank() && !choice.value().isBlank()) {
          fitting.add(
              new OptionSpec.Choice(
                  Limits.cut(choice.name(), MAX_CHOICE_LENGTH),
                  Limits.cut(choice.value(), MAX_CHOICE_LENGTH)));
        }
      }
      return fitting;
    } catch (RuntimeException e) {
      log.error(
          "autocomplete of /{} {} {} failed",
          request.command(),
          request.subcommand(),
          request.option(),
          e);
      return List.of();
    }
  }

  private Optional<String> refusal(CommandModule module, CommandRequest request) {
    Optional<CommandSpec.SubcommandSpec> sub = module.spec().subcommand(request.subcommand());
    if (sub.isEmpty()) {
      return Optional.of(
          "Unknown command /" + request.command() + " " + request.subcommand() + ".");
    }
    Optional<String> refused = refusal(module, request.actor(), request.place());
    Permission needed = sub.get().requiredPermission();
    if (refused.isEmpty() && !request.actor().has(needed)) {
      return Optional.of(
          "You need the "
              + describe(needed)
              + " permission to use /"
              + request.command()
              + " "
              + request.subcommand()
              + ".");
    }
    return refused;
  }

  private static Optional<String> refusal(CommandModule module, Actor actor, Place place) {
    CommandSpec spec = module.spec();
    if (spec.guildOnly() && place.isDirectMessage()) {
      return Optional.of("/" + spec.name() + " works in a server channel, not in direct messages.");
    }
    if (!actor.has(spec.requiredPermission())) {
      return Optional.of(
          "You need the "
              + describe(spec.requiredPermission())
              + " permission to use /"
              + spec.name()
              + ".");
    }
    return Optional.empty();
  }

  private static String describe(Permission permission) {
    return switch (permission) {
      case MANAGE_SERVER -> "Manage Server";
      case POST_IN_CHANNEL -> "Send Messages";
    };
  }
}
