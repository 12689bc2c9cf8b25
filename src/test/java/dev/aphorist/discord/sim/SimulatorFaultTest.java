package dev.aphorist.discord.sim;

import static dev.aphorist.discord.sim.SimulatorInteractionTest.errorResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorFaultTest {
  private final PingListener listener = new PingListener();
  private DiscordSimulator discord;
  private ShardManager manager;
  private SimGuild guild;
  private SimChannel general;
  private SimUser alice;

  @BeforeAll
  void start() {
    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
    alice = discord.createUser("alice");
    discord.addMember(guild, alice);
    manager =
        SimulatedJda.awaitConnected(
            SimulatedJda.shardManager(discord).addEventListeners(listener).build(), 1);
    manager.getShardById(0).updateCommands().addCommands(PingListener.command()).complete();
  }

  @AfterEach
  void reset() {
    discord.setInteractionDeadline(Duration.ofSeconds(3));
    discord.faults().clear();
    discord.disableGlobalRateLimit();
    discord.clearRecords();
  }

  @AfterAll
  void stop() {
    manager.shutdown();
    discord.close();
  }

  private TextChannel channel(SimChannel channel) {
    return manager.getTextChannelById(channel.id());
  }

  private Message post(SimChannel where, String text) throws Exception {
    return channel(where)
        .sendMessage(text)
        .setAllowedMentions(List.of())
        .submit()
        .get(15, TimeUnit.SECONDS);
  }

  @Test
  void aRateLimitedPostIsRetriedWithTheSameNonceAndPostedOnce() throws Exception {
    discord.faults().next(RestRoute.CREATE_MESSAGE, 1, Fault.rateLimited(1));
    int before = discord.messagesIn(general).size();

    Message sent = post(general, "after a 429");

    List<RecordedRequest> attempts = discord.requests(RestRoute.CREATE_MESSAGE);
    assertThat(attempts).extracting(RecordedRequest::status).containsExactly(429, 200);
    assertThat(attempts.get(0).json().get("nonce")).isEqualTo(attempts.get(1).json().get("nonce"));
    assertThat(discord.messagesIn(general)).hasSize(before + 1);
    assertThat(discord.message(sent.getIdLong()))
        .get()
        .extracting(SimMessage::content)
        .isEqualTo("after a 429");
    assertThat(discord.rateLimitResponses()).isEqualTo(1);
    assertThat(discord.globalRateLimitResponses()).isZero();
  }

  @Test
  void aGlobalRateLimitIsWaitedOut() throws Exception {
    discord.faults().next(RestRoute.CREATE_MESSAGE, 1, Fault.globalRateLimited(1));

    post(general, "after a global 429");

    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .extracting(RecordedRequest::status)
        .containsExactly(429, 200);
  }

  @Test
  void a502IsRetriedByJda() throws Exception {
    discord.faults().next(RestRoute.CREATE_MESSAGE, 1, Fault.status(502));

    post(general, "after a 502");

    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .extracting(RecordedRequest::status)
        .containsExactly(502, 200);
  }

  @Test
  void a500ReachesTheCaller() {
    discord.faults().next(RestRoute.CREATE_MESSAGE, 1, Fault.status(500));

    assertThatThrownBy(() -> post(general, "never"))
        .isInstanceOf(ExecutionException.class)
        .satisfies(e -> assertThat(errorResponse(e).getErrorCode()).isZero())
        .satisfies(e -> assertThat(errorResponse(e).getResponse().code).isEqualTo(500));
    assertThat(discord.requests(RestRoute.CREATE_MESSAGE)).hasSize(1);
  }

  @Test
  void aLostAnswerRetriedWithTheSameNonceDoesNotPostTwice() throws Exception {
    discord.faults().next(RestRoute.CREATE_MESSAGE, 1, Fault.lostResponse(502));
    int before = discord.messagesIn(general).size();

    Message sent = post(general, "only once");

    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .extracting(RecordedRequest::status)
        .containsExactly(502, 200);
    assertThat(discord.messagesIn(general)).hasSize(before + 1);
    assertThat(discord.messagesIn(general).get(before).id()).isEqualTo(sent.getIdLong());
  }

  @Test
  void enforceNonceReturnsTheExistingMessage() throws Exception {
    int before = discord.messagesIn(general).size();
    TextChannel text = channel(general);

    Message first = text.sendMessage("quote of the day").setNonce("qotd-2026-11-22").submit().get();
    Message second =
        text.sendMessage("quote of the day").setNonce("qotd-2026-11-22").submit().get();
    Message other = text.sendMessage("quote of the day").setNonce("qotd-2026-11-23").submit().get();

    assertThat(second.getIdLong()).isEqualTo(first.getIdLong());
    assertThat(other.getIdLong()).isNotEqualTo(first.getIdLong());
    assertThat(discord.messagesIn(general)).hasSize(before + 2);
    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .allSatisfy(r -> assertThat(r.json().get("enforce_nonce").asBoolean()).isTrue());
  }

  @Test
  void aPostWithoutPermissionGets50013() {
    SimChannel locked = discord.createTextChannel(guild, "locked");
    await().until(() -> channel(locked) != null);
    discord.denyBotQuietly(locked, Permissions.SEND_MESSAGES);

    assertThatThrownBy(() -> post(locked, "nope"))
        .satisfies(
            e ->
                assertThat(errorResponse(e).getErrorResponse())
                    .isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .singleElement()
        .satisfies(r -> assertThat(r.errorCode()).isEqualTo(50013));
  }

  @Test
  void aPostFromASlashCommandWithoutPermissionReportsTheFailure() throws Exception {
    SimChannel locked = discord.createTextChannel(guild, "announcements");
    await().until(() -> channel(locked) != null);
    discord.denyBotQuietly(locked, Permissions.SEND_MESSAGES);

    SimInteraction post =
        discord
            .slashCommand("ping")
            .subcommand("post")
            .option("channel", locked)
            .by(alice)
            .in(general)
            .send();

    assertThat(post.awaitReply().content()).contains("failed").contains("50013");
    Throwable failure = listener.outcome(post.id()).handle((v, e) -> e).get(10, TimeUnit.SECONDS);
    assertThat(errorResponse(failure).getErrorCode()).isEqualTo(50013);
  }

  @Test
  void anAnnouncedRevocationReachesJdasCache() {
    SimChannel quiet = discord.createTextChannel(guild, "quiet");
    await().until(() -> channel(quiet) != null);

    discord.denyBot(quiet, Permissions.SEND_MESSAGES | Permissions.EMBED_LINKS);

    await()
        .untilAsserted(
            () ->
                assertThat(
                        channel(quiet)
                            .getGuild()
                            .getSelfMember()
                            .hasPermission(
                                channel(quiet), net.dv8tion.jda.api.Permission.MESSAGE_SEND))
                    .isFalse());
    assertThatThrownBy(() -> channel(quiet).sendMessage("x").queue())
        .isInstanceOf(InsufficientPermissionException.class);
    assertThat(discord.botPermissions(quiet) & Permissions.SEND_MESSAGES).isZero();
  }

  @Test
  void aPostToADeletedChannelGets10003() {
    SimChannel doomed = discord.createTextChannel(guild, "doomed");
    await().until(() -> channel(doomed) != null);
    TextChannel stale = channel(doomed);

    discord.deleteChannel(doomed);
    await().until(() -> channel(doomed) == null);

    assertThatThrownBy(() -> stale.sendMessage("hello?").submit().get(10, TimeUnit.SECONDS))
        .satisfies(
            e ->
                assertThat(errorResponse(e).getErrorResponse())
                    .isEqualTo(ErrorResponse.UNKNOWN_CHANNEL));
  }

  @Test
  void theGlobalRateLimitAnswers429BeyondItsRate() throws Exception {
    discord.enforceGlobalRateLimit(5);
    List<CompletableFuture<Message>> sends = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sends.add(channel(general).sendMessage("burst " + i).submit());
    }
    for (CompletableFuture<Message> send : sends) {
      send.get(30, TimeUnit.SECONDS);
    }

    assertThat(discord.globalRateLimitResponses()).isPositive();
    assertThat(discord.requests(RestRoute.CREATE_MESSAGE))
        .filteredOn(r -> r.status() == 429)
        .allSatisfy(r -> assertThat(r.response().get("global").asBoolean()).isTrue());
    assertThat(discord.messagesIn(general))
        .extracting(SimMessage::content)
        .contains("burst 0", "burst 11");
  }

  @Test
  void aClosedConnectionResumesAndLaterEventsArrive() {
    int resumes = discord.resumeCount();
    int identifies = discord.identifyCount();
    JDA shard = manager.getShardById(0);

    // The reply waits for the reconnect; a loaded machine must not turn that into a 10062.
    discord.setInteractionDeadline(Duration.ofSeconds(15));
    discord.closeShard(0, 4000);
    SimInteraction duringOutage =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();

    await().atMost(Duration.ofSeconds(15)).until(() -> discord.resumeCount() > resumes);
    assertThat(duringOutage.awaitReply().content()).startsWith("pong");
    SimInteraction after =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();
    assertThat(after.awaitReply().content()).startsWith("pong");
    assertThat(shard.getStatus()).isEqualTo(JDA.Status.CONNECTED);
    assertThat(discord.identifyCount()).isEqualTo(identifies);
  }

  @Test
  void anInvalidSessionMakesJdaIdentifyAgain() {
    int identifies = discord.identifyCount();

    discord.invalidateSession(0, false);

    await().atMost(Duration.ofSeconds(20)).until(() -> discord.identifyCount() > identifies);
    SimulatedJda.awaitConnected(manager, 1);
    SimInteraction after =
        discord.slashCommand("ping").subcommand("reply").by(alice).in(general).send();
    assertThat(after.awaitReply().content()).startsWith("pong");
  }
}
