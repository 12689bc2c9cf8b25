package dev.aphorist.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@link AphoristConfig} from a YAML file and the environment. Any key can be overridden by
 * an environment variable ({@code APHORIST_} plus the key in upper case, dots and dashes as
 * underscores); the token is also read from {@code DISCORD_TOKEN}. All problems are reported
 * together in one {@link ConfigException}.
 */
public final class ConfigLoader {

  /** The file read when no --config is given; its absence just means "all defaults". */
  public static final Path DEFAULT_FILE = Path.of("config", "aphorist.yaml");

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Reads {@code file} when given (it must exist), else {@link #DEFAULT_FILE} when present, else
   * the defaults.
   */
  public AphoristConfig load(Path file) throws ConfigException {
    SettingsSource source;
    if (file != null) {
      source = SettingsSource.read(file);
    } else if (Files.isRegularFile(DEFAULT_FILE)) {
      source = SettingsSource.read(DEFAULT_FILE);
    } else {
      source = SettingsSource.empty("defaults");
    }
    Settings settings = new Settings(source, env);
    AphoristConfig config = read(settings);
    List<String> problems = settings.problems();
    if (!problems.isEmpty()) {
      throw new ConfigException(source.name(), problems);
    }
    return config;
  }

  /** Every key a configuration file may contain. */
  public static Set<String> knownKeys() {
    Settings settings = new Settings(SettingsSource.empty("defaults"), Map.of());
    read(settings);
    return settings.knownKeys();
  }

  private static AphoristConfig read(Settings s) {
    int shardTotal = s.integer("discord.shard-total", 0, 0, 100_000);
    ShardSlice shards =
        s.parsed("discord.shards", ShardSlice.ALL, text -> ShardSlice.parse(text, shardTotal));
    AphoristConfig.Discord discord =
        new AphoristConfig.Discord(
            s.secret("discord.token", "DISCORD_TOKEN"),
            s.parsed(
                "discord.rest-url",
                URI.create("https://discord.com/api/v10/"),
                ConfigLoader::httpUrl),
            shards.total() == shardTotal ? shards : new ShardSlice(shards.ids(), shardTotal),
            s.duration(
                "discord.shutdown-timeout",
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                Duration.ofMinutes(5)),
            s.bool("discord.compress-gateway", true));
    AphoristConfig.Database database =
        new AphoristConfig.Database(
            s.parsed("database.url", "", ConfigLoader::jdbcUrl),
            s.string("database.user", ""),
            s.secret("database.password"),
            s.integer("database.pool-size", 16, 4, 200),
            s.parsed("database.data-dir", Path.of("data"), ConfigLoader::path));
    AphoristConfig.CorpusSettings corpus =
        new AphoristConfig.CorpusSettings(
            s.parsed("corpus.file", Path.of("corpus", "quotes.json"), ConfigLoader::path),
            s.bool("corpus.watch", true));
    AphoristConfig.Commands commands =
        new AphoristConfig.Commands(
            s.duration(
                "commands.public-cooldown",
                Duration.ofSeconds(30),
                Duration.ZERO,
                Duration.ofDays(1)));
    AphoristConfig.Schedule schedule =
        new AphoristConfig.Schedule(
            s.duration("schedule.grace", Duration.ofHours(3), Duration.ZERO, Duration.ofHours(24)),
            s.integer("schedule.rate-limit", 50, 1, 10_000),
            s.parsed("schedule.rate-share", null, ConfigLoader::share));
    AphoristConfig.Health health =
        new AphoristConfig.Health(
            s.bool("health.enabled", false),
            s.string("health.bind", "127.0.0.1"),
            s.integer("health.port", 8080, 1, 65_535));
    return new AphoristConfig(discord, database, corpus, commands, schedule, health);
  }

  private static URI httpUrl(String text) {
    try {
      URI uri = new URI(text.endsWith("/") ? text : text + "/");
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException("must be an http(s) URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("must be an http(s) URL");
    }
  }

  private static String jdbcUrl(String text) {
    if (!text.startsWith("jdbc:h2:") && !text.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("must be a jdbc:postgresql: or jdbc:h2: URL");
    }
    return text;
  }

  private static Double share(String text) {
    if (text.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      double share = Double.parseDouble(text);
      if (share > 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // Explained below.
    }
    throw new IllegalArgumentException("must be auto or a fraction above 0 and at most 1");
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("must be a file path");
    }
  }
}
