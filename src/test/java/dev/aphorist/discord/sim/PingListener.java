package dev.aphorist.discord.sim;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * A trivial bot used to test the simulator with the real JDA: /ping with one subcommand per kind of
 * answer. Every answer sets allowed_mentions to none, as the real bot must.
 */
final class PingListener extends ListenerAdapter {
  /** Outcomes of the answers the listener sent, by interaction id, for error assertions. */
  final ConcurrentMap<Long, CompletableFuture<Object>> outcomes = new ConcurrentHashMap<>();

  static CommandData command() {
    return Commands.slash("ping", "Answers in many ways")
        .addSubcommands(
            new SubcommandData("reply", "Replies at once"),
            new SubcommandData("defer", "Defers, then edits")
                .addOption(OptionType.BOOLEAN, "private", "Ephemeral?", false),
            new SubcommandData("follow", "Replies, then follows up"),
            new SubcommandData("echo", "Echoes text")
                .addOptions(
                    new OptionData(OptionType.STRING, "text", "What to echo", true, true),
                    new OptionData(OptionType.CHANNEL, "where", "A channel", false),
                    new OptionData(OptionType.INTEGER, "times", "How often", false)),
            new SubcommandData("buttons", "A message with buttons"),
            new SubcommandData("post", "Posts in a channel")
                .addOption(OptionType.CHANNEL, "channel", "Where", true),
            new SubcommandData("slow", "Answers after a while"))
        .addSubcommandGroups(
            new SubcommandGroupData("admin", "Admin things")
                .addSubcommands(new SubcommandData("status", "Shows status")));
  }

  private void track(long interactionId, CompletableFuture<?> future) {
    CompletableFuture<Object> outcome =
        outcomes.computeIfAbsent(interactionId, k -> new CompletableFuture<>());
    future.whenComplete(
        (value, error) -> {
          if (error != null) {
            outcome.completeExceptionally(error);
          } else {
            outcome.complete(value);
          }
        });
  }

  CompletableFuture<Object> outcome(long interactionId) {
    return outcomes.computeIfAbsent(interactionId, k -> new CompletableFuture<>());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    long id = event.getIdLong();
    String sub = event.getSubcommandName();
    if ("admin".equals(event.getSubcommandGroup())) {
      track(id, event.reply("status ok").setAllowedMentions(List.of()).submit());
      return;
    }
    switch (sub) {
      case "reply" ->
          track(
              id,
              event
                  .reply("pong to " + event.getUser().getAsMention())
                  .setAllowedMentions(List.of())
                  .submit());
      case "defer" -> {
        boolean ephemeral = event.getOption("private", false, OptionMapping::getAsBoolean);
        track(
            id,
            event
                .deferReply(ephemeral)
                .submit()
                .thenCompose(
                    hook ->
                        hook.editOriginal("done after a while")
                            .setAllowedMentions(List.of())
                            .submit()));
      }
      case "follow" ->
          track(
              id,
              event
                  .reply("first")
                  .setAllowedMentions(List.of())
                  .submit()
                  .thenCompose(
                      hook -> hook.sendMessage("second").setAllowedMentions(List.of()).submit()));
      case "echo" -> {
        String text = event.getOption("text", OptionMapping::getAsString);
        String where =
            event.getOption("where") == null
                ? "here"
                : event.getOption("where").getAsChannel().getName();
        long times = event.getOption("times", 1L, OptionMapping::getAsLong);
        track(
            id,
            event
                .reply(text.repeat((int) times) + " in " + where)
                .setEphemeral(true)
                .setAllowedMentions(List.of())
                .submit());
      }
      case "buttons" ->
          track(
              id,
              event
                  .reply("page 1")
                  .setComponents(
                      ActionRow.of(
                          Button.primary("page:2", "Next"), Button.secondary("page:0", "Back")))
                  .setAllowedMentions(List.of())
                  .submit());
      case "post" -> {
        TextChannel channel = event.getOption("channel").getAsChannel().asTextChannel();
        track(
            id,
            event
                .deferReply(true)
                .submit()
                .thenCompose(
                    hook ->
                        channel
                            .sendMessage("posted")
                            .setAllowedMentions(List.of())
                            .submit()
                            .handle(
                                (Message message, Throwable error) ->
                                    hook.editOriginal(error == null ? "ok" : "failed: " + error)
                                        .submit()
                                        .thenApply(
                                            edited -> {
                                              if (error != null) {
                                                throw new IllegalStateException(error);
                                              }
                                              return message;
                                            }))
                            .thenCompose(f -> f)));
      }
      case "slow" -> {
        sleep(600);
        track(id, event.reply("too late").setAllowedMentions(List.of()).submit());
      }
      default -> track(id, event.reply("unknown").submit());
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    String typed = event.getFocusedOption().getValue();
    track(
        event.getIdLong(),
        event
            .replyChoices(
                new Command.Choice(typed + " one", typed + "-1"),
                new Command.Choice(typed + " two", typed + "-2"))
            .submit());
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    String page = event.getComponentId().substring("page:".length());
    track(
        event.getIdLong(),
        event
            .editMessage("page " + page)
            .setComponents(
                ActionRow.of(Button.primary("page:" + (Integer.parseInt(page) + 1), "Next")))
            .submit());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
