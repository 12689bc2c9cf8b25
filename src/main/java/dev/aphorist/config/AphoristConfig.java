package dev.aphorist.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Every setting of Aphorist, typed and validated. Read by {@link ConfigLoader}; each key is
 * documented in config/aphorist.yaml.
 */
public record AphoristConfig(
    Discord discord,
    Database database,
    CorpusSettings corpus,
    Commands commands,
    Schedule schedule,
    Health health) {

  /**
   * @param token the bot token; never logged
   * @param restUrl Discord's REST base URL, or a proxy's (tests point it at the simulated Discord)
   * @param shards the shards this process runs
   * @param shutdownTimeout how long in-flight replies get to finish on SIGTERM
   * @param compressGateway ask Discord to zlib-compress the gateway stream
   */
  public record Discord(
      Secret token,
      URI restUrl,
      ShardSlice shards,
      Duration shutdownTimeout,
      boolean compressGateway) {}

  /**
   * @param url JDBC url; blank means the embedded H2 database under {@code dataDir}
   * @param user database user
   * @param password database password; never logged
   * @param poolSize connections in the pool
   * @param dataDir folder of the embedded database
   */
  public record Database(String url, String user, Secret password, int poolSize, Path dataDir) {

    public boolean isEmbedded() {
      return url.isBlank();
    }
  }

  /**
   * @param file the quotes file the bot serves
   * @param watch reload the corpus when the file changes, without a restart
   */
  public record CorpusSettings(Path file, boolean watch) {}

  /**
   * @param publicCooldown how long a member waits between two quotes posted publicly
   */
  public record Commands(Duration publicCooldown) {}

  /**
   * @param grace how long after a missed post time the post is still made at start-up
   * @param rateLimit Discord's global request budget of the bot, per second, for all processes
   * @param rateShare this process's fixed share of the budget (0..1], or null to split it evenly
   *     among the processes that are running
   */
  public record Schedule(Duration grace, int rateLimit, Double rateShare) {}

  /**
   * @param enabled serve /health and /metrics
   * @param bind the address to listen on
   * @param port the port to listen on
   */
  public record Health(boolean enabled, String bind, int port) {}
}
