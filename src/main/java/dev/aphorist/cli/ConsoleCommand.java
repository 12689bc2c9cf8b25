package dev.aphorist.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.aphorist.command.qotd.ChannelAccess;
import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.ConfigException;
import dev.aphorist.console.ConsoleChannelAccess;
import dev.aphorist.console.ConsolePoster;
import dev.aphorist.console.ConsoleScreen;
import dev.aphorist.console.ConsoleSession;
import dev.aphorist.schedule.QuotePoster;
import dev.aphorist.search.QuoteLibrary;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code aphorist console}: the bot in a terminal, with no token and no network. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the bot in this terminal: type slash commands as in Discord.",
      "Uses the embedded database; no token and no network are needed."
    })
final class ConsoleCommand implements Callable<Integer> {

  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    quietLogs();
    AphoristConfig settings;
    try {
      settings = config.load();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    boolean ansi = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    ConsoleScreen screen = new ConsoleScreen(out, ansi, ZoneId.systemDefault());
    Application.Frontend frontend =
        new Application.Frontend() {
          @Override
          public QuotePoster poster(QuoteLibrary library) {
            return new ConsolePoster(screen, library);
          }

          @Override
          public ChannelAccess channelAccess() {
            return new ConsoleChannelAccess(screen);
          }
        };
    Application app;
    try {
      app = Application.start(settings, Clock.systemDefaultZone(), frontend);
    } catch (Application.StartupException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    try (app) {
      app.startDelivering();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      new ConsoleSession(app.router(), in, screen).run();
    }
    return 0;
  }

  /** The console is for reading quotes: only warnings and errors go to stderr, unless asked. */
  private static void quietLogs() {
    if (System.getenv("APHORIST_LOG_LEVEL") == null
        && LoggerFactory.getLogger("dev.aphorist") instanceof Logger logger) {
      logger.setLevel(Level.WARN);
    }
  }
}
