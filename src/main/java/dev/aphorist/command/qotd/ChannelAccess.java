package dev.aphorist.command.qotd;

import java.util.List;

/**
 * What the bot itself may do in a channel, as the adapter knows it: Discord from its cache of the
 * server's roles and overwrites, the console trivially.
 */
public interface ChannelAccess {

  /** The outcome of a check. */
  sealed interface Check {

    /** The bot can view the channel, send messages and embed links there. */
    record Ready(String channelName) implements Check {}

    /** No such text channel in this server. */
    record NotFound() implements Check {}

    /**
     * The channel exists, but the bot lacks these permissions there, named as Discord names them.
     */
    record Missing(String channelName, List<String> permissions) implements Check {}
  }

  /** Whether the bot can post quotes in the channel of this server. */
  Check check(long guildId, long channelId);
}
