package dev.aphorist.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.aphorist.bench.BenchGuilds.BenchGuild;
import dev.aphorist.bench.InteractionMix.Kind;
import dev.aphorist.bench.LoadGenerator.Sent;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.InteractionResponse;
import dev.aphorist.discord.sim.RestRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machinery of {@link InteractionBenchmark}, run for a few seconds at a low rate against the
 * bot as its own process: every interaction sent is answered once, counted once, and its round trip
 * is the time from its due time to its callback's arrival. No timing is asserted.
 */
class LoadGeneratorTest {

  @TempDir Path dir;

  @Test
  void everyInteractionIsSentOnScheduleAnsweredAndCountedOnce() throws Exception {
    CorpusGenerator generator = BenchmarkCorpora.generator();
    Corpus corpus = generator.generate(2_000, BenchmarkCorpora.CORPUS_SEED);
    Path quotes = dir.resolve("quotes.json");
    QuotesFile.write(quotes, corpus);
    NanoClock clock = new NanoClock();
    try (DiscordSimulator discord = DiscordSimulator.builder().clock(clock).start()) {
      List<BenchGuild> guilds = BenchGuilds.populate(discord, 12);
      Path config = InteractionBenchmark.writeConfig(dir, discord, quotes);
      List<String> command =
          BotProcess.classPathCommand(
              List.of("-Xmx256m"), System.getProperty("java.class.path"), config);
      try (BotProcess bot = BotProcess.start(command, dir.resolve("bot.log"))) {
        await()
            .atMost(Duration.ofSeconds(90))
            .until(
                () -> !bot.isAlive() || !discord.requests(RestRoute.PUT_GLOBAL_COMMANDS).isEmpty());
        assertThat(bot.isAlive()).as("bot running; its log:%n%s", bot.logText()).isTrue();

        LoadGenerator load =
            new LoadGenerator(discord, guilds, InteractionMix.REALISTIC, generator, corpus, 7);
        // A first run gives answers with buttons, so that the second one presses some.
        List<Sent> first = load.run(10, 2);
        assertThat(RoundTrips.awaitAnswers(first, Duration.ofSeconds(30))).isZero();
        assertThat(load.collectButtons(first)).isPositive();
        List<Sent> second = load.run(10, 3);
        assertThat(RoundTrips.awaitAnswers(second, Duration.ofSeconds(30))).isZero();

        assertThat(load.sendFailures()).as(load.firstSendFailure()).isZero();
        assertThat(second).hasSize(30);
        assertThat(second).anyMatch(s -> s.kind() == Kind.BUTTON);
        for (int i = 1; i < second.size(); i++) {
          assertThat(second.get(i).dueNanos() - second.get(i - 1).dueNanos())
              .isEqualTo(100_000_000L);
        }

        RoundTrips trips = RoundTrips.measure(second, clock);
        assertThat(trips.sent()).isEqualTo(30);
        assertThat(trips.answered()).isEqualTo(30);
        assertThat(trips.unanswered()).isZero();
        assertThat(trips.rejected()).isZero();
        assertThat(trips.all().count()).isEqualTo(30);
        assertThat(trips.byKind().values().stream().mapToInt(LatencyStats::count).sum())
            .isEqualTo(30);
        for (Map.Entry<Kind, LatencyStats> entry : trips.byKind().entrySet()) {
          long ofKind = second.stream().filter(s -> s.kind() == entry.getKey()).count();
          assertThat(entry.getValue().count()).as(entry.getKey().name()).isEqualTo(ofKind);
        }

        // The same round trips computed directly: callback arrival minus due time.
        List<Long> expected = new ArrayList<>();
        for (Sent one : second) {
          InteractionResponse callback = one.interaction().awaitCallback();
          long dispatched = clock.nanoTimeOf(one.interaction().dispatchedAt());
          long answered = clock.nanoTimeOf(callback.at());
          assertThat(dispatched).isGreaterThanOrEqualTo(one.dueNanos());
          assertThat(answered).isGreaterThan(dispatched);
          expected.add(answered - one.dueNanos());
        }
        LatencyStats direct =
            LatencyStats.of(expected.stream().mapToLong(Long::longValue).toArray());
        assertThat(trips.all()).isEqualTo(direct);
        assertThat(trips.fromDispatch().count()).isEqualTo(30);
        assertThat(trips.fromDispatch().max()).isLessThanOrEqualTo(trips.all().max());
        assertThat(trips.maxDispatchLagNanos()).isNotNegative();

        assertThat(discord.schemaViolations()).isEmpty();
        assertThat(bot.stop()).as("exited after SIGTERM").isNotNegative();
        assertThat(bot.logText()).doesNotContain(" ERROR ");
      }
    }
  }
}
