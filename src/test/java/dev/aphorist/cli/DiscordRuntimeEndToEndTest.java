package dev.aphorist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.Secret;
import dev.aphorist.config.ShardSlice;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.Fault;
import dev.aphorist.discord.sim.Permissions;
import dev.aphorist.discord.sim.RestRoute;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimInteraction;
import dev.aphorist.discord.sim.SimMessage;
import dev.aphorist.discord.sim.SimRole;
import dev.aphorist.discord.sim.SimUser;
import dev.aphorist.testing.MutableClock;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot as {@code aphorist run} starts it (configuration, embedded database, scheduler,
 * JDA) against the simulated Discord. The scheduler's clock is moved by hand; the post times are
 * hours away in real time, so Quartz's own triggers stay out of the way and the catch-up sweep
 * makes each post due, as after downtime.
 */
class DiscordRuntimeEndToEndTest {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @TempDir Path dir;

  private DiscordSimulator discord;
  private DiscordRuntime runtime;
  private MutableClock clock;
  private SimGuild guild;
  private SimChannel general;
  private SimUser admin;
  private SimUser member;
  private ZonedDateTime postAt;

  @BeforeEach
  void start() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/search/quotes.json")) {
      Files.copy(in, dir.resolve("quotes.json"), StandardCopyOption.REPLACE_EXISTING);
    }
    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
    SimRole managers = discord.createRole(guild, "managers", Permissions.MANAGE_GUILD);
    admin = discord.createUser("admin");
    discord.addMember(guild, admin, managers);
    member = discord.createUser("member");
    discord.addMember(guild, member);

    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    clock = new MutableClock(now);
    postAt = now.plus(Duration.ofHours(6)).atZone(ZoneOffset.UTC);
    runtime = DiscordRuntime.start(config(), clock);
    discord.awaitGlobalCommands(2);
  }

  private AphoristConfig config() {
    return new AphoristConfig(
        new AphoristConfig.Discord(
            new Secret(discord.token()),
            URI.create(discord.restUrl()),
            ShardSlice.ALL,
            Duration.ofSeconds(5),
            false),
        new AphoristConfig.Database("", "", Secret.NONE, 8, dir.resolve("data")),
        new AphoristConfig.CorpusSettings(dir.resolve("quotes.json"), false),
        new AphoristConfig.Commands(Duration.ofSeconds(30)),
        new AphoristConfig.Schedule(Duration.ofHours(3), 50, null),
        new AphoristConfig.Health(true, "127.0.0.1", 0));
  }

  @AfterEach
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
    if (discord != null) {
      assertThat(discord.schemaViolations()).isEmpty();
      discord.close();
    }
  }

  private SimMessage qotd(SimUser user, String sub, Map<String, Object> options) {
    var builder = discord.slashCommand("qotd").subcommand(sub).by(user).in(general);
    options.forEach(
        (name, value) -> {
          if (value instanceof SimChannel channel) {
            builder.option(name, channel);
          } else {
            builder.option(name, value.toString());
          }
        });
    return builder.send().awaitReply();
  }

  private SimMessage subscribe() {
    return qotd(admin, "subscribe", Map.of("channel", general, "time", HH_MM.format(postAt)));
  }

  /** Moves the scheduler's clock past the post time and lets it catch up. */
  private void reachPostTime(ZonedDateTime at) {
    clock.set(at.toInstant().plus(Duration.ofMinutes(1)));
    runtime.app().engine().sweepNow();
  }

  /** Messages the bot posted in #general itself (not answers to interactions). */
  private List<SimMessage> posts() {
    return discord.channelPosts().stream().filter(m -> m.channelId() == general.id()).toList();
  }

  private SimMessage awaitPost() {
    await().atMost(Duration.ofSeconds(30)).until(() -> !posts().isEmpty());
    return posts().get(0);
  }

  private static String quoteIdOf(SimMessage message) {
    return message.embed(0).path("footer").path("text").asText().replace("Quote ", "");
  }

  @Test
  void membersWithoutManageServerAreRefusedByTheBotItself() {
    SimMessage reply = qotd(member, "subscribe", Map.of("channel", general, "time", "09:00"));
    assertThat(reply.isEphemeral()).isTrue();
    assertThat(reply.content()).isEqualTo("You need the Manage Server permission to use /qotd.");
  }

  @Test
  void subscribingWhereTheBotCannotEmbedSaysExactlyWhatIsMissing() {
    discord.denyBot(general, Permissions.EMBED_LINKS);
    SimMessage reply = qotd(admin, "subscribe", Map.of("channel", general, "time", "09:00"));
    assertThat(reply.content())
        .isEqualTo(
            "I can't post in #general: I am missing Embed Links there. Grant it to my role and"
                + " subscribe again.");
  }

  @Test
  void anUnknownZoneGetsTheClosestMatchesAndAutocompleteFindsCities() {
    SimMessage reply =
        qotd(
            admin, "subscribe", Map.of("channel", general, "time", "09:00", "timezone", "Berlinn"));
    assertThat(reply.content()).contains("Europe/Berlin");
    List<SimInteraction.Choice> zones =
        discord
            .autocomplete("qotd")
            .subcommand("subscribe")
            .focused("timezone", "Berlin")
            .option("channel", general)
            .option("time", "09:00")
            .by(admin)
            .in(general)
            .send()
            .awaitChoices();
    assertThat(zones.get(0).value().asText()).isEqualTo("Europe/Berlin");
  }

  @Test
  void aSubscribedChannelGetsOneQuoteOfTheDayAtItsTime() {
    SimMessage subscribed = subscribe();
    assertThat(subscribed.content())
        .startsWith(
            "Subscribed <#" + general.id() + ">: every day at " + HH_MM.format(postAt) + " (UTC).");

    SimMessage status = qotd(admin, "status", Map.of());
    assertThat(status.embed(0).path("fields").get(0).path("name").asText()).isEqualTo("#general");

    SimMessage preview = qotd(admin, "preview", Map.of("channel", general));
    reachPostTime(postAt);

    SimMessage posted = awaitPost();
    assertThat(posted.embed(0).path("title").asText()).isEqualTo("Quote of the day");
    assertThat(quoteIdOf(posted)).isEqualTo(quoteIdOf(preview));
    assertThat(posted.nonce()).isNotBlank();
    assertThat(posted.enforceNonce()).isTrue();
    assertThat(posted.pings().anyone()).isFalse();

    SimMessage today =
        discord
            .slashCommand("quote")
            .subcommand("today")
            .by(member)
            .in(general)
            .send()
            .awaitReply();
    assertThat(quoteIdOf(today)).isEqualTo(quoteIdOf(posted));

    runtime.app().engine().sweepNow();
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> posts().size() == 1);
  }

  @Test
  void aRestartCatchesUpTheMissedPostOnce() throws Exception {
    subscribe();
    runtime.close();
    runtime = null;

    clock.set(postAt.toInstant().plus(Duration.ofMinutes(30)));
    runtime = DiscordRuntime.start(config(), clock);
    awaitPost();

    runtime.app().engine().sweepNow();
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> posts().size() == 1);
  }

  @Test
  void anOutageIsRetriedUntilDiscordRecoversWithoutADuplicate() {
    subscribe();
    discord.faults().always(RestRoute.CREATE_MESSAGE, Fault.status(503));
    reachPostTime(postAt);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> discord.requests(RestRoute.CREATE_MESSAGE).size() >= 1);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> qotd(admin, "status", Map.of()).embed(0).toString().contains("pending"));
    assertThat(posts()).isEmpty();

    discord.faults().clear();
    clock.advance(Duration.ofMinutes(20));
    SimMessage posted = awaitPost();
    assertThat(posted.embed(0).path("title").asText()).isEqualTo("Quote of the day");
    clock.advance(Duration.ofMinutes(20));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> posts().size() == 1);
  }

  @Test
  void aRevokedPermissionPausesTheSubscriptionWithoutARetryStorm() {
    subscribe();
    discord.denyBotQuietly(general, Permissions.SEND_MESSAGES);
    reachPostTime(postAt);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> qotd(admin, "status", Map.of()).embed(0).toString().contains("Paused"));
    String status =
        qotd(admin, "status", Map.of()).embed(0).path("fields").get(0).path("value").asText();
    assertThat(status).contains("missing permission in #general");
    int attempts = discord.requests(RestRoute.CREATE_MESSAGE).size();

    clock.advance(Duration.ofHours(2));
    runtime.app().engine().sweepNow();
    reachPostTime(postAt.plusDays(1));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> discord.requests(RestRoute.CREATE_MESSAGE).size() == attempts);
  }

  @Test
  void pauseResumeAndSkipAreConfirmed() {
    subscribe();
    assertThat(qotd(admin, "pause", Map.of("channel", general)).content())
        .isEqualTo("Paused <#" + general.id() + ">. /qotd resume starts it again.");
    assertThat(qotd(admin, "resume", Map.of("channel", general)).content())
        .startsWith("Resumed <#" + general.id() + ">. Next post: ");
    assertThat(qotd(admin, "skip", Map.of("channel", general)).content())
        .startsWith("The post of ")
        .endsWith(" in <#" + general.id() + "> will be skipped.");
    reachPostTime(postAt);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> posts().isEmpty());
    assertThat(qotd(admin, "unsubscribe", Map.of("channel", general)).content())
        .isEqualTo("Unsubscribed <#" + general.id() + ">.");
  }

  @Test
  void healthAndMetricsAreServedLocally() throws Exception {
    discord.slashCommand("quote").subcommand("about").by(member).in(general).send().awaitReply();
    int port = runtime.healthPort();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"shardsConnected\":1");
    String metrics =
        http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(metrics)
        .contains("aphorist_commands_total{command=\"/quote about\",outcome=\"ok\"} 1.0");
  }
}
