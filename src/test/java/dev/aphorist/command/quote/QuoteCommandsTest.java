package dev.aphorist.command.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aphorist.command.ActionId;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.Actor;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.Button;
import dev.aphorist.command.Card;
import dev.aphorist.command.CommandMetrics;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Permission;
import dev.aphorist.command.Place;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.InMemoryRotationStore;
import dev.aphorist.pick.RandomPicker;
import dev.aphorist.search.CorpusReloader;
import dev.aphorist.search.QuoteLibrary;
import dev.aphorist.testing.MutableClock;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteCommandsTest {

  private static final Actor MEMBER = new Actor(7, "Ada", Set.of(Permission.POST_IN_CHANNEL));
  private static final Actor READ_ONLY = new Actor(8, "Bob", Set.of());
  private static final Place CHANNEL = new Place(100, 200, "general");

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private Corpus corpus;
  private QuoteLibrary library;
  private CommandRouter router;
  private Path file;

  @BeforeEach
  void setUp() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/search/quotes.json")) {
      corpus = QuotesFile.parse(Path.of("quotes.json"), in);
    }
    file = dir.resolve("quotes.json");
    QuotesFile.write(file, corpus);
    library = new QuoteLibrary(corpus, clock.instant());
    QuoteCommands commands =
        new QuoteCommands(
            library,
            new DailyPicker(new InMemoryRotationStore(), clock),
            new RandomPicker(new SplittableRandom(42), 10),
            DailySettings.NONE,
            new CorpusReloader(file, library, clock),
            clock,
            Duration.ofSeconds(30),
            "1.2.3");
    router = new CommandRouter(List.of(commands), CommandMetrics.NONE, clock);
  }

  private Reply command(String sub, Map<String, String> options) {
    return router.handle(new CommandRequest("quote", sub, options, MEMBER, CHANNEL));
  }

  private Reply press(Button button, Actor actor) {
    return router.act(
        new ActionRequest(ActionId.decode(button.id()).orElseThrow(), actor, CHANNEL));
  }

  private static Button button(Reply reply, String label) {
    return reply.buttonRows().stream()
        .flatMap(List::stream)
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no button " + label + " in " + reply.buttonRows()));
  }

  private static String footerId(Card card) {
    return card.footer().substring("Quote ".length());
  }

  @Test
  void todayIsTheSameQuoteAllDayAndPrivateWithAPostButton() {
    Reply first = command("today", Map.of());
    clock.advance(Duration.ofHours(5));
    Reply later = command("today", Map.of());

    assertThat(first.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(first.cards().get(0).title())
        .isEqualTo("Quote of the day \u00b7 Sunday 22 November 2026");
    assertThat(footerId(later.cards().get(0))).isEqualTo(footerId(first.cards().get(0)));
    assertThat(button(first, "Post to channel").id()).startsWith("post|");

    clock.advance(Duration.ofDays(1));
    assertThat(footerId(command("today", Map.of()).cards().get(0)))
        .isNotEqualTo(footerId(first.cards().get(0)));
  }

  @Test
  void aQuoteCardShowsTextAuthorProfileSourceTopicsAndId() {
    Quote quote =
        corpus.quotes().stream()
            .filter(q -> q.author() != null && q.author().handle() != null)
            .findFirst()
            .orElseThrow();
    Card card = command("show", Map.of("id", quote.id())).cards().get(0);

    assertThat(card.body().plainText()).isEqualTo(quote.text());
    assertThat(card.authorName())
        .isEqualTo(quote.author().name() + " (@" + quote.author().handle() + ")");
    assertThat(card.authorUrl()).isEqualTo("https://x.com/" + quote.author().handle());
    assertThat(card.fields().get(0).name()).isEqualTo("Source");
    assertThat(card.fields().get(0).value().segments().get(0).url())
        .isEqualTo(quote.source().url());
    assertThat(card.fields().get(1).value().plainText()).contains(quote.tags().get(0));
    assertThat(card.footer()).isEqualTo("Quote " + quote.id());
  }

  @Test
  void randomHonoursTopicAndAuthorAndExplainsUnknownOnes() {
    Reply onTopic = command("random", Map.of("topic", "Distributed Systems"));
    String id = footerId(onTopic.cards().get(0));
    assertThat(corpus.find(id).orElseThrow().tags()).contains("distributed-systems");

    Reply byAuthor = command("random", Map.of("author", "marc brooker"));
    assertThat(byAuthor.cards().get(0).authorName()).startsWith("Marc Brooker");

    assertThat(command("random", Map.of("topic", "knitting")).message().plainText())
        .startsWith("No topic called \"knitting\". Topics include: ");
    assertThat(command("random", Map.of("author", "Joe Magerramoff")).message().plainText())
        .isEqualTo("No author called \"Joe Magerramoff\". Did you mean Joe Magerramov?");
  }

  @Test
  void anotherOneReplacesTheMessageWithADifferentQuote() {
    Reply first = command("random", Map.of());
    Reply second = press(button(first, "Another one"), MEMBER);
    assertThat(second.replacesOriginal()).isTrue();
    assertThat(footerId(second.cards().get(0))).isNotEqualTo(footerId(first.cards().get(0)));
  }

  @Test
  void searchPagesFiveAtATimeWithMarkedMatches() {
    Reply page1 = command("search", Map.of("query", "systems decisions"));
    Card card = page1.cards().get(0);
    assertThat(card.fields()).hasSize(QuoteCommands.PAGE_SIZE);
    assertThat(card.title()).startsWith("Results 1\u20135 of ");
    assertThat(card.fields().get(0).value().segments())
        .anySatisfy(s -> assertThat(s.style()).isEqualTo(Text.Style.BOLD));
    assertThat(button(page1, "Previous").disabled()).isTrue();
    assertThat(button(page1, "Post 1").id()).startsWith("post|");

    Reply page2 = press(button(page1, "Next"), MEMBER);
    assertThat(page2.replacesOriginal()).isTrue();
    assertThat(page2.cards().get(0).title()).startsWith("Results 6\u2013");
    assertThat(page2.cards().get(0).fields().get(0).value().plainText())
        .isNotEqualTo(card.fields().get(0).value().plainText());
    assertThat(button(page2, "Previous").disabled()).isFalse();
    assertThat(button(page2, "Post 6").id()).startsWith("post|");
  }

  @Test
  void aSearchTooLongForAButtonStillPages() {
    String query = "systems decisions " + "engineers ".repeat(700);
    Reply page1 = command("search", Map.of("query", query));
    Button next = button(page1, "Next");
    assertThat(next.id()).startsWith("pages|");
    Reply page2 = press(next, MEMBER);
    assertThat(page2.cards().get(0).title()).startsWith("Results 6\u2013");
  }

  @Test
  void typosStillFindAndNonsenseSaysNothingWasFound() {
    Reply typo = command("search", Map.of("query", "cahce invalidaton"));
    assertThat(typo.cards().get(0).fields().get(0).value().plainText()).contains("Caches");
    assertThat(typo.message().plainText())
        .isEqualTo(
            "Some words are in no quote as typed, so these results match close words, as in"
                + " \u201ccaches invalidaton\u201d."); // no quote of the fixture has "invalidation"
    assertThat(command("search", Map.of("query", "cache")).message().plainText()).isEmpty();

    Reply none = command("search", Map.of("query", "zzzzqqqq xxxyyy"));
    assertThat(none.cards()).isEmpty();
    assertThat(none.message().plainText()).startsWith("No quotes match \"zzzzqqqq xxxyyy\"");
  }

  @Test
  void aMisspeltPhraseOffersItsCorrectionAsAButton() {
    Reply reply = command("search", Map.of("query", "\"organizational cuopling\""));
    assertThat(reply.cards()).isEmpty();
    Button retry = reply.buttonRows().get(0).get(0);
    assertThat(retry.label()).isEqualTo("Search \u201c\"organizational coupling\"\u201d");
    assertThat(press(retry, MEMBER).cards()).isNotEmpty();
  }

  @Test
  void hostileQueriesNeverBreakTheCommand() {
    for (String query :
        List.of(
            "*:*",
            "\"unbalanced",
            "((",
            "\\",
            "\uD83D\uDE80\uD83D\uDE80",
            "   ",
            "a".repeat(6000))) {
      Reply reply = command("search", Map.of("query", query));
      assertThat(reply.message().plainText()).doesNotContain("went wrong");
    }
  }

  @Test
  void showExplainsAnUnknownIdAndOffersRelatedQuotes() {
    assertThat(command("show", Map.of("id", "nope")).message().plainText())
        .isEqualTo("No quote has the id \"nope\". Find one with /quote search.");

    Quote quote = corpus.quotes().get(0);
    Reply shown = command("show", Map.of("id", quote.id().toUpperCase()));
    Reply related = press(button(shown, "More like this"), MEMBER);
    assertThat(related.cards().get(0).fields()).isNotEmpty();
    assertThat(related.cards().get(0).fields())
        .noneSatisfy(f -> assertThat(f.value().plainText()).contains(quote.id()));
  }

  @Test
  void postingIsPublicSaysWhoAskedAndIsRateLimitedPerMember() {
    Reply today = command("today", Map.of());
    Button post = button(today, "Post to channel");

    Reply posted = press(post, MEMBER);
    assertThat(posted.visibility()).isEqualTo(Reply.Visibility.PUBLIC);
    assertThat(posted.message().segments())
        .anySatisfy(s -> assertThat(s.style()).isEqualTo(Text.Style.USER));
    assertThat(posted.message().segments().get(1).id()).isEqualTo(MEMBER.userId());
    assertThat(posted.buttonRows()).isEmpty();

    clock.advance(Duration.ofSeconds(10));
    Reply tooSoon = press(post, MEMBER);
    assertThat(tooSoon.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(tooSoon.message().plainText())
        .isEqualTo("You can post another quote here in 20 seconds.");

    Actor other = new Actor(9, "Cy", Set.of(Permission.POST_IN_CHANNEL));
    assertThat(press(post, other).visibility()).isEqualTo(Reply.Visibility.PUBLIC);

    clock.advance(Duration.ofSeconds(20));
    assertThat(press(post, MEMBER).visibility()).isEqualTo(Reply.Visibility.PUBLIC);
  }

  @Test
  void aMemberWhoCannotPostInTheChannelCannotPostThroughTheBot() {
    Button post = button(command("today", Map.of()), "Post to channel");
    Reply refused = press(post, READ_ONLY);
    assertThat(refused.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
    assertThat(refused.message().plainText()).contains("can't send messages in this channel");
  }

  @Test
  void autocompleteOffersWordsAuthorsTopicsAndQuotesById() {
    assertThat(choices("search", "query", "cach")).isNotEmpty();
    assertThat(choices("search", "author", "mar"))
        .extracting(OptionSpec.Choice::value)
        .contains("Marc Brooker");
    assertThat(choices("random", "topic", "distrib"))
        .extracting(OptionSpec.Choice::value)
        .contains("distributed-systems");
    List<OptionSpec.Choice> ids = choices("show", "id", "caches outage");
    assertThat(ids).isNotEmpty();
    assertThat(corpus.find(ids.get(0).value()).orElseThrow().text()).contains("Caches");
    assertThat(ids).allSatisfy(c -> assertThat(c.name()).hasSizeLessThanOrEqualTo(100));
  }

  private List<OptionSpec.Choice> choices(String sub, String option, String partial) {
    return router.autocomplete(
        new AutocompleteRequest("quote", sub, option, partial, Map.of(), MEMBER, CHANNEL));
  }

  @Test
  void aboutCountsQuotesAuthorsAndSources() {
    Card card = command("about", Map.of()).cards().get(0);
    assertThat(card.title()).isEqualTo("Aphorist 1.2.3");
    assertThat(card.body().plainText())
        .startsWith(corpus.size() + " engineering aphorisms by 4 authors");
    assertThat(card.fields()).extracting(Card.Field::name).contains("Authors", "Topics", "Sources");
  }

  @Test
  void reloadNeedsManageServerAndReportsWhatChanged() throws Exception {
    assertThat(command("reload", Map.of()).message().plainText())
        .isEqualTo("You need the Manage Server permission to use /quote reload.");

    Actor admin = new Actor(1, "Admin", Set.of(Permission.MANAGE_SERVER));
    QuotesFile.write(file, new Corpus(corpus.quotes().subList(0, 10)));
    Reply reloaded = router.handle(new CommandRequest("quote", "reload", Map.of(), admin, CHANNEL));
    assertThat(reloaded.message().plainText())
        .isEqualTo("Reloaded: 10 quotes (was " + corpus.size() + ").");
    assertThat(library.current().corpus().size()).isEqualTo(10);
  }
}
