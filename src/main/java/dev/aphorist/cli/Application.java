package dev.aphorist.cli;

import dev.aphorist.command.CommandRouter;
import dev.aphorist.command.qotd.ChannelAccess;
import dev.aphorist.command.qotd.DailyQuoteChooser;
import dev.aphorist.command.qotd.QotdCommands;
import dev.aphorist.command.qotd.SubscribedDailySettings;
import dev.aphorist.command.quote.QuoteCommands;
import dev.aphorist.config.AphoristConfig;
import dev.aphorist.corpus.BadFileException;
import dev.aphorist.corpus.Corpus;
import dev.aphorist.corpus.QuotesFile;
import dev.aphorist.health.Telemetry;
import dev.aphorist.pick.DailyPicker;
import dev.aphorist.pick.RandomPicker;
import dev.aphorist.schedule.QotdEngine;
import dev.aphorist.schedule.QuotePoster;
import dev.aphorist.schedule.RateLimiter;
import dev.aphorist.schedule.ScheduleSettings;
import dev.aphorist.schedule.ShardScope;
import dev.aphorist.schedule.ZoneMatcher;
import dev.aphorist.search.CorpusReloader;
import dev.aphorist.search.QuoteLibrary;
import dev.aphorist.store.Database;
import dev.aphorist.store.DatabaseSettings;
import dev.aphorist.store.JdbcDeliveryStore;
import dev.aphorist.store.JdbcNodeRegistry;
import dev.aphorist.store.JdbcRotationStore;
import dev.aphorist.store.JdbcSubscriptionStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Aphorist's long-lived objects are built and wired together: the corpus and
 * its index, the database, the pickers, the quote-of-the-day engine and the command handlers. The
 * front end (Discord or the console) supplies how quotes reach a channel.
 */
final class Application implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Application.class);

  /** How the application reaches channels: Discord through JDA, or the console's terminal. */
  interface Frontend {
    QuotePoster poster(QuoteLibrary library);

    ChannelAccess channelAccess();
  }

  /** The application cannot start; the message says why, in one line. */
  static final class StartupException extends Exception {
    StartupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final QuoteLibrary library;
  private final CorpusReloader reloader;
  private final Database database;
  private final QotdEngine engine;
  private final CommandRouter router;
  private final Telemetry telemetry;
  private final java.util.concurrent.atomic.AtomicBoolean delivering =
      new java.util.concurrent.atomic.AtomicBoolean(true);

  private Application(
      QuoteLibrary library,
      CorpusReloader reloader,
      Database database,
      QotdEngine engine,
      CommandRouter router,
      Telemetry telemetry) {
    this.library = library;
    this.reloader = reloader;
    this.database = database;
    this.engine = engine;
    this.router = router;
    this.telemetry = telemetry;
  }

  static Application start(AphoristConfig config, Clock clock, Frontend frontend)
      throws StartupException {
    Corpus corpus;
    try {
      corpus = QuotesFile.read(config.corpus().file());
    } catch (BadFileException e) {
      throw new StartupException(
          e.getMessage()
              + (e.getMessage().endsWith("file not found")
                  ? " (build it with: aphorist corpus build)"
                  : ""),
          e);
    }
    QuoteLibrary library = new QuoteLibrary(corpus, clock.instant());
    CorpusReloader reloader = new CorpusReloader(config.corpus().file(), library, clock);
    Database database = openDatabase(config.database());
    QotdEngine engine = null;
    try {
      if (config.corpus().watch()) {
        reloader.startWatching();
      }
      DailyPicker daily =
          new DailyPicker(new JdbcRotationStore(database.dataSource(), clock), clock);
      ScheduleSettings schedule =
          ScheduleSettings.defaults()
              .withGrace(config.schedule().grace())
              .withRate(config.schedule().rateLimit(), config.schedule().rateShare())
              .withShards(
                  new ShardScope(
                      config.discord().shards().ids(), config.discord().shards().total()));
      engine =
          QotdEngine.open(
              database.dataSource(),
              new JdbcSubscriptionStore(database.dataSource()),
              new JdbcDeliveryStore(database.dataSource()),
              new JdbcNodeRegistry(database.dataSource(), database.vendor()),
              new DailyQuoteChooser(daily, library),
              frontend.poster(library),
              schedule,
              clock);
      Telemetry telemetry = new Telemetry();
      telemetry.gauge(
          "aphorist_quotes", "Quotes being served", () -> library.current().corpus().size());
      QuoteCommands quotes =
          new QuoteCommands(
              library,
              daily,
              new RandomPicker(),
              new SubscribedDailySettings(engine.subscriptions()),
              reloader,
              clock,
              config.commands().publicCooldown(),
              VersionProvider.version());
      QotdCommands qotd =
          new QotdCommands(
              engine.subscriptions(),
              new ZoneMatcher(),
              frontend.channelAccess(),
              library,
              daily,
              clock);
      CommandRouter router = new CommandRouter(List.of(quotes, qotd), telemetry, clock);
      return new Application(library, reloader, database, engine, router, telemetry);
    } catch (IOException | RuntimeException e) {
      if (engine != null) {
        engine.close();
      }
      closeQuietly(reloader);
      database.close();
      throw new StartupException("cannot start: " + e.getMessage(), e);
    }
  }

  private static Database openDatabase(AphoristConfig.Database settings) throws StartupException {
    DatabaseSettings database =
        settings.isEmbedded()
            ? DatabaseSettings.embedded(settings.dataDir())
            : new DatabaseSettings(
                settings.url(), settings.user(), settings.password().reveal(), settings.poolSize());
    try {
      return Database.open(database);
    } catch (RuntimeException e) {
      String problem = rootMessage(e);
      if (problem.contains("already in use")) {
        problem =
            "the embedded database in "
                + settings.dataDir()
                + " is used by another Aphorist process (it allows one; use PostgreSQL for several)";
      }
      throw new StartupException("cannot open the database: " + problem, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.toString() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  CommandRouter router() {
    return router;
  }

  QuoteLibrary library() {
    return library;
  }

  QotdEngine engine() {
    return engine;
  }

  /** Discord's global limit was hit (see {@link QotdEngine#holdRequests}). */
  void holdDeliveries(Duration retryAfter) {
    engine.holdRequests(retryAfter);
  }

  /**
   * Starts posting the quotes of the day that are due. The Discord runtime calls it once its shards
   * are connected, so that no post waits for a connection while holding a rate-limit permit.
   */
  void startDelivering() {
    engine.startDelivering();
  }

  /** A permit for a request the Discord client makes on its own (see {@link QotdEngine}). */
  RateLimiter.Permit clientRequestPermit() throws InterruptedException {
    return engine.clientRequestPermit();
  }

  /** Stops the quote-of-the-day deliveries, letting those in flight finish; idempotent. */
  void stopDelivering() {
    if (delivering.compareAndSet(true, false)) {
      engine.close();
    }
  }

  Telemetry telemetry() {
    return telemetry;
  }

  /** Stops delivering quotes, stops watching the corpus, closes the database. */
  @Override
  public void close() {
    stopDelivering();
    closeQuietly(reloader);
    database.close();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      log.warn("closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
    }
  }
}
