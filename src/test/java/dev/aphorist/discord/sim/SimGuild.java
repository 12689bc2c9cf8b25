package dev.aphorist.discord.sim;

/** A guild of the simulation (a handle). Its @everyone role has the guild's id. */
public record SimGuild(long id, String name) {
  /** The shard that owns this guild: (guild_id >> 22) % shardCount. */
  public int shard(int shardCount) {
    return Snowflakes.shardOf(id, shardCount);
  }
}
