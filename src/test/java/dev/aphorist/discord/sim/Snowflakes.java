package dev.aphorist.discord.sim;

import java.time.Clock;

/**
 * Hands out Discord snowflakes. Guild ids advance their timestamp part by one millisecond per
 * guild, starting at a multiple of lcm(1..16), so the n-th guild lands on shard n % shardCount for
 * every shard count up to 16: tests can reason about which shard owns which guild.
 */
final class Snowflakes {
  static final long DISCORD_EPOCH = 1420070400000L;
  private static final long SHARD_SPREAD = 720720L;
  private static final long GUILD_WORKER = 1L << 17;
  private static final long OTHER_WORKER = 2L << 17;

  private final long base;
  private long guildCounter;
  private long otherCounter;

  Snowflakes(Clock clock) {
    long sinceEpoch = clock.millis() - DISCORD_EPOCH;
    this.base = sinceEpoch - sinceEpoch % SHARD_SPREAD;
  }

  static int shardOf(long guildId, int shardCount) {
    return (int) ((guildId >>> 22) % shardCount);
  }

  synchronized long nextGuildId() {
    return ((base + guildCounter++) << 22) | GUILD_WORKER;
  }

  /** The next guild id that (guild_id >> 22) % shardCount puts on shardId. */
  synchronized long nextGuildIdOnShard(int shardId, int shardCount) {
    if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      throw new IllegalArgumentException(
          "shard " + shardId + " does not exist among " + shardCount + " shards");
    }
    while (true) {
      long id = ((base + guildCounter++) << 22) | GUILD_WORKER;
      if (shardOf(id, shardCount) == shardId) {
        return id;
      }
    }
  }

  synchronized long next() {
    long n = otherCounter++;
    return ((base + n / 4096) << 22) | OTHER_WORKER | (n % 4096);
  }
}
