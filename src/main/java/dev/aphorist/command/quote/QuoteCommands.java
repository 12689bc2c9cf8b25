package dev.aphorist.command.quote;

import dev.aphorist.command.ActionId;
import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.Button;
import dev.aphorist.command.Card;
import dev.aphorist.command.CommandModule;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.CommandSpec.SubcommandSpec;
import dev.aphorist.command.Limits;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Permission;
import dev.aphorist.command.Place;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import dev.aphorist.command.UserError;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.DailyQuote;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.pick.RandomPicker;
import dev.aphorist.search.CorpusReloader;
import dev.aphorist.search.QuoteIndex;
import dev.aphorist.search.QuoteLibrary;
import dev.aphorist.search.SearchHit;
import dev.aphorist.search.SearchRequest;
import dev.aphorist.search.SearchResult;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /quote}: today's quote, random picks, search, show by id, about, and reload. Lookups
 * answer privately, with a button to post the quote to the channel; a posted quote says who shared
 * it, and a per-member cooldown keeps anyone from flooding a channel.
 */
public final class QuoteCommands implements CommandModule {

  static final int PAGE_SIZE = 5;
  static final int SUGGESTIONS = 25;

  static final String POST = "post";
  static final String ANOTHER = "another";
  static final String RELATED = "related";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

  private static final CommandSpec SPEC =
      new CommandSpec(
          "quote",
          "Engineering aphorisms: today's quote, random picks and search",
          List.of(
              new SubcommandSpec("today", "The quote of the day for this channel", List.of()),
              new SubcommandSpec(
                  "random",
                  "A random quote, optionally on a topic or by an author",
                  List.of(topicOption(), authorOption())),
              new SubcommandSpec(
                  "search",
                  "Search the quotes; \"double quotes\" for a phrase",
                  List.of(
                      OptionSpec.suggested(
                          "query", "Words to look for", true, OptionSpec.DISCORD_MAX_STRING),
                      authorOption(),
                      topicOption())),
              new SubcommandSpec(
                  "show",
                  "Show a quote by its id",
                  List.of(
                      OptionSpec.suggested(
                          "id", "The quote's id (type words to find it)", true, 100))),
              new SubcommandSpec("about", "About Aphorist and its quotes", List.of()),
              new SubcommandSpec(
                  "reload",
                  "Reload the quotes file (server managers)",
                  List.of(),
                  Permission.MANAGE_SERVER)),
          null,
          false);

  private final QuoteLibrary library;
  private final DailyPicker daily;
  private final RandomPicker random;
  private final DailySettings dailySettings;
  private final Cooldowns cooldowns;
  private final CorpusReloader reloader;
  private final SearchState searches = new SearchState();
  private final String version;

  public QuoteCommands(
      QuoteLibrary library,
      DailyPicker daily,
      RandomPicker random,
      DailySettings dailySettings,
      CorpusReloader reloader,
      Clock clock,
      Duration publicCooldown,
      String version) {
    this.library = library;
    this.daily = daily;
    this.random = random;
    this.dailySettings = dailySettings;
    this.reloader = reloader;
    this.cooldowns = new Cooldowns(clock, publicCooldown);
    this.version = version;
  }

  private static OptionSpec topicOption() {
    return OptionSpec.suggested("topic", "Only quotes on this topic", false, 100);
  }

  private static OptionSpec authorOption() {
    return OptionSpec.suggested("author", "Only quotes by this author", false, 100);
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    QuoteLibrary.Snapshot snapshot = library.current();
    return switch (request.subcommand()) {
      case "today" -> today(snapshot.corpus(), request.place());
      case "random" ->
          random(
              snapshot,
              request.place(),
              request.option("topic").orElse(""),
              request.option("author").orElse(""),
              false);
      case "search" ->
          searchPage(
              snapshot.index(),
              new SearchState.Search(
                  request.option("query").orElse(""),
                  request.option("author").orElse(""),
                  request.option("topic").orElse("")),
              0,
              false);
      case "show" -> show(snapshot.corpus(), request.option("id").orElse(""));
      case "about" -> about(snapshot);
      case "reload" -> reload();
      default -> throw new UserError("Unknown command /quote " + request.subcommand() + ".");
    };
  }

  @Override
  public List<String> actionVerbs() {
    return List.of(POST, ANOTHER, RELATED, SearchState.PAGE_VERB, SearchState.STORED_PAGE_VERB);
  }

  @Override
  public Reply act(ActionRequest request) {
    QuoteLibrary.Snapshot snapshot = library.current();
    ActionId action = request.action();
    return switch (action.verb()) {
      case POST -> post(snapshot.corpus(), request, action.arg(0));
      case ANOTHER -> random(snapshot, request.place(), action.arg(0), action.arg(1), true);
      case RELATED -> related(snapshot, action.arg(0));
      default ->
          searches
              .resolve(action)
              .map(page -> searchPage(snapshot.index(), page.getKey(), page.getValue(), true))
              .orElseThrow(
                  () -> new UserError("This search has expired. Please run /quote search again."));
    };
  }

  @Override
  public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
    QuoteIndex index = library.current().index();
    String partial = request.partial();
    return switch (request.option()) {
      case "query" -> same(index.complete(partial, SUGGESTIONS));
      case "author" -> same(index.completeAuthor(partial, SUGGESTIONS));
      case "topic" -> same(index.completeTag(partial, SUGGESTIONS));
      case "id" -> idChoices(library.current(), partial);
      default -> List.of();
    };
  }

  private Reply today(Corpus corpus, Place place) {
    DailySettings.Setting setting = dailySettings.forChannel(place.channelId());
    DailyQuote quote =
        daily
            .today(corpus, place.channelId(), setting.zone(), setting.filter())
            .orElseThrow(() -> new UserError("There are no quotes to choose from yet."));
    String heading = "Quote of the day \u00b7 " + DAY.format(quote.pick().date());
    return new Reply(
        Reply.Visibility.PRIVATE,
        Text.EMPTY,
        List.of(QuoteCards.card(quote.quote(), heading)),
        List.of(List.of(postButton(quote.quote()))),
        false);
  }

  private Reply random(
      QuoteLibrary.Snapshot snapshot,
      Place place,
      String topic,
      String author,
      boolean replacesOriginal) {
    PickFilter filter = QuoteFilters.of(snapshot.index(), topic, author);
    Quote quote =
        random
            .pick(snapshot.corpus(), place.channelId(), filter)
            .orElseThrow(() -> new UserError(noQuotesFor(topic, author)));
    random.noteShown(place.channelId(), quote.id());
    List<Button> buttons = new ArrayList<>();
    buttons.add(postButton(quote));
    ActionId another = ActionId.of(ANOTHER, topic, author);
    if (another.encodedLength() <= Button.MAX_ID) {
      buttons.add(Button.of(another.encode(), "Another one", Button.Style.SECONDARY));
    }
    return new Reply(
        Reply.Visibility.PRIVATE,
        Text.EMPTY,
        List.of(QuoteCards.card(quote, null)),
        List.of(buttons),
        replacesOriginal);
  }

  private static String noQuotesFor(String topic, String author) {
    if (topic.isBlank() && author.isBlank()) {
      return "There are no quotes to choose from yet.";
    }
    return "No quotes match "
        + (topic.isBlank() ? "" : "the topic \"" + topic + "\"")
        + (!topic.isBlank() && !author.isBlank() ? " by " : "")
        + (author.isBlank() ? "" : (topic.isBlank() ? "the author " : "") + author)
        + ".";
  }

  private Reply searchPage(
      QuoteIndex index, SearchState.Search search, int page, boolean replacesOriginal) {
    SearchResult result =
        index.search(
            new SearchRequest(
                search.query(), search.author(), search.topic(), page * PAGE_SIZE, PAGE_SIZE));
    if (result.hits().isEmpty()) {
      List<List<Button>> rows = new ArrayList<>();
      if (page == 0 && result.didYouMean().isPresent()) {
        String suggestion = result.didYouMean().get();
        ActionId retry =
            searches.pageAction(
                new SearchState.Search(suggestion, search.author(), search.topic()), 0);
        rows.add(
            List.of(
                Button.of(
                    retry.encode(),
                    Limits.cut("Search \u201c" + suggestion + "\u201d", Button.MAX_LABEL),
                    Button.Style.PRIMARY)));
      }
      String message =
          page == 0 ? result.nothingFoundMessage() : "There are no more results for this search.";
      return new Reply(Reply.Visibility.PRIVATE, Text.plain(message), List.of(), rows, false);
    }
    int first = page * PAGE_SIZE + 1;
    int last = first + result.hits().size() - 1;
    String total =
        result.totalHitsExact() ? Long.toString(result.totalHits()) : result.totalHits() + "+";
    String title = "Results " + first + "\u2013" + last + " of " + total + describe(search);
    List<Card.Field> fields = new ArrayList<>();
    List<Button> posts = new ArrayList<>();
    for (int i = 0; i < result.hits().size(); i++) {
      SearchHit hit = result.hits().get(i);
      int number = first + i;
      fields.add(
          new Card.Field(
              number + " \u00b7 " + QuoteCards.authorLine(hit.quote().author()),
              Text.builder()
                  .append(QuoteCards.marked(hit))
                  .plain("\n")
                  .code(hit.quote().id())
                  .build(),
              false));
      posts.add(
          Button.of(
              ActionId.of(POST, hit.quote().id()).encode(),
              "Post " + number,
              Button.Style.SECONDARY));
    }
    long pages = (result.totalHits() + PAGE_SIZE - 1) / PAGE_SIZE;
    // A count that is only a lower bound may stop right at this page's end: offer the next page
    // (it says so if it turns out empty).
    boolean hasNext =
        result.totalHits() > (long) (page + 1) * PAGE_SIZE || !result.totalHitsExact();
    List<Button> navigation =
        List.of(
            new Button(
                searches.pageAction(search, Math.max(0, page - 1)).encode(),
                "Previous",
                Button.Style.SECONDARY,
                page == 0),
            new Button(
                searches.pageAction(search, page + 1).encode(),
                "Next",
                Button.Style.SECONDARY,
                !hasNext));
    List<String> notes = new ArrayList<>();
    if (result.truncated()) {
      notes.add("Your search was long, so only its beginning was used.");
    }
    // Close words are searched too; say so, or "simple" finding quotes on "single" looks wrong.
    result
        .didYouMean()
        .ifPresent(
            close ->
                notes.add(
                    "Some words are in no quote as typed, so these results match close words, as"
                        + " in \u201c"
                        + close
                        + "\u201d."));
    Text message = notes.isEmpty() ? Text.EMPTY : Text.plain(String.join("\n", notes));
    Card card =
        new Card(
            title,
            null,
            null,
            null,
            Text.EMPTY,
            fields,
            "Page " + (page + 1) + " of " + (result.totalHitsExact() ? pages : pages + "+"));
    return new Reply(
        Reply.Visibility.PRIVATE,
        message,
        List.of(card),
        List.of(posts, navigation),
        replacesOriginal);
  }

  private static String describe(SearchState.Search search) {
    StringBuilder out = new StringBuilder();
    if (!search.query().isBlank()) {
      out.append(" for \u201c").append(Limits.cut(search.query().strip(), 60)).append('\u201d');
    }
    if (!search.author().isBlank()) {
      out.append(" by ").append(Limits.cut(search.author().strip(), 40));
    }
    if (!search.topic().isBlank()) {
      out.append(" on ").append(Limits.cut(search.topic().strip(), 40));
    }
    return out.toString();
  }

  private Reply show(Corpus corpus, String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    Quote quote =
        corpus
            .find(wanted)
            .orElseThrow(
                () ->
                    new UserError(
                        "No quote has the id \""
                            + Limits.cut(id.strip(), 40)
                            + "\". Find one with /quote search."));
    return new Reply(
        Reply.Visibility.PRIVATE,
        Text.EMPTY,
        List.of(QuoteCards.card(quote, null)),
        List.of(
            List.of(
                postButton(quote),
                Button.of(
                    ActionId.of(RELATED, quote.id()).encode(),
                    "More like this",
                    Button.Style.SECONDARY))),
        false);
  }

  private Reply related(QuoteLibrary.Snapshot snapshot, String id) {
    List<Quote> related = snapshot.index().moreLikeThis(id, PAGE_SIZE);
    if (related.isEmpty()) {
      return Reply.privateNotice("No related quotes found.");
    }
    List<Card.Field> fields = new ArrayList<>();
    List<Button> posts = new ArrayList<>();
    for (int i = 0; i < related.size(); i++) {
      Quote quote = related.get(i);
      fields.add(
          new Card.Field(
              (i + 1) + " \u00b7 " + QuoteCards.authorLine(quote.author()),
              Text.builder().plain(quote.text()).plain("\n").code(quote.id()).build(),
              false));
      posts.add(
          Button.of(
              ActionId.of(POST, quote.id()).encode(), "Post " + (i + 1), Button.Style.SECONDARY));
    }
    Card card = new Card("More like " + id, null, null, null, Text.EMPTY, fields, null);
    return new Reply(Reply.Visibility.PRIVATE, Text.EMPTY, List.of(card), List.of(posts), false);
  }

  private Reply post(Corpus corpus, ActionRequest request, String quoteId) {
    Quote quote =
        corpus
            .find(quoteId)
            .orElseThrow(() -> new UserError("That quote is no longer in the collection."));
    if (!request.actor().has(Permission.POST_IN_CHANNEL)) {
      throw new UserError(
          "You can't send messages in this channel, so Aphorist won't post there for you.");
    }
    Optional<Duration> wait =
        cooldowns.tryPost(request.actor().userId(), request.place().channelId());
    if (wait.isPresent()) {
      throw new UserError(
          "You can post another quote here in " + Cooldowns.describe(wait.get()) + ".");
    }
    random.noteShown(request.place().channelId(), quote.id());
    Text sharedBy =
        Text.builder()
            .plain("Shared by ")
            .user(request.actor().userId(), request.actor().displayName())
            .build();
    return new Reply(
        Reply.Visibility.PUBLIC, sharedBy, List.of(QuoteCards.card(quote, null)), List.of(), false);
  }

  private Reply about(QuoteLibrary.Snapshot snapshot) {
    Corpus corpus = snapshot.corpus();
    QuoteIndex index = snapshot.index();
    long authors =
        corpus.quotes().stream()
            .map(Quote::authorName)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .count();
    Map<String, dev.aphorist.corpus.Source> sources = new java.util.TreeMap<>();
    corpus.quotes().forEach(q -> sources.putIfAbsent(q.source().displayTitle(), q.source()));
    Text.Builder sourceLinks = Text.builder();
    int shown = 0;
    for (dev.aphorist.corpus.Source source : sources.values()) {
      if (shown == 10) {
        sourceLinks.plain("\n\u2026 and " + (sources.size() - shown) + " more");
        break;
      }
      if (shown > 0) {
        sourceLinks.plain("\n");
      }
      sourceLinks.link(source.displayTitle(), source.url());
      shown++;
    }
    List<Card.Field> fields = new ArrayList<>();
    fields.add(
        new Card.Field(
            "Authors", Text.plain(String.join(", ", index.completeAuthor("", 10))), false));
    fields.add(
        new Card.Field("Topics", Text.plain(String.join(", ", index.completeTag("", 15))), false));
    if (!sources.isEmpty()) {
      fields.add(new Card.Field("Sources", sourceLinks.build(), false));
    }
    Text body =
        Text.plain(
            corpus.size()
                + " engineering aphorisms by "
                + authors
                + " authors, from "
                + sources.size()
                + " sources. A quote of the day for your channels: /qotd subscribe.");
    return new Reply(
        Reply.Visibility.PRIVATE,
        Text.EMPTY,
        List.of(new Card("Aphorist " + version, null, null, null, body, fields, null)),
        List.of(),
        false);
  }

  private Reply reload() {
    if (reloader == null) {
      throw new UserError("Reloading is not available in this process.");
    }
    CorpusReloader.Outcome outcome = reloader.reload();
    if (outcome.failed()) {
      return Reply.privateNotice(
          "Not reloaded: " + outcome.problem() + " Still serving " + outcome.before() + " quotes.");
    }
    return Reply.privateNotice(
        outcome.changed()
            ? "Reloaded: " + outcome.after() + " quotes (was " + outcome.before() + ")."
            : "No change: the file holds the " + outcome.after() + " quotes already served.");
  }

  private static Button postButton(Quote quote) {
    return Button.of(
        ActionId.of(POST, quote.id()).encode(), "Post to channel", Button.Style.PRIMARY);
  }

  private static List<OptionSpec.Choice> same(List<String> values) {
    return values.stream().map(v -> new OptionSpec.Choice(v, v)).toList();
  }

  /** Quotes whose text matches what was typed, by id; an id prefix finds its quote directly. */
  private static List<OptionSpec.Choice> idChoices(QuoteLibrary.Snapshot snapshot, String partial) {
    List<OptionSpec.Choice> choices = new ArrayList<>();
    String typed = partial.strip().toLowerCase(Locale.ROOT);
    snapshot.corpus().find(typed).ifPresent(q -> choices.add(idChoice(q)));
    if (typed.isEmpty()) {
      return choices;
    }
    for (SearchHit hit :
        snapshot.index().search(new SearchRequest(partial, null, null, 0, SUGGESTIONS)).hits()) {
      if (choices.size() == SUGGESTIONS) {
        break;
      }
      if (choices.stream().noneMatch(c -> c.value().equals(hit.quote().id()))) {
        choices.add(idChoice(hit.quote()));
      }
    }
    return choices;
  }

  private static OptionSpec.Choice idChoice(Quote quote) {
    String author = quote.authorName() == null ? "" : " \u2014 " + quote.authorName();
    String label = Limits.cut(quote.text(), 100 - author.length()) + author;
    return new OptionSpec.Choice(Limits.cut(label, 100), quote.id());
  }
}
