package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.CommandMetrics;
import dev.aphorist.command.CommandModule;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Reply;
import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.Secret;
import dev.aphorist.config.ShardSlice;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimMessage;
import dev.aphorist.discord.sim.SimUser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shards connect before the rest of the application is ready ({@link DiscordBot#login}); what
 * members ask in between gets a short "starting" answer, and everything after {@link
 * DiscordBot#start} goes to the router.
 */
class DiscordBotLoginTest {

  /** /hello greet: answers "hello". */
  private static final class Hello implements CommandModule {
    @Override
    public CommandSpec spec() {
      return new CommandSpec(
          "hello",
          "greets",
          List.of(new CommandSpec.SubcommandSpec("greet", "greets", List.of())),
          null,
          false);
    }

    @Override
    public Reply handle(CommandRequest request) {
      return Reply.privateNotice("hello");
    }

    @Override
    public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
      return List.of(new OptionSpec.Choice("a", "a"));
    }

    @Override
    public List<String> actionVerbs() {
      return List.of();
    }

    @Override
    public Reply act(ActionRequest request) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void interactionsBeforeStartAreToldToRetryAndAfterItGoToTheRouter() throws Exception {
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      // Nothing is registered before start(): let the members send the command anyway.
      discord.requireRegisteredCommands(false);
      SimGuild guild = discord.createGuild("Lab");
      SimChannel general = discord.createTextChannel(guild, "general");
      SimUser alice = discord.createUser("alice");
      discord.addMember(guild, alice);
      DiscordBot bot =
          DiscordBot.create(
              new AphoristConfig.Discord(
                  new Secret(discord.token()),
                  URI.create(discord.restUrl()),
                  ShardSlice.ALL,
                  Duration.ofSeconds(5),
                  false));
      try {
        bot.login();
        discord.awaitConnected(0);
        SimMessage early = greet(discord, alice, general);
        assertThat(early.content()).isEqualTo(InteractionListener.STARTING_MESSAGE);
        assertThat(early.isEphemeral()).isTrue();
        assertThat(
                discord
                    .autocomplete("hello")
                    .subcommand("greet")
                    .focused("x", "a")
                    .by(alice)
                    .in(general)
                    .send()
                    .awaitChoices())
            .isEmpty();

        bot.start(new CommandRouter(List.of(new Hello()), CommandMetrics.NONE, Clock.systemUTC()));
        discord.awaitGlobalCommands(1);
        SimMessage later = greet(discord, alice, general);
        assertThat(later.content()).isEqualTo("hello");
        assertThat(discord.identifyCount()).isEqualTo(1);
      } finally {
        bot.close();
      }
      assertThat(discord.schemaViolations()).isEmpty();
    }
  }

  private static SimMessage greet(DiscordSimulator discord, SimUser alice, SimChannel general) {
    return discord
        .slashCommand("hello")
        .subcommand("greet")
        .by(alice)
        .in(general)
        .send()
        .awaitReply();
  }
}
