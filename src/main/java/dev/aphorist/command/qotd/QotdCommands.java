package dev.aphorist.command.qotd;

import dev.aphorist.command.ActionRequest;
import dev.aphorist.command.AutocompleteRequest;
import dev.aphorist.command.Card;
import dev.aphorist.command.CommandModule;
import dev.aphorist.command.CommandRequest;
import dev.aphorist.command.CommandSpec;
import dev.aphorist.command.CommandSpec.SubcommandSpec;
import dev.aphorist.command.Limits;
import dev.aphorist.command.OptionSpec;
import dev.aphorist.command.Permission;
import dev.aphorist.command.Reply;
import dev.aphorist.command.Text;
import dev.aphorist.command.UserError;
import dev.aphorist.command.quote.QuoteCards;
import dev.aphorist.command.quote.QuoteFilters;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.DailyQuote;
import dev.aphorist.pick.PickFilter;
import dev.aphorist.schedule.DaysRule;
import dev.aphorist.schedule.Delivery;
import dev.aphorist.schedule.PostingSchedule;
import dev.aphorist.schedule.Slot;
import dev.aphorist.schedule.Subscription;
import dev.aphorist.schedule.SubscriptionRequest;
import dev.aphorist.schedule.SubscriptionService;
import dev.aphorist.schedule.SubscriptionStatus;
import dev.aphorist.schedule.ZoneMatcher;
import dev.aphorist.search.QuoteLibrary;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /qotd}: a server's quote-of-the-day subscriptions, one per channel. Only members who may
 * manage the server use it; the router checks that on the bot's side, whatever Discord shows.
 */
public final class QotdCommands implements CommandModule {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm z", Locale.ENGLISH);
  private static final List<String> DAY_CHOICES =
      List.of("every day", "weekdays", "weekends", "mon,wed,fri", "tue,thu", "mon-thu");
  private static final int SUGGESTIONS = 25;
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static final CommandSpec SPEC =
      new CommandSpec(
          "qotd",
          "Schedule a quote of the day in this server's channels",
          List.of(
              new SubcommandSpec(
                  "subscribe",
                  "Post a quote of the day in a channel (again: update it)",
                  List.of(
                      OptionSpec.channel("channel", "Where to post", true),
                      new OptionSpec(
                          "time",
                          "When, as HH:MM on a 24-hour clock",
                          OptionSpec.OptionType.STRING,
                          true,
                          false,
                          5,
                          List.of()),
                      OptionSpec.suggested(
                          "timezone",
                          "IANA time zone, e.g. Europe/Berlin (default UTC)",
                          false,
                          64),
                      OptionSpec.suggested(
                          "days",
                          "every day, weekdays, weekends, or a list like mon,wed,fri",
                          false,
                          64),
                      OptionSpec.suggested("topic", "Only quotes on this topic", false, 100))),
              new SubcommandSpec(
                  "unsubscribe",
                  "Stop the quote of the day in a channel",
                  List.of(OptionSpec.channel("channel", "The subscribed channel", true))),
              new SubcommandSpec("status", "Every subscription of this server", List.of()),
              new SubcommandSpec(
                  "preview",
                  "What will be posted next in a channel",
                  List.of(OptionSpec.channel("channel", "The subscribed channel", true))),
              new SubcommandSpec(
                  "pause",
                  "Pause a channel's quote of the day",
                  List.of(OptionSpec.channel("channel", "The subscribed channel", true))),
              new SubcommandSpec(
                  "resume",
                  "Resume a paused channel",
                  List.of(OptionSpec.channel("channel", "The subscribed channel", true))),
              new SubcommandSpec(
                  "skip",
                  "Skip the next post in a channel",
                  List.of(OptionSpec.channel("channel", "The subscribed channel", true)))),
          Permission.MANAGE_SERVER,
          true);

  private final SubscriptionService subscriptions;
  private final ZoneMatcher zones;
  private final ChannelAccess access;
  private final QuoteLibrary library;
  private final DailyPicker daily;
  private final Clock clock;

  public QotdCommands(
      SubscriptionService subscriptions,
      ZoneMatcher zones,
      ChannelAccess access,
      QuoteLibrary library,
      DailyPicker daily,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.zones = zones;
    this.access = access;
    this.library = library;
    this.daily = daily;
    this.clock = clock;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply handle(CommandRequest request) {
    if (request.subcommand().equals("status")) {
      return status(request.place().guildId());
    }
    long channelId = channel(request);
    return switch (request.subcommand()) {
      case "subscribe" -> subscribe(request, channelId);
      case "unsubscribe" ->
          notice(
              subscriptions.unsubscribe(channelId)
                  ? Text.builder()
                      .plain("Unsubscribed ")
                      .channel(channelId, name(request, channelId))
                      .plain(".")
                  : notSubscribed(request, channelId));
      case "preview" -> preview(request, channelId);
      case "pause" -> pause(request, channelId);
      case "resume" -> resume(request, channelId);
      case "skip" -> skip(request, channelId);
      default -> throw new UserError("Unknown command /qotd " + request.subcommand() + ".");
    };
  }

  private Reply subscribe(CommandRequest request, long channelId) {
    long guildId = request.place().guildId();
    ChannelAccess.Check check = access.check(guildId, channelId);
    if (check instanceof ChannelAccess.Check.Missing missing) {
      throw new UserError(
          "I can't post in #"
              + missing.channelName()
              + ": I am missing "
              + String.join(", ", missing.permissions())
              + " there. Grant "
              + (missing.permissions().size() == 1 ? "it" : "them")
              + " to my role and subscribe again.");
    }
    if (!(check instanceof ChannelAccess.Check.Ready ready)) {
      throw new UserError("That is not a text channel of this server.");
    }
    String channelName = ready.channelName();
    LocalTime time = parse(() -> PostingSchedule.parseTime(request.option("time").orElse("")));
    ZoneId zone =
        request.option("timezone").isPresent()
            ? parse(() -> zones.resolve(request.option("timezone").get()))
            : UTC;
    DaysRule days = parse(() -> DaysRule.parse(request.option("days").orElse("")));
    String topic =
        request
            .option("topic")
            .map(t -> QuoteFilters.topic(library.current().index(), t))
            .orElse(null);
    boolean existed = subscriptions.find(channelId).isPresent();
    Subscription subscription =
        subscriptions.subscribe(
            new SubscriptionRequest(
                guildId,
                channelId,
                new PostingSchedule(time, zone, days),
                topic,
                request.actor().userId()));
    Text.Builder text =
        Text.builder()
            .plain(existed ? "Updated " : "Subscribed ")
            .channel(channelId, channelName)
            .plain(": " + describe(subscription) + ".");
    subscriptions
        .nextPost(channelId)
        .ifPresent(next -> text.plain(" Next post: ").append(when(next.at())).plain("."));
    return notice(text);
  }

  private Reply status(long guildId) {
    List<SubscriptionStatus> all = subscriptions.status(guildId, ZoneOffset.UTC);
    if (all.isEmpty()) {
      return Reply.privateNotice(
          "No channel of this server has a quote of the day yet. Start one with /qotd subscribe.");
    }
    List<Card.Field> fields = new ArrayList<>();
    for (SubscriptionStatus status : all) {
      Subscription subscription = status.subscription();
      Text.Builder value = Text.builder().plain(capitalized(describe(subscription)) + ".\n");
      if (subscription.paused()) {
        value.bold("Paused").plain(": " + subscription.pauseReason() + ".\n");
      } else if (status.next() != null) {
        value.plain("Next: ").append(when(status.next().at())).plain("\n");
      }
      Delivery last = status.lastDelivery();
      if (last != null) {
        value.plain(
            "Last: " + last.localDate() + " " + last.status().name().toLowerCase(Locale.ROOT));
        if (last.reason() != null && !last.status().name().equals("SENT")) {
          value.plain(" (" + Limits.cut(last.reason(), 200) + ")");
        }
      }
      fields.add(new Card.Field("#" + channelLabel(subscription), value.build(), false));
      if (fields.size() == 25) {
        break;
      }
    }
    Card card =
        new Card(
            "Quote of the day in this server",
            null,
            null,
            null,
            Text.EMPTY,
            fields,
            all.size() > fields.size()
                ? "Showing " + fields.size() + " of " + all.size() + " subscriptions"
                : null);
    return new Reply(Reply.Visibility.PRIVATE, Text.EMPTY, List.of(card), List.of(), false);
  }

  private Reply preview(CommandRequest request, long channelId) {
    Subscription subscription = subscribed(request, channelId);
    Slot next =
        subscriptions
            .nextPost(channelId)
            .orElseThrow(() -> new UserError("This subscription has no upcoming post."));
    PickFilter filter =
        subscription.topic() == null ? PickFilter.ANY : PickFilter.byTag(subscription.topic());
    DailyQuote quote =
        daily
            .pick(library.current().corpus(), channelId, next.date(), filter)
            .orElseThrow(() -> new UserError("There are no quotes to choose from yet."));
    Text heading =
        Text.builder()
            .plain("Next in ")
            .channel(channelId, name(request, channelId))
            .plain(": ")
            .append(when(next.at()))
            .plain(subscription.paused() ? " (paused: it will not post until resumed)" : "")
            .build();
    return new Reply(
        Reply.Visibility.PRIVATE,
        heading,
        List.of(QuoteCards.card(quote.quote(), "Quote of the day")),
        List.of(),
        false);
  }

  private Reply pause(CommandRequest request, long channelId) {
    subscribed(request, channelId);
    subscriptions.pause(channelId, "paused by " + request.actor().displayName());
    return notice(
        Text.builder()
            .plain("Paused ")
            .channel(channelId, name(request, channelId))
            .plain(". /qotd resume starts it again."));
  }

  private Reply resume(CommandRequest request, long channelId) {
    subscribed(request, channelId);
    subscriptions.resume(channelId);
    Text.Builder text =
        Text.builder().plain("Resumed ").channel(channelId, name(request, channelId)).plain(".");
    subscriptions
        .nextPost(channelId)
        .ifPresent(next -> text.plain(" Next post: ").append(when(next.at())).plain("."));
    return notice(text);
  }

  private Reply skip(CommandRequest request, long channelId) {
    subscribed(request, channelId);
    Slot skipped = subscriptions.skipNext(channelId).orElseThrow();
    return notice(
        Text.builder()
            .plain("The post of ")
            .append(when(skipped.at()))
            .plain(" in ")
            .channel(channelId, name(request, channelId))
            .plain(" will be skipped."));
  }

  @Override
  public List<OptionSpec.Choice> autocomplete(AutocompleteRequest request) {
    return switch (request.option()) {
      case "timezone" ->
          zones.closest(request.partial(), SUGGESTIONS).stream()
              .map(zone -> new OptionSpec.Choice(zoneLabel(zone), zone.getId()))
              .toList();
      case "days" -> days(request.partial());
      case "topic" ->
          library.current().index().completeTag(request.partial(), SUGGESTIONS).stream()
              .map(tag -> new OptionSpec.Choice(tag, tag))
              .toList();
      default -> List.of();
    };
  }

  @Override
  public List<String> actionVerbs() {
    return List.of();
  }

  @Override
  public Reply act(ActionRequest request) {
    throw new UserError("This button no longer works.");
  }

  private static List<OptionSpec.Choice> days(String partial) {
    Set<String> values = new LinkedHashSet<>();
    if (!partial.isBlank()) {
      try {
        values.add(DaysRule.parse(partial).toString());
      } catch (IllegalArgumentException notYet) {
        // Still being typed: offer the usual rules.
      }
    }
    String typed = partial.strip().toLowerCase(Locale.ROOT);
    DAY_CHOICES.stream().filter(c -> c.startsWith(typed) || typed.isEmpty()).forEach(values::add);
    if (values.isEmpty()) {
      values.addAll(DAY_CHOICES);
    }
    return values.stream().map(v -> new OptionSpec.Choice(v, v)).toList();
  }

  private String zoneLabel(ZoneId zone) {
    ZonedDateTime now = clock.instant().atZone(zone);
    return zone.getId()
        + " \u00b7 UTC"
        + (now.getOffset().getTotalSeconds() == 0 ? "" : now.getOffset().getId())
        + " \u00b7 "
        + now.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static long channel(CommandRequest request) {
    String value = request.option("channel").orElseThrow(() -> new UserError("Choose a channel."));
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UserError("That is not a channel.");
    }
  }

  private Subscription subscribed(CommandRequest request, long channelId) {
    return subscriptions
        .find(channelId)
        .filter(s -> s.guildId() == request.place().guildId())
        .orElseThrow(
            () ->
                new UserError(
                    "#"
                        + name(request, channelId)
                        + " has no quote of the day. Start one with /qotd subscribe."));
  }

  private Text.Builder notSubscribed(CommandRequest request, long channelId) {
    return Text.builder()
        .channel(channelId, name(request, channelId))
        .plain(" has no quote of the day.");
  }

  private String name(CommandRequest request, long channelId) {
    return nameOr(access.check(request.place().guildId(), channelId), Long.toString(channelId));
  }

  private String channelLabel(Subscription subscription) {
    return nameOr(
        access.check(subscription.guildId(), subscription.channelId()),
        "deleted channel " + subscription.channelId());
  }

  private static String nameOr(ChannelAccess.Check check, String fallback) {
    if (check instanceof ChannelAccess.Check.Ready ready) {
      return ready.channelName();
    }
    if (check instanceof ChannelAccess.Check.Missing missing) {
      return missing.channelName();
    }
    return fallback;
  }

  /** "every day at 09:00 (Europe/Berlin), on teams". */
  static String describe(Subscription subscription) {
    PostingSchedule schedule = subscription.schedule();
    return schedule.days()
        + " at "
        + PostingSchedule.formatTime(schedule.time())
        + " ("
        + schedule.zone().getId()
        + ")"
        + (subscription.topic() == null ? "" : ", on " + subscription.topic());
  }

  /** A post time in the subscription's own zone, then in the reader's. */
  private static Text when(ZonedDateTime at) {
    return Text.builder()
        .plain(WHEN.format(at))
        .plain(" \u2014 your time: ")
        .time(at.toInstant(), WHEN.format(at))
        .build();
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Reply notice(Text.Builder text) {
    return Reply.privateNotice(text.build());
  }

  private static <T> T parse(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      String message = capitalized(e.getMessage());
      throw new UserError(message.matches("(?s).*[.?!]") ? message : message + ".");
    }
  }
}
