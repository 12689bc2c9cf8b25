package dev.aphorist.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.CommandMetrics;
import dev.aphorist.command.CommandModule;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Reply;
import dev.aphorist.command.quote.DailySettings;
import dev.aphorist.command.quote.QuoteCommands;
import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.Secret;
import dev.aphorist.config.ShardSlice;
import dev.aphorist.corpus.Author;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.DocumentKind;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuoteId;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.corpus.Source;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.Fault;
import dev.aphorist.discord.sim.RestRoute;
import dev.aphorist.discord.sim.SimChannel;
import dev.aphorist.discord.sim.SimGuild;
import dev.aphorist.discord.sim.SimInteraction;
import dev.aphorist.discord.sim.SimMessage;
import dev.aphorist.discord.sim.SimUser;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.InMemoryRotationStore;
import dev.aphorist.pick.RandomPicker;
import dev.aphorist.search.QuoteLibrary;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real bot (JDA, shard manager, router, /quote) against the simulated Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteBotEndToEndTest {

  static final String MENTIONS_TEXT =
      "Posting @everyone or @here (or <@1234> and @ here) pings people: *never* do it __lightly__.";

  private DiscordSimulator discord;
  private DiscordBot bot;
  private SimGuild guild;
  private SimChannel general;
  private SimUser alice;
  private Corpus corpus;
  private Quote mentions;

  /** A module whose one subcommand takes longer than the acknowledgement budget. */
  private static final class SlowModule implements CommandModule {
    @Override
    public CommandSpec spec() {
      return new CommandSpec(
          "slow",
          "takes its time",
          List.of(new CommandSpec.SubcommandSpec("work", "works slowly", List.of())),
          null,
          false);
    }

    @Override
    public Reply handle(CommandRequest request) {
      try {
        Thread.sleep(2_500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Reply.privateNotice("done at last");
    }

    @Override
    public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
      return List.of();
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

  @BeforeAll
  void start() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/search/quotes.json")) {
      corpus = QuotesFile.parse(Path.of("quotes.json"), in);
    }
    mentions =
        new Quote(
            QuoteId.of(MENTIONS_TEXT),
            MENTIONS_TEXT,
            new Author("Tester", "tester"),
            new Source(
                "test.txt", "Test [source]", DocumentKind.BLOG_POST, "https://example.com/a"),
            List.of("teams"),
            0.5,
            null);
    List<Quote> quotes = new ArrayList<>(corpus.quotes());
    quotes.add(mentions);
    corpus = new Corpus(quotes);

    discord = DiscordSimulator.start();
    guild = discord.createGuild("Lab");
    general = discord.createTextChannel(guild, "general");
    alice = discord.createUser("alice");
    discord.addMember(guild, alice);

    Clock clock = Clock.systemUTC();
    QuoteLibrary library = new QuoteLibrary(corpus, clock.instant());
    CommandRouter router =
        new CommandRouter(
            List.of(
                new QuoteCommands(
                    library,
                    new DailyPicker(new InMemoryRotationStore(), clock),
                    new RandomPicker(),
                    DailySettings.NONE,
                    null,
                    clock,
                    Duration.ofMinutes(1),
                    "test"),
                new SlowModule()),
            CommandMetrics.NONE,
            clock);
    bot = DiscordBot.start(settings(discord.token()), router);
    discord.awaitGlobalCommands(2);
  }

  private AphoristConfig.Discord settings(String token) {
    return new AphoristConfig.Discord(
        new Secret(token),
        URI.create(discord.restUrl()),
        ShardSlice.ALL,
        Duration.ofSeconds(5),
        false);
  }

  @AfterAll
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (discord != null) {
      assertThat(discord.schemaViolations())
          .as("request bodies against Discord's schemas")
          .isEmpty();
      discord.close();
    }
  }

  private SimInteraction quote(String sub, Map<String, String> options) {
    var builder = discord.slashCommand("quote").subcommand(sub).by(alice).in(general);
    options.forEach(builder::option);
    return builder.send();
  }

  private static String footer(SimMessage message) {
    return message.embed(0).path("footer").path("text").asText();
  }

  private static void assertMentionsOff(SimMessage message) {
    assertThat(message.allowedMentions().path("parse").size()).isZero();
    assertThat(message.pings().anyone()).isFalse();
  }

  @Test
  void bodiesAreCheckedAgainstDiscordsSchemasWhereTheDescriptionExists() {
    boolean specBesideProject =
        java.nio.file.Files.exists(Path.of("..", "shared", "discord-api-spec", "openapi.json"));
    assumeTrue(specBesideProject, "Discord's OpenAPI description is not beside the project");
    assertThat(discord.schemaValidationActive()).isTrue();
  }

  @Test
  void registersTheQuoteCommandWithItsSubcommandsAndOptions() {
    JsonNode quote =
        discord.globalCommands().stream()
            .filter(c -> c.path("name").asText().equals("quote"))
            .findFirst()
            .orElseThrow();
    List<String> subcommands = new ArrayList<>();
    quote.path("options").forEach(o -> subcommands.add(o.path("name").asText()));
    assertThat(subcommands).containsExactly("today", "random", "search", "show", "about", "reload");
    JsonNode search = quote.path("options").get(2);
    assertThat(search.path("options").get(0).path("name").asText()).isEqualTo("query");
    assertThat(search.path("options").get(0).path("autocomplete").asBoolean()).isTrue();
    assertThat(search.path("options").get(0).path("required").asBoolean()).isTrue();
  }

  @Test
  void todayAnswersPrivatelyWithAnEmbedAndAPostButton() {
    SimMessage reply = quote("today", Map.of()).awaitReply();

    assertThat(reply.isEphemeral()).isTrue();
    assertThat(reply.embed(0).path("title").asText()).startsWith("Quote of the day");
    assertThat(footer(reply)).startsWith("Quote ");
    assertThat(reply.buttonLabels()).containsExactly("Post to channel");
    assertMentionsOff(reply);

    String again = footer(quote("today", Map.of()).awaitReply());
    assertThat(again).isEqualTo(footer(reply));
  }

  @Test
  void postingSharesTheQuotePubliclyOnceThenTheCooldownSaysWait() {
    SimMessage shown = quote("random", Map.of("topic", "writing")).awaitReply();
    String postId =
        shown.buttonCustomIds().stream()
            .filter(id -> id.startsWith("post|"))
            .findFirst()
            .orElseThrow();

    SimMessage posted =
        discord.buttonPress(shown, postId).by(alice).in(general).send().awaitReply();
    assertThat(posted.isEphemeral()).isFalse();
    assertThat(posted.content()).isEqualTo("Shared by <@" + alice.id() + ">");
    assertThat(footer(posted)).isEqualTo(footer(shown));
    assertMentionsOff(posted);

    SimMessage refused =
        discord.buttonPress(shown, postId).by(alice).in(general).send().awaitReply();
    assertThat(refused.isEphemeral()).isTrue();
    assertThat(refused.content()).startsWith("You can post another quote here in ");
  }

  @Test
  void searchPagesWithButtonsThatUpdateTheMessage() {
    SimMessage page1 = quote("search", Map.of("query", "systems decisions")).awaitReply();
    assertThat(page1.isEphemeral()).isTrue();
    assertThat(page1.embed(0).path("fields").size()).isEqualTo(5);
    assertThat(page1.embed(0).path("fields").get(0).path("value").asText()).contains("**");
    assertThat(page1.buttonLabels())
        .containsExactly("Post 1", "Post 2", "Post 3", "Post 4", "Post 5", "Previous", "Next");

    String next =
        page1.buttonCustomIds().stream()
            .filter(id -> id.startsWith("page|1|"))
            .findFirst()
            .orElseThrow();
    SimInteraction press = discord.buttonPress(page1, next).by(alice).in(general).send();
    SimMessage page2 = press.awaitReply();
    assertThat(press.callbackType()).isEqualTo(7);
    assertThat(page2.embed(0).path("title").asText()).startsWith("Results 6\u2013");
    assertMentionsOff(page2);
  }

  @Test
  void autocompleteSuggestsWordsAuthorsTopicsAndQuotes() {
    List<SimInteraction.Choice> words =
        discord
            .autocomplete("quote")
            .subcommand("search")
            .focused("query", "cach")
            .by(alice)
            .in(general)
            .send()
            .awaitChoices();
    assertThat(words).isNotEmpty();

    List<SimInteraction.Choice> authors =
        discord
            .autocomplete("quote")
            .subcommand("random")
            .focused("author", "mar")
            .by(alice)
            .in(general)
            .send()
            .awaitChoices();
    assertThat(authors).extracting(SimInteraction.Choice::name).contains("Marc Brooker");

    List<SimInteraction.Choice> ids =
        discord
            .autocomplete("quote")
            .subcommand("show")
            .focused("id", "pings people")
            .by(alice)
            .in(general)
            .send()
            .awaitChoices();
    assertThat(ids.get(0).value().asText()).isEqualTo(mentions.id());
    assertThat(ids).allSatisfy(c -> assertThat(c.name()).hasSizeLessThanOrEqualTo(100));
  }

  @Test
  void quoteTextIsEscapedAndCanNeverPingAnyone() {
    SimMessage shown = quote("show", Map.of("id", mentions.id())).awaitReply();
    String description = shown.embed(0).path("description").asText();
    assertThat(description)
        .contains("@\u200beveryone")
        .contains("@\u200bhere")
        .contains("\\<@1234\\>")
        .contains("\\*never\\*")
        .contains("\\_\\_lightly\\_\\_");
    assertMentionsOff(shown);

    String postId =
        shown.buttonCustomIds().stream()
            .filter(id -> id.startsWith("post|"))
            .findFirst()
            .orElseThrow();
    SimUser bob = discord.createUser("bob");
    discord.addMember(guild, bob);
    SimMessage posted = discord.buttonPress(shown, postId).by(bob).in(general).send().awaitReply();
    assertThat(posted.isEphemeral()).isFalse();
    assertMentionsOff(posted);
    assertThat(posted.embed(0).path("description").asText()).isEqualTo(description);
  }

  @Test
  void mistakesGetAShortPrivateMessage() {
    SimMessage unknown = quote("show", Map.of("id", "doesnotexist")).awaitReply();
    assertThat(unknown.isEphemeral()).isTrue();
    assertThat(unknown.content()).startsWith("No quote has the id");

    SimMessage nothing = quote("search", Map.of("query", "zzzqqq xyzzy")).awaitReply();
    assertThat(nothing.isEphemeral()).isTrue();
    assertThat(nothing.content()).startsWith("No quotes match");

    SimMessage reload = quote("reload", Map.of()).awaitReply();
    assertThat(reload.content())
        .isEqualTo("You need the Manage Server permission to use /quote reload.");
  }

  @Test
  void worksInDirectMessages() {
    SimMessage reply =
        discord.slashCommand("quote").subcommand("about").by(alice).inDm().send().awaitReply();
    assertThat(reply.embed(0).path("title").asText()).isEqualTo("Aphorist test");
  }

  @Test
  void slowWorkIsDeferredWithinDiscordsDeadlineAndThenShown() {
    SimInteraction slow =
        discord.slashCommand("slow").subcommand("work").by(alice).in(general).send();
    SimMessage reply = slow.awaitReply(Duration.ofSeconds(15));
    assertThat(slow.acceptedResponses().get(0).callbackType()).isEqualTo(5);
    assertThat(reply.content()).isEqualTo("done at last");
    assertThat(reply.isEphemeral()).isTrue();
    assertThat(slow.responses()).allSatisfy(r -> assertThat(r.errorCode()).isZero());
  }

  @Test
  void transientDiscordErrorsAreRetried() {
    discord.faults().next(RestRoute.INTERACTION_CALLBACK, 1, Fault.status(502));
    SimMessage after502 = quote("about", Map.of()).awaitReply(Duration.ofSeconds(10));
    assertThat(after502.embedCount()).isEqualTo(1);

    discord.faults().next(RestRoute.INTERACTION_CALLBACK, 1, Fault.rateLimited(1));
    SimMessage after429 = quote("about", Map.of()).awaitReply(Duration.ofSeconds(10));
    assertThat(after429.embedCount()).isEqualTo(1);
  }

  @Test
  void aGatewayCloseIsResumedAndCommandsStillWork() {
    int resumes = discord.resumeCount();
    discord.closeShard(0, 4000);
    discord.awaitConnected(0);
    SimMessage reply = quote("about", Map.of()).awaitReply(Duration.ofSeconds(15));
    assertThat(reply.embedCount()).isEqualTo(1);
    assertThat(discord.resumeCount()).isGreaterThan(resumes);
  }

  @Test
  void aRejectedTokenStopsTheStartWithAClearError() {
    discord.rejectToken(true);
    try {
      assertThatThrownBy(
              () ->
                  DiscordBot.start(
                      settings("not-a-valid-token"),
                      new CommandRouter(List.of(), CommandMetrics.NONE, Clock.systemUTC())))
          .isInstanceOf(TokenRejectedException.class)
          .hasMessage("token rejected by Discord");
    } finally {
      discord.rejectToken(false);
    }
  }
}
