package dev.aphorist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aphorist.bench.BenchGuilds.BenchGuild;
import dev.aphorist.bench.InteractionMix.Kind;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.Quote;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.InteractionBuilder;
import dev.aphorist.discord.sim.SimInteraction;
import dev.aphorist.discord.sim.SimMessage;
import dev.aphorist.discord.sim.SimUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Sends the benchmark's interactions through the simulated Discord, open loop: at a fixed rate,
 * from random servers, in the proportions of an {@link InteractionMix}, with arguments drawn from
 * the generated corpus's own vocabulary (queries, typed prefixes, authors, topics, ids). Button
 * presses go to the buttons of earlier answers (see {@link #collectButtons}). One thread only.
 */
final class LoadGenerator {

  /** An interaction sent: what it was, when it was due, and the simulator's handle. */
  record Sent(Kind kind, long dueNanos, SimInteraction interaction) {}

  /** A message with buttons, and the member who may press them. */
  private record Pressable(long messageId, SimUser member) {}

  private final DiscordSimulator discord;
  private final List<BenchGuild> guilds;
  private final InteractionMix mix;
  private final SplittableRandom random;
  private final List<String> queries;
  private final List<String> prefixes;
  private final List<String> authorPrefixes;
  private final List<String> authors;
  private final List<String> topics;
  private final List<String> ids;
  private final List<Pressable> pressable = new ArrayList<>();
  private int sendFailures;
  private String firstSendFailure;

  LoadGenerator(
      DiscordSimulator discord,
      List<BenchGuild> guilds,
      InteractionMix mix,
      CorpusGenerator generator,
      Corpus corpus,
      long seed) {
    this.discord = discord;
    this.guilds = guilds;
    this.mix = mix;
    this.random = new SplittableRandom(seed);
    this.queries = generator.queries(corpus, 4096, seed);
    this.prefixes = generator.prefixes(4096, seed + 1);
    this.authorPrefixes = generator.authorPrefixes(corpus, 1024, seed + 2);
    TreeSet<String> authorNames = new TreeSet<>();
    TreeSet<String> tags = new TreeSet<>();
    List<String> quoteIds = new ArrayList<>(corpus.size());
    for (Quote quote : corpus.quotes()) {
      if (quote.authorName() != null) {
        authorNames.add(quote.authorName());
      }
      tags.addAll(quote.tags());
      quoteIds.add(quote.id());
    }
    this.authors = List.copyOf(authorNames);
    this.topics = List.copyOf(tags);
    this.ids = quoteIds;
  }

  /** Sends {@code seconds} of interactions at {@code perSecond}, starting 100 ms from now. */
  List<Sent> run(int perSecond, int seconds) {
    FixedRateSchedule schedule = FixedRateSchedule.starting(100_000_000L, perSecond, seconds);
    List<Sent> sent = new ArrayList<>(schedule.count());
    for (int i = 0; i < schedule.count(); i++) {
      schedule.awaitDue(i);
      Kind kind = mix.pick(random);
      BenchGuild where = guilds.get(random.nextInt(guilds.size()));
      try {
        Sent one = send(kind, where, schedule.dueAt(i));
        sent.add(one);
      } catch (RuntimeException e) {
        sendFailures++;
        if (firstSendFailure == null) {
          firstSendFailure = kind + ": " + e;
        }
      }
    }
    return sent;
  }

  /** Interactions the simulator refused to dispatch (a benchmark bug if ever non-zero). */
  int sendFailures() {
    return sendFailures;
  }

  String firstSendFailure() {
    return firstSendFailure;
  }

  /**
   * Remembers the answers of {@code sent} that carry enabled buttons, for later button presses.
   * Returns how many messages can be pressed now.
   */
  int collectButtons(List<Sent> sent) {
    for (Sent one : sent) {
      if (one.interaction().type() != SimInteraction.Type.COMMAND) {
        continue;
      }
      one.interaction()
          .originalMessage()
          .filter(m -> !enabledButtons(m).isEmpty())
          .ifPresent(m -> pressable.add(new Pressable(m.id(), one.interaction().user())));
    }
    return pressable.size();
  }

  private Sent send(Kind kind, BenchGuild where, long due) {
    return switch (kind) {
      case TODAY ->
          new Sent(
              kind,
              due,
              discord
                  .slashCommand("quote")
                  .subcommand("today")
                  .by(where.member())
                  .in(where.channel())
                  .send());
      case RANDOM -> new Sent(kind, due, random(where));
      case SEARCH -> new Sent(kind, due, search(where));
      case SHOW -> new Sent(kind, due, show(where));
      case AUTOCOMPLETE -> new Sent(kind, due, autocomplete(where));
      case BUTTON -> {
        Optional<SimInteraction> press = press();
        // Until there are answers with buttons (early in the warm-up), search instead.
        yield press.isPresent()
            ? new Sent(kind, due, press.get())
            : new Sent(Kind.SEARCH, due, search(where));
      }
    };
  }

  private SimInteraction random(BenchGuild where) {
    InteractionBuilder command = discord.slashCommand("quote").subcommand("random");
    int variant = random.nextInt(10);
    if (variant < 2 && !topics.isEmpty()) {
      command.option("topic", pick(topics));
    } else if (variant < 4 && !authors.isEmpty()) {
      command.option("author", pick(authors));
    }
    return command.by(where.member()).in(where.channel()).send();
  }

  private SimInteraction search(BenchGuild where) {
    InteractionBuilder command =
        discord.slashCommand("quote").subcommand("search").option("query", pick(queries));
    int variant = random.nextInt(10);
    if (variant == 0 && !authors.isEmpty()) {
      command.option("author", pick(authors));
    } else if (variant == 1 && !topics.isEmpty()) {
      command.option("topic", pick(topics));
    }
    return command.by(where.member()).in(where.channel()).send();
  }

  private SimInteraction show(BenchGuild where) {
    // Mostly ids copied from earlier answers; now and then a mistyped one.
    String id = pick(ids);
    if (random.nextInt(20) == 0) {
      id = id.substring(0, id.length() - 1) + (id.endsWith("z") ? "y" : "z");
    }
    return discord
        .slashCommand("quote")
        .subcommand("show")
        .option("id", id)
        .by(where.member())
        .in(where.channel())
        .send();
  }

  private SimInteraction autocomplete(BenchGuild where) {
    int variant = random.nextInt(20);
    InteractionBuilder typing;
    if (variant < 10) {
      typing = discord.autocomplete("quote").subcommand("search").focused("query", pick(prefixes));
    } else if (variant < 14) {
      typing =
          discord
              .autocomplete("quote")
              .subcommand("random")
              .focused("author", pick(authorPrefixes));
    } else if (variant < 17) {
      String topic = pick(topics);
      typing =
          discord
              .autocomplete("quote")
              .subcommand("random")
              .focused(
                  "topic", topic.substring(0, 1 + random.nextInt(Math.min(4, topic.length()))));
    } else {
      typing = discord.autocomplete("quote").subcommand("show").focused("id", pick(queries));
    }
    return typing.by(where.member()).in(where.channel()).send();
  }

  /** A press on a button of an earlier answer, in its current version. */
  private Optional<SimInteraction> press() {
    for (int attempt = 0; attempt < 5 && !pressable.isEmpty(); attempt++) {
      Pressable target = pressable.get(random.nextInt(pressable.size()));
      Optional<SimMessage> message = discord.message(target.messageId());
      if (message.isEmpty() || message.get().deleted()) {
        continue;
      }
      List<String> buttons = enabledButtons(message.get());
      if (buttons.isEmpty()) {
        continue;
      }
      String customId = chooseButton(buttons);
      return Optional.of(
          discord.buttonPress(target.messageId(), customId).by(target.member()).send());
    }
    return Optional.empty();
  }

  /**
   * Members press "Another one" most, then the page buttons, then "Post", then "More like this"; a
   * kind the message lacks gives way to any button it has.
   */
  private String chooseButton(List<String> buttons) {
    int draw = random.nextInt(100);
    String verb = draw < 35 ? "another" : draw < 65 ? "page" : draw < 85 ? "post" : "related";
    List<String> matching = buttons.stream().filter(id -> verbOf(id).startsWith(verb)).toList();
    List<String> from = matching.isEmpty() ? buttons : matching;
    return from.get(random.nextInt(from.size()));
  }

  private static String verbOf(String customId) {
    int bar = customId.indexOf('|');
    return bar < 0 ? customId : customId.substring(0, bar);
  }

  /** Custom ids of the message's buttons that are not disabled. */
  static List<String> enabledButtons(SimMessage message) {
    List<String> ids = new ArrayList<>();
    collect(message.components(), ids);
    return ids;
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, into));
    } else if (node.isObject()) {
      if (node.path("type").asInt() == 2
          && node.hasNonNull("custom_id")
          && !node.path("disabled").asBoolean(false)) {
        into.add(node.get("custom_id").asText());
      }
      collect(node.get("components"), into);
    }
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
