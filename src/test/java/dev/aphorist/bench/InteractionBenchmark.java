package dev.aphorist.bench;

import dev.aphorist.bench.BenchGuilds.BenchGuild;
import dev.aphorist.bench.InteractionMix.Kind;
import dev.aphorist.bench.LoadGenerator.Sent;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.discord.sim.DiscordSimulator;
import dev.aphorist.discord.sim.GatewayEvent;
import dev.aphorist.discord.sim.RecordedRequest;
import dev.aphorist.discord.sim.RestRoute;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * The whole bot, as its own process, against the simulated Discord: start to READY, interaction
 * round trips at fixed rates, and resident memory afterwards.
 *
 * <pre>
 * InteractionBenchmark [--quotes N] [--guilds N] [--shards N] [--starts N]
 *     [--warmup RATE:SECONDS] [--rates RATE:SECONDS,...] [--jar FILE] [--jvm FLAG]... [--env NAME=VALUE]...
 * </pre>
 *
 * Defaults: 100,000 quotes, 1,000 servers, 1 shard, 5 starts, 60 s of warm-up at 50/s, then 120 s
 * at 1, 60 s at 50 and 60 s at 200 interactions per second, target/aphorist.jar, no JVM flags. The
 * load runs against the bot of the last start. {@code --jvm} gives one flag of the bot's JVM;
 * repeat it for more. Build the jar first ({@code ./mvnw -DskipTests package}).
 */
public final class InteractionBenchmark {

  /** One load run: so many interactions per second for so many seconds. */
  record Phase(int perSecond, int seconds) {
    static Phase parse(String text) {
      String[] parts = text.split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected RATE:SECONDS, got " + text);
      }
      return new Phase(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }
  }

  record Options(
      int quotes,
      int guilds,
      int shards,
      int starts,
      Phase warmup,
      List<Phase> phases,
      Path jar,
      List<String> jvmFlags,
      Map<String, String> env) {

    static Options parse(String... args) {
      int quotes = 100_000;
      int guilds = 1_000;
      int shards = 1;
      int starts = 5;
      Phase warmup = new Phase(50, 60);
      List<Phase> phases = List.of(new Phase(1, 120), new Phase(50, 60), new Phase(200, 60));
      Path jar = Path.of("target", "aphorist.jar");
      List<String> jvm = new ArrayList<>();
      Map<String, String> env = new LinkedHashMap<>();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + name);
        }
        String value = args[++i];
        switch (name) {
          case "--quotes" -> quotes = Integer.parseInt(value);
          case "--guilds" -> guilds = Integer.parseInt(value);
          case "--shards" -> shards = Integer.parseInt(value);
          case "--starts" -> starts = Integer.parseInt(value);
          case "--warmup" -> warmup = Phase.parse(value);
          case "--rates" -> phases = Arrays.stream(value.split(",")).map(Phase::parse).toList();
          case "--jar" -> jar = Path.of(value);
          case "--jvm" -> jvm.add(value);
          case "--env" -> {
            int equals = value.indexOf('=');
            if (equals < 1) {
              throw new IllegalArgumentException("expected --env NAME=VALUE, got " + value);
            }
            env.put(value.substring(0, equals), value.substring(equals + 1));
          }
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (starts < 1) {
        throw new IllegalArgumentException("--starts must be at least 1");
      }
      return new Options(
          quotes, guilds, shards, starts, warmup, phases, jar, List.copyOf(jvm), Map.copyOf(env));
    }
  }

  /**
   * One start of the bot process, in ms from ProcessBuilder.start(): its first request to Discord
   * (the login, after the corpus, the index and the database are ready), the simulator's READY and
   * the bot's registration of its commands (sent once every shard is ready).
   */
  record Start(double loginMillis, double readySentMillis, double registeredMillis) {}

  /** The results of one load run. */
  /**
   * The results of one load run, with the CPU time the bot's process and this benchmark's process
   * (simulator and generator) used during it, in ms.
   */
  record PhaseResult(
      Phase phase,
      RoundTrips trips,
      long botCpuMillis,
      long benchCpuMillis,
      long harnessPauseMillis) {}

  private static final Duration START_PATIENCE = Duration.ofSeconds(120);

  private InteractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    if (!Files.isRegularFile(options.jar())) {
      System.err.println(
          options.jar() + " not found: build it first with ./mvnw -B -q -DskipTests package");
      System.exit(2);
    }
    String loadBefore = loadAverage();
    Path dir = Files.createTempDirectory("aphorist-interaction-bench");
    CorpusGenerator generator = BenchmarkCorpora.generator();
    Corpus corpus = generator.generate(options.quotes(), BenchmarkCorpora.CORPUS_SEED);
    Path quotes = dir.resolve("quotes.json");
    QuotesFile.write(quotes, corpus);
    System.out.printf(
        Locale.ROOT,
        "corpus: %,d quotes (%s), %.1f MB; vocabulary from %s%n",
        corpus.size(),
        quotes,
        Files.size(quotes) / 1e6,
        generator.vocabularySource());

    NanoClock clock = new NanoClock();
    // Schema validation is the simulator's own work on the shared cores: off, so that only the
    // bot's time is measured (the JUnit test of this machinery keeps it on).
    try (DiscordSimulator discord =
        DiscordSimulator.builder()
            .clock(clock)
            .shardCount(options.shards())
            .schemaValidation(false)
            .start()) {
      List<BenchGuild> guilds = BenchGuilds.populate(discord, options.guilds());
      Path config = writeConfig(dir, discord, quotes);
      List<String> command = BotProcess.command(options.jvmFlags(), options.jar(), config);
      System.out.println(
          "bot: "
              + options.env().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue() + " ")
                  .reduce("", String::concat)
              + String.join(" ", command));

      List<Start> starts = new ArrayList<>();
      BotProcess bot = null;
      for (int run = 0; run < options.starts(); run++) {
        discord.clearRecords();
        bot = BotProcess.start(command, options.env(), dir.resolve("bot-" + run + ".log"));
        Start start = awaitReady(discord, bot, clock, options.shards());
        starts.add(start);
        System.out.printf(
            Locale.ROOT,
            "start %d: login after %.0f ms, READY sent after %.0f ms, commands registered after"
                + " %.0f ms%n",
            run + 1,
            start.loginMillis(),
            start.readySentMillis(),
            start.registeredMillis());
        if (run < options.starts() - 1) {
          bot.stop();
        }
      }

      ProcStatus afterStart = bot.memory();
      try {
        LoadGenerator load =
            new LoadGenerator(
                discord,
                guilds,
                InteractionMix.REALISTIC,
                generator,
                corpus,
                BenchmarkCorpora.QUERY_SEED);
        System.out.println("mix: " + InteractionMix.REALISTIC);
        Phase warmup = options.warmup();
        List<Sent> warm = load.run(warmup.perSecond(), warmup.seconds());
        RoundTrips.awaitAnswers(warm, Duration.ofSeconds(10));
        RoundTrips warmTrips = RoundTrips.measure(warm, clock);
        System.out.printf(
            Locale.ROOT,
            "warm-up %d/s for %d s (not counted): %s%n",
            warmup.perSecond(),
            warmup.seconds(),
            warmTrips.all().describe());
        load.collectButtons(warm);

        List<PhaseResult> results = new ArrayList<>();
        for (Phase phase : options.phases()) {
          discord.clearRecords();
          pause(Duration.ofSeconds(2));
          long botCpu = bot.cpuMillis();
          long benchCpu = ProcStatus.cpuMillis(ProcessHandle.current().pid());
          long harnessPauses = harnessGcPauseMillis();
          List<Sent> sent = load.run(phase.perSecond(), phase.seconds());
          RoundTrips.awaitAnswers(sent, Duration.ofSeconds(10));
          botCpu = bot.cpuMillis() - botCpu;
          benchCpu = ProcStatus.cpuMillis(ProcessHandle.current().pid()) - benchCpu;
          RoundTrips trips = RoundTrips.measure(sent, clock);
          harnessPauses = harnessGcPauseMillis() - harnessPauses;
          results.add(new PhaseResult(phase, trips, botCpu, benchCpu, harnessPauses));
          System.out.printf(
              Locale.ROOT,
              "%d/s for %d s: %s%n",
              phase.perSecond(),
              phase.seconds(),
              trips.all().describe());
          load.collectButtons(sent);
        }
        if (load.sendFailures() > 0) {
          System.out.println(
              "send failures: " + load.sendFailures() + ", first: " + load.firstSendFailure());
        }
        ProcStatus afterLoad = bot.memory();
        long cpu = bot.cpuMillis();
        String heap = bot.jcmd("GC.heap_info");
        String classes = firstLines(bot.jcmd("GC.class_histogram"), 25);
        String nativeMemory = bot.jcmd("VM.native_memory", "summary");
        String loadAfter = loadAverage();

        report(options, corpus, starts, results, afterStart, afterLoad, cpu, heap);
        System.out.println("GC.class_histogram (largest first):");
        System.out.println(classes);
        System.out.println("VM.native_memory summary (with -XX:NativeMemoryTracking=summary):");
        System.out.println(nativeMemory.strip());
        System.out.println();
        System.out.println("load average before: " + loadBefore + "; after: " + loadAfter);
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors());
        System.out.println(
            "benchmark JVM: "
                + System.getProperty("java.vm.name")
                + " "
                + System.getProperty("java.version")
                + ", collectors: "
                + ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName)
                    .toList());
        String warnings = warnings(bot.logText());
        if (!warnings.isEmpty()) {
          System.out.println("bot log WARN/ERROR lines (first 20):");
          System.out.println(warnings);
        }
      } finally {
        long stopped = bot.stop();
        System.out.println("bot stopped in " + stopped + " ms (SIGTERM); logs under " + dir);
      }
    }
  }

  /**
   * Stop-the-world GC time of this JVM (the simulator and the load generator): a pause here delays
   * every interaction in flight and is charged to the bot, so a fair run keeps it near zero (a
   * concurrent collector; ZGC's "Cycles" bean counts concurrent work, not pauses).
   */
  private static long harnessGcPauseMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!gc.getName().endsWith("Cycles")) {
        total += Math.max(0, gc.getCollectionTime());
      }
    }
    return total;
  }

  static Path writeConfig(Path dir, DiscordSimulator discord, Path quotes) throws IOException {
    // Production defaults but for where Discord, the corpus and the database are.
    Path config = dir.resolve("aphorist.yaml");
    Files.writeString(
        config,
        String.join(
            "\n",
            "discord:",
            "  token: " + discord.token(),
            "  rest-url: " + discord.restUrl(),
            "corpus:",
            "  file: " + quotes,
            "database:",
            "  data-dir: " + dir.resolve("data"),
            ""),
        StandardCharsets.UTF_8);
    return config;
  }

  /**
   * Waits for the bot's registration of its slash commands, which it sends right after every shard
   * is ready (JDA's awaitReady: READY and every server's GUILD_CREATE handled); the READY figure is
   * when the simulator sent the last shard's READY.
   */
  private static Start awaitReady(
      DiscordSimulator discord, BotProcess bot, NanoClock clock, int shards) throws IOException {
    long deadline = System.nanoTime() + START_PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<RecordedRequest> put =
          discord.requests(RestRoute.PUT_GLOBAL_COMMANDS).stream().findFirst();
      if (put.isPresent()) {
        List<GatewayEvent> readies =
            discord.gatewayEvents().stream().filter(e -> e.type().equals("READY")).toList();
        if (readies.size() < shards) {
          throw new IllegalStateException(
              "commands registered after " + readies.size() + " READY of " + shards + " shards");
        }
        long readyAt = readies.stream().mapToLong(e -> clock.nanoTimeOf(e.at())).max().getAsLong();
        long registeredAt = clock.nanoTimeOf(put.get().at());
        long loginAt = clock.nanoTimeOf(discord.requests().get(0).at());
        return new Start(
            (loginAt - bot.startedNanos()) / 1e6,
            (readyAt - bot.startedNanos()) / 1e6,
            (registeredAt - bot.startedNanos()) / 1e6);
      }
      if (!bot.isAlive()) {
        throw new IllegalStateException("the bot exited during start-up:\n" + bot.logText());
      }
      LockSupport.parkNanos(1_000_000L);
    }
    throw new IllegalStateException("the bot was not ready after " + START_PATIENCE);
  }

  private static void report(
      Options options,
      Corpus corpus,
      List<Start> starts,
      List<PhaseResult> results,
      ProcStatus afterStart,
      ProcStatus afterLoad,
      long cpuMillis,
      String heap) {
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%,d quotes, %,d servers, %d shard(s); JVM flags: %s; environment: %s%n%n",
        corpus.size(),
        options.guilds(),
        options.shards(),
        options.jvmFlags().isEmpty() ? "(none)" : String.join(" ", options.jvmFlags()),
        options.env().isEmpty() ? "(as inherited)" : options.env());
    System.out.println(
        "| rate | duration | sent | answered | deferred | rejected | p50 | p90 | p99 | max |"
            + " generator lag max | p99 from dispatch | bot CPU | benchmark CPU | benchmark GC"
            + " pauses |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (PhaseResult result : results) {
      RoundTrips t = result.trips();
      System.out.printf(
          Locale.ROOT,
          "| %d/s | %d s | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %d ms |%n",
          result.phase().perSecond(),
          result.phase().seconds(),
          t.sent(),
          t.answered(),
          t.deferred(),
          t.rejected(),
          LatencyStats.millis(t.all().p50()),
          LatencyStats.millis(t.all().p90()),
          LatencyStats.millis(t.all().p99()),
          LatencyStats.millis(t.all().max()),
          LatencyStats.millis(t.maxDispatchLagNanos()),
          LatencyStats.millis(t.fromDispatch().p99()),
          perInteraction(result.botCpuMillis(), t.sent()),
          perInteraction(result.benchCpuMillis(), t.sent()),
          result.harnessPauseMillis());
    }
    for (PhaseResult result : results) {
      System.out.printf(Locale.ROOT, "%nby kind at %d/s:%n%n", result.phase().perSecond());
      System.out.println("| kind | count | p50 | p90 | p99 | max |");
      System.out.println("|---|---|---|---|---|---|");
      for (Map.Entry<Kind, LatencyStats> entry : result.trips().byKind().entrySet()) {
        LatencyStats s = entry.getValue();
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %s | %s | %s | %s |%n",
            entry.getKey().name().toLowerCase(Locale.ROOT),
            s.count(),
            LatencyStats.millis(s.p50()),
            LatencyStats.millis(s.p90()),
            LatencyStats.millis(s.p99()),
            LatencyStats.millis(s.max()));
      }
    }

    System.out.println();
    System.out.println(
        "| start | first request (login) | READY sent | commands registered (ready) |");
    System.out.println("|---|---|---|---|");
    for (int i = 0; i < starts.size(); i++) {
      System.out.printf(
          Locale.ROOT,
          "| %d | %.0f ms | %.0f ms | %.0f ms |%n",
          i + 1,
          starts.get(i).loginMillis(),
          starts.get(i).readySentMillis(),
          starts.get(i).registeredMillis());
    }
    double[] ready = starts.stream().mapToDouble(Start::registeredMillis).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "start to ready: median %.0f ms, max %.0f ms (%d starts)%n",
        median(ready),
        ready[ready.length - 1],
        ready.length);

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "memory of the bot process: after start VmRSS %.0f MiB; after the load runs VmRSS %.0f MiB,"
            + " VmHWM %.0f MiB; CPU used %.1f s%n",
        afterStart.rssMib(),
        afterLoad.rssMib(),
        afterLoad.hwmMib(),
        cpuMillis / 1000.0);
    System.out.println("GC.heap_info:");
    System.out.println(heap.strip());
  }

  /** "12.3 s (1.0 ms each)": CPU time of a run and per interaction sent. */
  private static String perInteraction(long cpuMillis, int sent) {
    return String.format(
        Locale.ROOT,
        "%.1f s (%.2f ms each)",
        cpuMillis / 1000.0,
        sent == 0 ? 0.0 : (double) cpuMillis / sent);
  }

  private static String firstLines(String text, int count) {
    return text.lines().limit(count).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String warnings(String log) {
    return log.lines()
        .filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
        .limit(20)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static void pause(Duration duration) {
    LockSupport.parkNanos(duration.toNanos());
  }
}
