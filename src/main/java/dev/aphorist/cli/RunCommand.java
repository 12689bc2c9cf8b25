package dev.aphorist.cli;

import dev.aphorist.config.AphoristConfig;
import dev.aphorist.config.ConfigException;
import dev.aphorist.config.ShardSlice;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code aphorist run}: connects to Discord and serves commands and scheduled quotes. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Connects to Discord (token from DISCORD_TOKEN or the config file) and runs the bot.",
      "Several processes can split the shards: --shards 0-3 --shard-total 8 and --shards 4-7"
          + " --shard-total 8, sharing one PostgreSQL database."
    })
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @Mixin ConfigOption config;

  @Option(
      names = "--shards",
      paramLabel = "SPEC",
      description = "Shards this process runs: all, 3, 0-3 or 0,2,4-7 (default: discord.shards)")
  String shards;

  @Option(
      names = "--shard-total",
      paramLabel = "N",
      description = "Total number of shards of the bot (default: discord.shard-total)")
  Integer shardTotal;

  @Override
  public Integer call() throws Exception {
    AphoristConfig settings;
    try {
      settings = withShardOptions(config.load());
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      System.err.println("invalid shard options: " + e.getMessage());
      return 1;
    }
    DiscordRuntime runtime;
    try {
      runtime = DiscordRuntime.start(settings, Clock.systemUTC());
    } catch (DiscordRuntime.StartFailure e) {
      System.err.println(e.getMessage());
      return e.exitCode();
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("shutting down");
                  runtime.close();
                  stopped.countDown();
                },
                "aphorist-shutdown"));
    stopped.await();
    return 0;
  }

  private AphoristConfig withShardOptions(AphoristConfig settings) {
    if (shards == null && shardTotal == null) {
      return settings;
    }
    int total = shardTotal != null ? shardTotal : settings.discord().shards().total();
    ShardSlice slice =
        shards != null
            ? ShardSlice.parse(shards, total)
            : new ShardSlice(settings.discord().shards().ids(), total);
    AphoristConfig.Discord discord = settings.discord();
    return new AphoristConfig(
        new AphoristConfig.Discord(
            discord.token(),
            discord.restUrl(),
            slice,
            discord.shutdownTimeout(),
            discord.compressGateway()),
        settings.database(),
        settings.corpus(),
        settings.commands(),
        settings.schedule(),
        settings.health());
  }
}
