package dev.aphorist.schedule;

import java.util.List;

/**
 * The Discord shards whose channels this process posts to. A process can only post where its JDA
 * shards see the channel, so when several processes split a bot's shards, each delivers the
 * subscriptions of its own servers. Discord puts a server on shard {@code (guild_id >> 22) %
 * total}.
 *
 * @param owned the shard ids of this process, ascending; empty means every shard
 * @param total the bot's shard count, or 0 with every shard
 */
public record ShardScope(List<Integer> owned, int total) {

  /** Every server: a process that runs all the shards. */
  public static final ShardScope ALL = new ShardScope(List.of(), 0);

  public ShardScope {
    owned = List.copyOf(owned);
    if (!owned.isEmpty() && total < 1) {
      throw new IllegalArgumentException("a shard scope needs the shard total");
    }
  }

  public boolean isAll() {
    return owned.isEmpty();
  }

  /** Whether the server's channels are this process's to post to. */
  public boolean owns(long guildId) {
    return isAll() || owned.contains((int) ((guildId >> 22) % total));
  }
}
