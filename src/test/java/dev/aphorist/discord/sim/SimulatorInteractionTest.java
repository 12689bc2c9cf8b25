package dev.aphorist.discord.sim;

import static dev.aphorist.discord.sim.DiscordSchemas.assumeSpecFound;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorInteractionTest {
  private final PingListener listener = new PingListener();
  private DiscordSimulator discord;
  private ShardManager manager;
  private SimGuild guild;
  private SimChannel general;
  private SimChannel other;
  private SimUser alice;

  @BeforeAll
  void start() {
    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
    other = discord.createTextChannel(guild, "other");
    alice = discord.createUser("alice");
    discord.addMember(guild, alice);
    manager =
        SimulatedJda.awaitConnected(
            SimulatedJda.shardManager(discord).addEventListeners(listener).build(), 1);
    manager.getShardById(0).updateCommands().addCommands(PingListener.command()).complete();
  }

  @AfterAll
  void stop() {
    manager.shutdown();
    discord.close();
  }

  @Test
  void commandRegistrationIsKeptWithIds() {
    List<com.fasterxml.jackson.databind.JsonNode> commands = discord.globalCommands();
    assertThat(commands)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path("name").asText()).isEqualTo("ping");
              assertThat(c.path("id").asText()).isNotBlank();
              assertThat(c.path("options").size()).isEqualTo(8);
            });
    assertThat(discord.requests(RestRoute.PUT_GLOBAL_COMMANDS))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(200));
  }

  @Test
  void replyArrivesAsTheOriginalMessage() {
    SimInteraction ping =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();

    SimMessage reply = ping.awaitReply();

    assertThat(reply.content()).isEqualTo("pong to " + alice.mention());
    assertThat(reply.pings().anyone()).isFalse();
    assertThat(reply.allowedMentions().path("parse")).isEmpty();
    assertThat(reply.source()).isEqualTo(SimMessage.Source.INTERACTION_RESPONSE);
    assertThat(ping.callbackType()).isEqualTo(4);
    assertThat(discord.requests(RestRoute.INTERACTION_CALLBACK))
        .anySatisfy(r -> assertThat(r.query()).containsEntry("with_response", "true"));
  }

  @Test
  void deferThenEditShowsTheEdit() {
    SimInteraction ping =
        discord
            .slashCommand("ping")
            .subcommand("defer")
            .option("private", true)
            .by(alice)
            .in(general)
            .send();

    SimMessage reply = ping.awaitReply();

    assertThat(reply.content()).isEqualTo("done after a while");
    assertThat(reply.isEphemeral()).isTrue();
    assertThat(reply.isLoading()).isFalse();
    assertThat(ping.acceptedResponses())
        .extracting(InteractionResponse::kind)
        .containsExactly(InteractionResponse.Kind.CALLBACK, InteractionResponse.Kind.EDIT_ORIGINAL);
    assertThat(ping.responses().get(0).callbackType()).isEqualTo(5);
  }

  @Test
  void followUpComesAfterTheReply() {
    SimInteraction ping =
        discord.slashCommand("ping").subcommand("follow").by(alice).in(general).send();

    List<SimMessage> followups = ping.awaitFollowups(1);

    assertThat(ping.awaitReply().content()).isEqualTo("first");
    assertThat(followups).extracting(SimMessage::content).containsExactly("second");
    assertThat(followups.get(0).source()).isEqualTo(SimMessage.Source.FOLLOWUP);
  }

  @Test
  void optionsIncludingAChannelReachTheBot() {
    SimInteraction echo =
        discord
            .slashCommand("ping")
            .subcommand("echo")
            .option("text", "ab")
            .option("where", other)
            .option("times", 2)
            .by(alice)
            .in(general)
            .send();

    assertThat(echo.awaitReply().content()).isEqualTo("abab in other");
    assertThat(echo.awaitReply().isEphemeral()).isTrue();
  }

  @Test
  void subcommandGroupsReachTheBot() {
    SimInteraction status =
        discord
            .slashCommand("ping")
            .subcommandGroup("admin")
            .subcommand("status")
            .by(alice)
            .in(general)
            .send();

    assertThat(status.awaitReply().content()).isEqualTo("status ok");
  }

  @Test
  void autocompleteAnswersWithChoicesForTheFocusedOption() {
    SimInteraction typing =
        discord
            .autocomplete("ping")
            .subcommand("echo")
            .focused("text", "cach")
            .by(alice)
            .in(general)
            .send();

    assertThat(typing.awaitChoices())
        .extracting(SimInteraction.Choice::name)
        .containsExactly("cach one", "cach two");
    assertThat(typing.callbackType()).isEqualTo(8);
  }

  @Test
  void buttonPressUpdatesTheMessage() {
    SimInteraction buttons =
        discord.slashCommand("ping").subcommand("buttons").by(alice).in(general).send();
    SimMessage page1 = buttons.awaitReply();
    assertThat(page1.buttonCustomIds()).containsExactly("page:2", "page:0");

    SimInteraction press = discord.buttonPress(page1, "page:2").by(alice).send();

    SimMessage page2 = press.awaitReply();
    assertThat(press.callbackType()).isEqualTo(7);
    assertThat(page2.id()).isEqualTo(page1.id());
    assertThat(page2.content()).isEqualTo("page 2");
    assertThat(page2.buttonCustomIds()).containsExactly("page:3");
    assertThat(discord.messageVersions(page1.id())).hasSize(2);
  }

  @Test
  void commandsWorkInDirectMessages() {
    SimInteraction ping = discord.slashCommand("ping").subcommand("reply").by(alice).inDm().send();

    SimMessage reply = ping.awaitReply();
    assertThat(reply.channelId()).isEqualTo(discord.dmChannel(alice).id());
    assertThat(reply.guildId()).isZero();
  }

  @Test
  void aLateCallbackIsAnUnknownInteraction() throws Exception {
    discord.setInteractionDeadline(Duration.ofMillis(200));
    try {
      SimInteraction slow =
          discord.slashCommand("ping").subcommand("slow").by(alice).in(general).send();

      InteractionResponse rejected =
          slow.awaitResponse(
              r -> r.kind() == InteractionResponse.Kind.CALLBACK, Duration.ofSeconds(5));
      assertThat(rejected.status()).isEqualTo(404);
      assertThat(rejected.errorCode()).isEqualTo(10062);
      assertThat(slow.isAcknowledged()).isFalse();
      Throwable failure = listener.outcome(slow.id()).handle((v, e) -> e).get(5, TimeUnit.SECONDS);
      assertThat(errorResponse(failure).getErrorResponse())
          .isEqualTo(ErrorResponse.UNKNOWN_INTERACTION);
    } finally {
      discord.setInteractionDeadline(Duration.ofSeconds(3));
    }
  }

  @Test
  void aSecondInitialCallbackIsAlreadyAcknowledged() throws Exception {
    SimInteraction ping =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();
    ping.awaitReply();

    HttpResponse<String> second =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            discord.restUrl()
                                + "interactions/"
                                + Long.toUnsignedString(ping.id())
                                + "/"
                                + ping.token()
                                + "/callback"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"type\":4,\"data\":{\"content\":\"again\"}}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.body()).contains("40060");
    assertThat(ping.responses())
        .extracting(InteractionResponse::errorCode)
        .containsExactly(0, 40060);
  }

  @Test
  void everyBodyTheBotSentMatchesDiscordsSchemas() {
    discord.slashCommand("ping").subcommand("buttons").by(alice).in(general).send().awaitReply();
    assumeSpecFound(discord);
    assertThat(discord.schemaViolations()).isEmpty();
  }

  /** The first ErrorResponseException in the cause chain (JDA wraps its own in context). */
  static ErrorResponseException errorResponse(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ErrorResponseException error) {
        return error;
      }
    }
    throw new AssertionError("no ErrorResponseException in " + failure, failure);
  }
}
