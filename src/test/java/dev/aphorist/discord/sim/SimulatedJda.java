package dev.aphorist.discord.sim;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;

/**
 * Points the real JDA at a {@link DiscordSimulator}: REST base URL, plain JSON Gateway (the URL
 * comes from gateway/bot), the simulator's token. Tests of the simulator use it; the bot's own
 * end-to-end tests configure the bot through its config instead.
 */
public final class SimulatedJda {
  private SimulatedJda() {}

  /** A shard manager builder wired to the simulator; add listeners, shards, intents as needed. */
  public static DefaultShardManagerBuilder shardManager(DiscordSimulator discord) {
    return DefaultShardManagerBuilder.createDefault(discord.token())
        .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
        .setCompression(Compression.NONE);
  }

  /** Waits until every shard the manager runs is CONNECTED (READY and guilds loaded). */
  public static ShardManager awaitConnected(ShardManager manager, int expectedShards) {
    Waits.upTo(Duration.ofSeconds(30))
        .until(
            () ->
                manager.getShardCache().size() == expectedShards
                    && manager.getShardCache().stream()
                        .allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED));
    return manager;
  }
}
