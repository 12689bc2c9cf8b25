package dev.aphorist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.Fault;
import dev.aphorist.discord.sim.InteractionResponse;
import dev.aphorist.discord.sim.RestRoute;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimInteraction;
import dev.aphorist.discord.sim.SimUser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aphorist run} as its own process: on SIGTERM, a reply already on its way to Discord still
 * arrives, and then the process closes its connection and exits.
 */
class ShutdownEndToEndTest {

  @TempDir Path dir;

  @Test
  void sigtermLetsTheReplyInFlightFinishThenExits() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/search/quotes.json")) {
      Files.copy(in, dir.resolve("quotes.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    try (DiscordSimulator discord = DiscordSimulator.start()) {
      SimGuild guild = discord.createGuild("Lab");
      SimChannel general = discord.createTextChannel(guild, "general");
      SimUser alice = discord.createUser("alice");
      discord.addMember(guild, alice);
      Path config = BotProcess.writeConfig(dir, discord, dir.resolve("quotes.json"), null);
      Process bot =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-Xmx256m",
                  Main.class.getName(),
                  "run",
                  "--config",
                  config.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("bot.log").toFile())
              .start();
      try {
        discord.awaitGlobalCommands(2);
        // The first answer fails with 502: JDA retries it half a second later, so the reply is
        // still on its way when SIGTERM arrives, and only an orderly shutdown lets it through.
        discord.faults().next(RestRoute.INTERACTION_CALLBACK, 1, Fault.status(502));
        SimInteraction about =
            discord.slashCommand("quote").subcommand("about").by(alice).in(general).send();
        await().atMost(Duration.ofSeconds(60)).until(() -> discord.faults().pending() == 0);
        bot.destroy();

        assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        List<InteractionResponse> accepted = about.acceptedResponses();
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).callbackType()).isEqualTo(4);
        assertThat(discord.requests(RestRoute.INTERACTION_CALLBACK)).hasSize(2);
        assertThat(discord.sessions()).noneMatch(s -> s.connected());
        String log = Files.readString(dir.resolve("bot.log"));
        assertThat(log).contains("shutting down");
        // The database stays open until the shutdown is done with it.
        assertThat(log).doesNotContain("Database is already closed");
      } finally {
        bot.destroyForcibly();
      }
    }
  }
}
