package dev.aphorist.discord;

import dev.aphorist.command.qotd.ChannelAccess;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Checks the bot's permissions in a channel from JDA's cache of roles and overwrites. */
public final class JdaChannelAccess implements ChannelAccess {

  private final ShardManager shards;

  public JdaChannelAccess(ShardManager shards) {
    this.shards = shards;
  }

  @Override
  public Check check(long guildId, long channelId) {
    GuildMessageChannel channel = shards.getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null || channel.getGuild().getIdLong() != guildId) {
      return new Check.NotFound();
    }
    List<String> missing = JdaQuotePoster.missingPermissions(channel);
    return missing.isEmpty()
        ? new Check.Ready(channel.getName())
        : new Check.Missing(channel.getName(), missing);
  }
}
