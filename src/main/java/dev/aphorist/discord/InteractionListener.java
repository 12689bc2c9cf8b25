package dev.aphorist.discord;

import dev.aphorist.command.ActionId;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.Actor;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.Permission;
import dev.aphorist.command.Place;
import dev.aphorist.command.Reply;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bridges JDA's interaction events to the {@link CommandRouter}. Handlers run on Aphorist's own
 * worker pool, never on JDA's event thread. Every interaction is acknowledged within Discord's 3
 * seconds: if a handler has not answered within {@code ackBudget}, the interaction is deferred and
 * the answer edited in when it is ready. Before the router is there (the shards connect while the
 * rest of the application starts), interactions get a short "starting" answer.
 */
final class InteractionListener extends ListenerAdapter {

  private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

  static final String CLOSING_MESSAGE =
      "Aphorist is restarting; please try again in a few seconds.";

  static final String STARTING_MESSAGE = "Aphorist is starting; please try again in a few seconds.";

  private final Supplier<CommandRouter> routers;
  private final ExecutorService workers;
  private final ScheduledExecutorService timers;
  private final Duration ackBudget;
  private final InFlight inFlight;

  InteractionListener(
      Supplier<CommandRouter> routers,
      ExecutorService workers,
      ScheduledExecutorService timers,
      Duration ackBudget,
      InFlight inFlight) {
    this.routers = routers;
    this.workers = workers;
    this.timers = timers;
    this.ackBudget = ackBudget;
    this.inFlight = inFlight;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (!admitted(event)) {
      return;
    }
    CommandRequest request =
        new CommandRequest(
            event.getName(),
            event.getSubcommandName() == null ? "" : event.getSubcommandName(),
            options(event.getOptions()),
            actor(event),
            place(event));
    AtomicBoolean acknowledged = new AtomicBoolean();
    run(
        event,
        () -> routers.get().handle(request),
        reply -> {
          if (acknowledged.compareAndSet(false, true)) {
            return event
                .reply(MessageFactory.create(reply))
                .setEphemeral(reply.visibility() == Reply.Visibility.PRIVATE);
          }
          return event.getHook().editOriginal(MessageFactory.edit(reply));
        },
        () -> {
          if (acknowledged.compareAndSet(false, true)) {
            // Slash-command answers are private until a member chooses to post them.
            event.deferReply(true).queue(null, failure -> logFailure(event, failure));
          }
        });
  }

  /**
   * Lets an interaction in once the handlers are ready and the bot is not closing, counting it as
   * in flight; otherwise answers it at once so Discord never shows "did not respond".
   */
  private boolean admitted(IReplyCallback event) {
    if (routers.get() == null) {
      event.reply(STARTING_MESSAGE).setEphemeral(true).queue(null, failure -> {});
      return false;
    }
    if (!inFlight.enter()) {
      event.reply(CLOSING_MESSAGE).setEphemeral(true).queue(null, failure -> {});
      return false;
    }
    return true;
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    if (!admitted(event)) {
      return;
    }
    var action = ActionId.decode(event.getComponentId());
    if (action.isEmpty()) {
      inFlight.leave();
      event
          .reply("This button no longer works. Please run the command again.")
          .setEphemeral(true)
          .queue(null, failure -> logFailure(event, failure));
      return;
    }
    ActionRequest request = new ActionRequest(action.get(), actor(event), place(event));
    AtomicBoolean acknowledged = new AtomicBoolean();
    AtomicBoolean deferredAsEdit = new AtomicBoolean();
    run(
        event,
        () -> routers.get().act(request),
        reply -> {
          if (acknowledged.compareAndSet(false, true)) {
            if (reply.replacesOriginal()) {
              return event.editMessage(MessageFactory.edit(reply));
            }
            return event
                .reply(MessageFactory.create(reply))
                .setEphemeral(reply.visibility() == Reply.Visibility.PRIVATE);
          }
          if (deferredAsEdit.get() && reply.replacesOriginal()) {
            return event.getHook().editOriginal(MessageFactory.edit(reply));
          }
          return event
              .getHook()
              .sendMessage(MessageFactory.create(reply))
              .setEphemeral(reply.visibility() == Reply.Visibility.PRIVATE);
        },
        () -> {
          if (acknowledged.compareAndSet(false, true)) {
            deferredAsEdit.set(true);
            event.deferEdit().queue(null, failure -> logFailure(event, failure));
          }
        });
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (routers.get() == null) {
      event.replyChoices(List.of()).queue(null, failure -> {});
      return;
    }
    Map<String, String> others = options(event.getOptions());
    others.remove(event.getFocusedOption().getName());
    AutocompleteRequest request =
        new AutocompleteRequest(
            event.getName(),
            event.getSubcommandName() == null ? "" : event.getSubcommandName(),
            event.getFocusedOption().getName(),
            event.getFocusedOption().getValue(),
            others,
            actor(event),
            place(event));
    try {
      workers.execute(
          () -> {
            List<Command.Choice> choices =
                routers.get().autocomplete(request).stream()
                    .map(c -> new Command.Choice(c.name(), c.value()))
                    .toList();
            event.replyChoices(choices).queue(null, failure -> logFailure(event, failure));
          });
    } catch (RejectedExecutionException closing) {
      event.replyChoices(List.of()).queue(null, failure -> {});
    }
  }

  /** Produces a reply action for a finished reply, given whether the interaction was acked. */
  private interface Answer {
    net.dv8tion.jda.api.requests.RestAction<?> send(Reply reply);
  }

  private void run(Interaction event, Supplier<Reply> work, Answer answer, Runnable defer) {
    var deferral = timers.schedule(defer, ackBudget.toMillis(), TimeUnit.MILLISECONDS);
    try {
      workers.execute(
          () -> {
            try {
              Reply reply = work.get();
              deferral.cancel(false);
              answer
                  .send(reply)
                  .queue(
                      ok -> inFlight.leave(),
                      failure -> {
                        inFlight.leave();
                        logFailure(event, failure);
                      });
            } catch (RuntimeException e) {
              inFlight.leave();
              log.error("interaction {} failed", event.getId(), e);
            }
          });
    } catch (RejectedExecutionException closing) {
      deferral.cancel(false);
      inFlight.leave();
    }
  }

  private static void logFailure(Interaction event, Throwable failure) {
    log.warn("could not answer interaction {}: {}", event.getId(), failure.toString());
  }

  private static Map<String, String> options(List<OptionMapping> mappings) {
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionMapping option : mappings) {
      options.put(
          option.getName(),
          option.getType() == OptionType.CHANNEL
              ? option.getAsChannel().getId()
              : option.getAsString());
    }
    return options;
  }

  private static Actor actor(Interaction event) {
    Member member = event.getMember();
    String name = member != null ? member.getEffectiveName() : event.getUser().getEffectiveName();
    return new Actor(event.getUser().getIdLong(), name, permissions(event, member));
  }

  /** Computed by JDA from the server's roles and the channel's overwrites, not sent by clients. */
  private static Set<Permission> permissions(Interaction event, Member member) {
    if (member == null) {
      // A direct message: the member may post in their own conversation with the bot.
      return Set.of(Permission.POST_IN_CHANNEL);
    }
    Set<Permission> granted = EnumSet.noneOf(Permission.class);
    if (member.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER)) {
      granted.add(Permission.MANAGE_SERVER);
    }
    if (event.getChannel() instanceof GuildMessageChannel channel && channel.canTalk(member)) {
      granted.add(Permission.POST_IN_CHANNEL);
    }
    return granted;
  }

  private static Place place(Interaction event) {
    MessageChannel channel = (MessageChannel) event.getChannel();
    long guild = event.getGuild() == null ? 0 : event.getGuild().getIdLong();
    String name = channel == null ? "" : channel.getName();
    return new Place(guild, event.getChannelIdLong(), name);
  }
}
